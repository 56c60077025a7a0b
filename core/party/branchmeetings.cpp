#include "party/branchmeetings.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "common/conflict.h"
#include "common/registerhelpers.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::BranchMeetings", text); }
const QString kEntity = QStringLiteral("party_meeting");
const QString kFrom = QStringLiteral(" FROM party_meeting g JOIN party_branch b ON b.id = g.branch_id");

QVariantMap toMap(const BranchMeeting &m)
{
    return {{QStringLiteral("branch_id"), m.branchId}, {QStringLiteral("kind"), m.kind}, {QStringLiteral("held_on"), m.heldOn},
            {QStringLiteral("topic"), m.topic},        {QStringLiteral("place"), m.place}, {QStringLiteral("expected"), m.expected},
            {QStringLiteral("attended"), m.attended},  {QStringLiteral("notes"), m.notes}};
}

const QString kSelect = QStringLiteral("SELECT g.id, g.branch_id, g.kind, g.held_on, g.topic, g.place, g.expected, g.attended, g.notes, b.name, g.row_version");

BranchMeeting fromQuery(const QSqlQuery &q)
{
    BranchMeeting m;
    m.id = q.value(0).toLongLong();
    m.branchId = q.value(1).toLongLong();
    m.kind = q.value(2).toString();
    m.heldOn = reg::date(q.value(3));
    m.topic = q.value(4).toString();
    m.place = q.value(5).toString();
    m.expected = q.value(6).toInt();
    m.attended = q.value(7).toInt();
    m.notes = q.value(8).toString();
    m.branchName = q.value(9).toString();
    m.rowVersion = q.value(10).toInt();
    return m;
}

reg::Where whereOf(const RegisterFilter &f, const Session &session)
{
    reg::Where w;
    w.scope(session, QStringLiteral("b.community_id"));
    if (f.communityId)
        w.add(QStringLiteral("b.community_id = ?"), {f.communityId});
    if (f.ownerId)
        w.add(QStringLiteral("g.branch_id = ?"), {f.ownerId});
    if (!f.kind.isEmpty())
        w.add(QStringLiteral("g.kind = ?"), {f.kind});
    if (f.from.isValid())
        w.add(QStringLiteral("g.held_on >= ?"), {f.from.toString(Qt::ISODate)});
    if (f.to.isValid())
        w.add(QStringLiteral("g.held_on <= ?"), {f.to.toString(Qt::ISODate)});
    w.text(f.text, {QStringLiteral("g.topic"), QStringLiteral("b.name")});
    return w;
}
} // namespace

QStringList branch_meeting_kind::all() { return {Assembly, Committee, Group, Lesson, ThemeDay}; }
QString branch_meeting_kind::name(const QString &kind)
{
    const char *text = kind == Assembly ? QT_TRANSLATE_NOOP("jy::BranchMeetings", "branch assembly")
                     : kind == Committee ? QT_TRANSLATE_NOOP("jy::BranchMeetings", "branch committee meeting")
                     : kind == Group ? QT_TRANSLATE_NOOP("jy::BranchMeetings", "party group meeting")
                     : kind == Lesson ? QT_TRANSLATE_NOOP("jy::BranchMeetings", "party lesson")
                     : kind == ThemeDay ? QT_TRANSLATE_NOOP("jy::BranchMeetings", "theme party day")
                                        : nullptr;
    return text ? QCoreApplication::translate("jy::BranchMeetings", text) : kind;
}

BranchMeetings::BranchMeetings(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> BranchMeetings::save(const BranchMeeting &input)
{
    if (Status allowed = reg::require(mSession, Permission::ManageParty, tr("the branch meeting log")); !allowed)
        return allowed.errors();
    BranchMeeting m = input;
    m.topic = m.topic.trimmed();
    m.place = m.place.trimmed();
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    if (!sql::scalar(conn, QStringLiteral("SELECT id FROM party_branch WHERE id = ?"), {m.branchId}).isValid())
        errors.append({QStringLiteral("branch"), tr("Choose the branch that met.")});
    if (!branch_meeting_kind::all().contains(m.kind))
        errors.append({QStringLiteral("kind"), tr("Choose the kind of meeting: assembly, committee, group meeting, lesson or theme day.")});
    if (!reg::plausible(m.heldOn))
        errors.append({QStringLiteral("held_on"), tr("Enter the date of the meeting.")});
    if (m.topic.isEmpty())
        errors.append({QStringLiteral("topic"), tr("Enter the topic.")});
    if (Status scoped = reg::changeInScope(
            mDb, mSession, sql::scalar(conn, QStringLiteral("SELECT community_id FROM party_branch WHERE id = ?"), {m.branchId}).toLongLong(),
            QStringLiteral("SELECT b.community_id FROM party_meeting g JOIN party_branch b ON b.id = g.branch_id WHERE g.id = ?"), m.id);
        !scoped)
        errors.append(scoped.errors());
    if (m.attended < 0 || m.expected < 0)
        errors.append({QStringLiteral("attended"), tr("Attendance cannot be negative.")});
    else if (m.expected > 0 && m.attended > m.expected)
        errors.append({QStringLiteral("attended"), tr("More attended (%1) than were expected (%2).").arg(m.attended).arg(m.expected)});
    if (!errors.isEmpty())
        return errors;
    const QVariantList values = {m.branchId, m.kind, reg::date(m.heldOn), m.topic, sql::nullableText(m.place), m.expected, m.attended,
                                 sql::nullableText(m.notes.trimmed())};
    Transaction tx(mDb);
    qint64 id = m.id;
    if (id) {
        const std::optional<BranchMeeting> before = find(id);
        if (!before)
            return Result<qint64>::fail(QString(), tr("The meeting no longer exists."));
        if (!reg::updateVersioned(conn, QStringLiteral("party_meeting"),
                                  QStringLiteral("branch_id = ?, kind = ?, held_on = ?, topic = ?, place = ?, expected = ?, attended = ?, notes = ?"),
                                  values, id, m.rowVersion))
            return reg::conflict(before->topic);
        AuditLog::record(mDb, mSession, QStringLiteral("update"), kEntity, id, AuditLog::diff(toMap(*before), toMap(m)));
    } else {
        id = sql::insert(conn, QStringLiteral("INSERT INTO party_meeting (branch_id, kind, held_on, topic, place, expected, attended, notes) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), values);
        AuditLog::record(mDb, mSession, QStringLiteral("create"), kEntity, id, AuditLog::diff({}, toMap(m)));
    }
    tx.commit();
    return id;
}

Status BranchMeetings::remove(qint64 id)
{
    if (Status allowed = reg::require(mSession, Permission::ManageParty, tr("the branch meeting log")); !allowed)
        return allowed;
    QSqlDatabase conn = mDb.connection();
    if (!find(id)) // another community's meeting is not there for this account either
        return Status::fail(QString(), tr("The meeting no longer exists."));
    QSqlQuery old = sql::exec(conn, QStringLiteral("SELECT branch_id, kind, held_on, topic FROM party_meeting WHERE id = ?"), {id});
    if (!old.next())
        return Status::fail(QString(), tr("The meeting no longer exists."));
    Transaction tx(mDb);
    sql::exec(conn, QStringLiteral("DELETE FROM party_meeting WHERE id = ?"), {id});
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), kEntity, id,
                     AuditLog::diff({{QStringLiteral("branch_id"), old.value(0)}, {QStringLiteral("kind"), old.value(1)},
                                     {QStringLiteral("held_on"), old.value(2)}, {QStringLiteral("topic"), old.value(3)}}, {}));
    tx.commit();
    return success();
}

std::optional<BranchMeeting> BranchMeetings::find(qint64 id) const
{
    const reg::Where w = reg::byId(mSession, QStringLiteral("g.id"), id, QStringLiteral("b.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + kFrom + w.clause(), w.values);
    return reg::first(q, fromQuery);
}

QList<BranchMeeting> BranchMeetings::list(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + kFrom + w.clause() + QStringLiteral(" ORDER BY g.held_on DESC, g.id DESC") + reg::page(f), w.values);
    return reg::rows(q, fromQuery);
}

int BranchMeetings::count(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*)%1%2").arg(kFrom, w.clause()), w.values).toInt();
}

} // namespace jy
