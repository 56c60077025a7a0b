#include "governance/governancemeetings.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "common/conflict.h"
#include "common/registerhelpers.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::GovernanceMeetings", text); }
const QString kEntity = QStringLiteral("governance_meeting");

QVariantMap toMap(const GovernanceMeeting &m)
{
    return {{QStringLiteral("community_id"), m.communityId}, {QStringLiteral("kind"), m.kind}, {QStringLiteral("held_on"), m.heldOn},
            {QStringLiteral("place"), m.place},              {QStringLiteral("topic"), m.topic}, {QStringLiteral("participants"), m.participants},
            {QStringLiteral("attendance"), m.attendance},    {QStringLiteral("decisions"), m.decisions}};
}

const QString kSelect = QStringLiteral(
    "SELECT g.id, g.community_id, g.kind, g.held_on, g.place, g.topic, g.participants, g.attendance, g.decisions, c.name, "
    "(SELECT count(*) FROM meeting_followup f WHERE f.meeting_id = g.id AND f.status = 'open'), g.row_version "
    "FROM governance_meeting g JOIN community c ON c.id = g.community_id");

GovernanceMeeting fromQuery(const QSqlQuery &q)
{
    GovernanceMeeting m;
    m.id = q.value(0).toLongLong();
    m.communityId = q.value(1).toLongLong();
    m.kind = q.value(2).toString();
    m.heldOn = reg::date(q.value(3));
    m.place = q.value(4).toString();
    m.topic = q.value(5).toString();
    m.participants = q.value(6).toString();
    m.attendance = q.value(7).toInt();
    m.decisions = q.value(8).toString();
    m.communityName = q.value(9).toString();
    m.openFollowUps = q.value(10).toInt();
    m.rowVersion = q.value(11).toInt();
    return m;
}

reg::Where whereOf(const RegisterFilter &f, const Session &session)
{
    reg::Where w;
    w.scope(session, QStringLiteral("g.community_id"));
    if (f.communityId)
        w.add(QStringLiteral("g.community_id = ?"), {f.communityId});
    if (!f.kind.isEmpty())
        w.add(QStringLiteral("g.kind = ?"), {f.kind});
    if (f.from.isValid())
        w.add(QStringLiteral("g.held_on >= ?"), {f.from.toString(Qt::ISODate)});
    if (f.to.isValid())
        w.add(QStringLiteral("g.held_on <= ?"), {f.to.toString(Qt::ISODate)});
    w.text(f.text, {QStringLiteral("g.topic"), QStringLiteral("g.place"), QStringLiteral("g.decisions")});
    return w;
}
} // namespace

QStringList meeting_kind::all() { return {ResidentCouncil, TalkDay, Courtyard, FiveParty, OneThreeTwo, Joint}; }
QString meeting_kind::name(const QString &kind)
{
    const char *text = kind == ResidentCouncil ? QT_TRANSLATE_NOOP("jy::GovernanceMeetings", "residents' council")
                     : kind == TalkDay ? QT_TRANSLATE_NOOP("jy::GovernanceMeetings", "residents' talk day")
                     : kind == Courtyard ? QT_TRANSLATE_NOOP("jy::GovernanceMeetings", "courtyard meeting")
                     : kind == FiveParty ? QT_TRANSLATE_NOOP("jy::GovernanceMeetings", "five-party consultation")
                     : kind == OneThreeTwo ? QT_TRANSLATE_NOOP("jy::GovernanceMeetings", "one solicitation, three discussions, two disclosures")
                     : kind == Joint ? QT_TRANSLATE_NOOP("jy::GovernanceMeetings", "joint party-building meeting")
                                     : nullptr;
    return text ? QCoreApplication::translate("jy::GovernanceMeetings", text) : kind;
}

GovernanceMeetings::GovernanceMeetings(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> GovernanceMeetings::save(const GovernanceMeeting &input)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the meetings register")); !allowed)
        return allowed.errors();
    GovernanceMeeting m = input;
    m.topic = m.topic.trimmed();
    m.place = m.place.trimmed();
    m.participants = m.participants.trimmed();
    m.decisions = m.decisions.trimmed();
    FieldErrors errors;
    if (!meeting_kind::all().contains(m.kind))
        errors.append({QStringLiteral("kind"), tr("Choose the kind of meeting.")});
    if (!reg::plausible(m.heldOn))
        errors.append({QStringLiteral("held_on"), tr("Enter the date of the meeting.")});
    if (m.topic.isEmpty())
        errors.append({QStringLiteral("topic"), tr("Enter what the meeting discussed.")});
    if (m.attendance < 0 || m.attendance > 100000)
        errors.append({QStringLiteral("attendance"), tr("The attendance is a number of people from 0 up.")});
    if (!reg::communityExists(mDb, m.communityId))
        errors.append({QStringLiteral("community"), tr("Choose the community.")});
    else if (Status inScope = reg::inScope(mDb, mSession, m.communityId); !inScope)
        errors.append(inScope.errors());
    if (!errors.isEmpty())
        return errors;
    QSqlDatabase conn = mDb.connection();
    const QVariantList values = {m.communityId, m.kind, reg::date(m.heldOn), sql::nullableText(m.place), m.topic, sql::nullableText(m.participants),
                                 m.attendance, sql::nullableText(m.decisions)};
    Transaction tx(mDb);
    qint64 id = m.id;
    if (id) {
        const std::optional<GovernanceMeeting> old = find(id);
        if (!old)
            return Result<qint64>::fail(QString(), tr("The meeting no longer exists."));
        if (!reg::updateVersioned(conn, QStringLiteral("governance_meeting"),
                                  QStringLiteral("community_id = ?, kind = ?, held_on = ?, place = ?, topic = ?, participants = ?, attendance = ?, decisions = ?"),
                                  values, id, m.rowVersion))
            return reg::conflict(old->topic);
        AuditLog::record(mDb, mSession, QStringLiteral("update"), kEntity, id, AuditLog::diff(toMap(*old), toMap(m)));
    } else {
        id = sql::insert(conn, QStringLiteral("INSERT INTO governance_meeting (community_id, kind, held_on, place, topic, participants, attendance, decisions, created_at) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         values + QVariantList{QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        AuditLog::record(mDb, mSession, QStringLiteral("create"), kEntity, id, AuditLog::diff({}, toMap(m)));
    }
    tx.commit();
    return id;
}

Status GovernanceMeetings::remove(qint64 id)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the meetings register")); !allowed)
        return allowed;
    const std::optional<GovernanceMeeting> old = find(id);
    if (!old)
        return Status::fail(QString(), tr("The meeting no longer exists."));
    Transaction tx(mDb);
    sql::exec(mDb.connection(), QStringLiteral("DELETE FROM governance_meeting WHERE id = ?"), {id});
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), kEntity, id, AuditLog::diff(toMap(*old), {}));
    tx.commit();
    return success();
}

std::optional<GovernanceMeeting> GovernanceMeetings::find(qint64 id) const
{
    const reg::Where w = reg::byId(mSession, QStringLiteral("g.id"), id, QStringLiteral("g.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + w.clause(), w.values);
    return reg::first(q, fromQuery);
}

QList<GovernanceMeeting> GovernanceMeetings::list(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + w.clause() + QStringLiteral(" ORDER BY g.held_on DESC, g.id DESC") + reg::page(f), w.values);
    return reg::rows(q, fromQuery);
}

int GovernanceMeetings::count(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM governance_meeting g") + w.clause(), w.values).toInt();
}

Result<qint64> GovernanceMeetings::addFollowUp(const FollowUp &input)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the meetings register")); !allowed)
        return allowed.errors();
    FollowUp f = input;
    f.item = f.item.trimmed();
    const std::optional<GovernanceMeeting> meeting = find(f.meetingId);
    FieldErrors errors;
    if (!meeting)
        errors.append({QStringLiteral("meeting"), tr("The meeting no longer exists.")});
    if (f.item.isEmpty())
        errors.append({QStringLiteral("item"), tr("Say what is to be done.")});
    if (meeting && f.dueOn.isValid() && f.dueOn < meeting->heldOn)
        errors.append({QStringLiteral("due_on"), tr("A follow-up is due after the meeting that decided it.")});
    if (!errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    const qint64 id = sql::insert(mDb.connection(), QStringLiteral("INSERT INTO meeting_followup (meeting_id, item, owner, due_on) VALUES (?, ?, ?, ?)"),
                                  {f.meetingId, f.item, sql::nullableText(f.owner.trimmed()), reg::date(f.dueOn)});
    AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("meeting_followup"), id,
                     AuditLog::diff({}, {{QStringLiteral("meeting_id"), f.meetingId}, {QStringLiteral("item"), f.item},
                                         {QStringLiteral("owner"), f.owner.trimmed()}, {QStringLiteral("due_on"), f.dueOn}}));
    tx.commit();
    return id;
}

Status GovernanceMeetings::completeFollowUp(qint64 followUpId, const QDate &doneOn)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the meetings register")); !allowed)
        return allowed;
    QSqlDatabase conn = mDb.connection();
    QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT f.status, g.held_on FROM meeting_followup f JOIN governance_meeting g ON g.id = f.meeting_id WHERE f.id = ?"),
                            {followUpId});
    if (!q.next())
        return Status::fail(QString(), tr("The follow-up item no longer exists."));
    if (q.value(0).toString() == QLatin1String("done"))
        return Status::fail(QString(), tr("The item is already done."));
    if (!reg::plausible(doneOn) || doneOn < reg::date(q.value(1)))
        return Status::fail(QStringLiteral("done_on"), tr("An item is done on or after the day of the meeting."));
    Transaction tx(mDb);
    sql::exec(conn, QStringLiteral("UPDATE meeting_followup SET status = 'done', done_on = ? WHERE id = ?"), {reg::date(doneOn), followUpId});
    AuditLog::record(mDb, mSession, QStringLiteral("complete"), QStringLiteral("meeting_followup"), followUpId,
                     AuditLog::diff({{QStringLiteral("status"), QStringLiteral("open")}}, {{QStringLiteral("status"), QStringLiteral("done")},
                                                                                          {QStringLiteral("done_on"), doneOn}}));
    tx.commit();
    return success();
}

QList<FollowUp> GovernanceMeetings::followUps(qint64 meetingId) const
{
    if (!mSession.unrestricted() && !find(meetingId))
        return {}; // outside the account's scope: as if there were none
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT id, meeting_id, item, owner, due_on, status, done_on FROM meeting_followup "
                                                             "WHERE meeting_id = ? ORDER BY id"), {meetingId});
    QList<FollowUp> out;
    while (q.next())
        out << FollowUp{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                        reg::date(q.value(4)), q.value(5).toString() == QLatin1String("done"), reg::date(q.value(6))};
    return out;
}

} // namespace jy
