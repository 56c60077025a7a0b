#include "party/partypoints.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "common/registerhelpers.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::PartyPoints", text); }
} // namespace

QStringList party_points_kind::all() { return {Credit, Deduct, Adjust}; }
QString party_points_kind::name(const QString &kind)
{
    const char *text = kind == Credit ? QT_TRANSLATE_NOOP("jy::PartyPoints", "credit")
                     : kind == Deduct ? QT_TRANSLATE_NOOP("jy::PartyPoints", "deduction")
                     : kind == Adjust ? QT_TRANSLATE_NOOP("jy::PartyPoints", "adjustment")
                                      : nullptr;
    return text ? QCoreApplication::translate("jy::PartyPoints", text) : kind;
}

PartyPoints::PartyPoints(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> PartyPoints::record(const PartyPointsEntry &input)
{
    using R = Result<qint64>;
    if (Status allowed = reg::require(mSession, Permission::ManageParty, tr("party-member points")); !allowed)
        return allowed.errors();
    if (Status inScope = Scope::resident(mDb, mSession, input.residentId); !inScope)
        return inScope.errors();
    PartyPointsEntry e = input;
    e.reason = e.reason.trimmed();
    e.approvedBy = e.approvedBy.trimmed();
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    if (!sql::scalar(conn, QStringLiteral("SELECT resident_id FROM party_member WHERE resident_id = ?"), {e.residentId}).isValid())
        errors.append({QStringLiteral("resident"), tr("Points are kept for party members only.")});
    int signedPoints = 0;
    if (e.kind == party_points_kind::Credit || e.kind == party_points_kind::Deduct) {
        if (e.points <= 0 || e.points > 1000)
            errors.append({QStringLiteral("points"), tr("Enter the points as a whole number from 1 to 1000.")});
        signedPoints = e.kind == party_points_kind::Deduct ? -e.points : e.points;
    } else if (e.kind == party_points_kind::Adjust) {
        if (e.points == 0 || std::abs(e.points) > 1000)
            errors.append({QStringLiteral("points"), tr("An adjustment is a whole number from -1000 to 1000, not zero.")});
        if (e.approvedBy.isEmpty())
            errors.append({QStringLiteral("approved_by"), tr("An adjustment names who approved it.")});
        signedPoints = e.points;
    } else {
        errors.append({QStringLiteral("kind"), tr("Choose credit, deduction or adjustment.")});
    }
    if (e.reason.isEmpty())
        errors.append({QStringLiteral("reason"), tr("Say what the points are for.")});
    if (!reg::plausible(e.onDate))
        errors.append({QStringLiteral("on_date"), tr("Enter the date the points are for.")});
    if (!errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    // Read inside the transaction, so two desks cannot both spend the last points.
    const int before = balance(e.residentId);
    if (before + signedPoints < 0)
        return R::fail(QStringLiteral("points"), tr("The balance is %1; it cannot go below zero.").arg(before));
    const qint64 id = sql::insert(conn, QStringLiteral("INSERT INTO party_points (resident_id, kind, points, reason, on_date, approved_by, actor, at) "
                                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {e.residentId, e.kind, signedPoints, e.reason, reg::date(e.onDate), sql::nullableText(e.approvedBy),
                                   mSession.user(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    AuditLog::record(mDb, mSession, e.kind, QStringLiteral("party_points"), id,
                     {{QStringLiteral("resident_id"), e.residentId}, {QStringLiteral("points"), signedPoints},
                      {QStringLiteral("reason"), e.reason}, {QStringLiteral("balance"), before + signedPoints}});
    tx.commit();
    return id;
}

int PartyPoints::balance(qint64 residentId) const
{
    reg::Where w = reg::byId(mSession, QStringLiteral("p.resident_id"), residentId, QStringLiteral("r.community_id"));
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT COALESCE(SUM(p.points), 0) FROM party_points p JOIN resident r ON r.id = p.resident_id")
                                             + w.clause(), w.values).toInt();
}

QList<PartyPointsEntry> PartyPoints::entries(qint64 residentId) const
{
    reg::Where w = reg::byId(mSession, QStringLiteral("p.resident_id"), residentId, QStringLiteral("r.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT p.id, p.resident_id, p.kind, p.points, p.reason, p.on_date, p.approved_by, p.actor "
                                                             "FROM party_points p JOIN resident r ON r.id = p.resident_id")
                                                  + w.clause() + QStringLiteral(" ORDER BY p.on_date, p.id"), w.values);
    QList<PartyPointsEntry> out;
    while (q.next())
        out << PartyPointsEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                                q.value(4).toString(), reg::date(q.value(5)), q.value(6).toString(), q.value(7).toString()};
    return out;
}

} // namespace jy
