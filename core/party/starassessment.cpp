#include "party/starassessment.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "common/registerhelpers.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::StarAssessment", text); }
} // namespace

QStringList branch_star::all() { return {StrongBranch, CoBuilding, SafetyLaw, Harmony, Prosperity}; }
QString branch_star::name(const QString &star)
{
    const char *text = star == StrongBranch ? QT_TRANSLATE_NOOP("jy::StarAssessment", "strong branch")
                     : star == CoBuilding ? QT_TRANSLATE_NOOP("jy::StarAssessment", "co-building and sharing")
                     : star == SafetyLaw ? QT_TRANSLATE_NOOP("jy::StarAssessment", "safety and rule of law")
                     : star == Harmony ? QT_TRANSLATE_NOOP("jy::StarAssessment", "happiness and harmony")
                     : star == Prosperity ? QT_TRANSLATE_NOOP("jy::StarAssessment", "livelihood and enterprise")
                                          : nullptr;
    return text ? QCoreApplication::translate("jy::StarAssessment", text) : star;
}

StarAssessment::StarAssessment(Database &db, const Session &session) : mDb(db), mSession(session) {}

Status StarAssessment::assess(qint64 branchId, int year, const QString &star, int score, const QString &notesInput)
{
    if (Status allowed = reg::require(mSession, Permission::ManageParty, tr("the five-star assessment")); !allowed)
        return allowed;
    const QString notes = notesInput.trimmed();
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    if (!sql::scalar(conn, QStringLiteral("SELECT id FROM party_branch WHERE id = ?"), {branchId}).isValid())
        errors.append({QStringLiteral("branch"), tr("Choose the branch assessed.")});
    const int thisYear = QDate::currentDate().year();
    if (year < 2000 || year > thisYear)
        errors.append({QStringLiteral("year"), tr("The year must be between 2000 and %1.").arg(thisYear)});
    if (!branch_star::all().contains(star))
        errors.append({QStringLiteral("star"), tr("Choose one of the five stars.")});
    if (score < 0 || score > 100)
        errors.append({QStringLiteral("score"), tr("The score is from 0 to 100.")});
    // A star is awarded on evidence; the notes are what an inspection reads.
    if (score >= kPassScore && notes.isEmpty())
        errors.append({QStringLiteral("notes"), tr("A star that is awarded needs its evidence in the notes.")});
    if (!errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    QSqlQuery old = sql::exec(conn, QStringLiteral("SELECT id, score, notes FROM star_assessment WHERE branch_id = ? AND year = ? AND star = ?"),
                              {branchId, year, star});
    qint64 id = 0;
    QVariantMap before;
    if (old.next()) {
        id = old.value(0).toLongLong();
        before = {{QStringLiteral("score"), old.value(1)}, {QStringLiteral("notes"), old.value(2)}};
        sql::exec(conn, QStringLiteral("UPDATE star_assessment SET score = ?, notes = ? WHERE id = ?"), {score, sql::nullableText(notes), id});
    } else {
        id = sql::insert(conn, QStringLiteral("INSERT INTO star_assessment (branch_id, year, star, score, notes) VALUES (?, ?, ?, ?, ?)"),
                         {branchId, year, star, score, sql::nullableText(notes)});
        before = {{QStringLiteral("branch_id"), QVariant()}, {QStringLiteral("year"), QVariant()}, {QStringLiteral("star"), QVariant()}};
    }
    AuditLog::record(mDb, mSession, QStringLiteral("assess"), QStringLiteral("star_assessment"), id,
                     AuditLog::diff(before, {{QStringLiteral("branch_id"), branchId}, {QStringLiteral("year"), year}, {QStringLiteral("star"), star},
                                             {QStringLiteral("score"), score}, {QStringLiteral("notes"), notes}}));
    tx.commit();
    return success();
}

StarAssessmentResult StarAssessment::result(qint64 branchId, int year) const
{
    StarAssessmentResult r;
    r.branchId = branchId;
    r.year = year;
    reg::Where w;
    w.add(QStringLiteral("a.branch_id = ? AND a.year = ?"), {branchId, year});
    w.scope(mSession, QStringLiteral("b.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT a.star, a.score, a.notes FROM star_assessment a "
                                                             "JOIN party_branch b ON b.id = a.branch_id") + w.clause(), w.values);
    QMap<int, StarScore> ordered;
    while (q.next()) {
        const StarScore s{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString()};
        ordered.insert(int(branch_star::all().indexOf(s.star)), s);
        if (s.score >= kPassScore)
            ++r.stars;
    }
    r.scores = ordered.values();
    return r;
}

QList<StarAssessmentResult> StarAssessment::ofYear(qint64 communityId, int year) const
{
    reg::Where w;
    w.add(QStringLiteral("a.year = ? AND (? = 0 OR b.community_id = ?)"), {year, communityId, communityId});
    w.scope(mSession, QStringLiteral("b.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT DISTINCT a.branch_id FROM star_assessment a JOIN party_branch b ON b.id = a.branch_id")
                                                  + w.clause() + QStringLiteral(" ORDER BY a.branch_id"), w.values);
    QList<StarAssessmentResult> out;
    while (q.next())
        out << result(q.value(0).toLongLong(), year);
    return out;
}

} // namespace jy
