#include "party/partymembers.h"
#include "accounts/scope.h"
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
QString tr(const char *text) { return QCoreApplication::translate("jy::PartyMembers", text); }
const QString kEntity = QStringLiteral("party_member");
QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

QVariantMap toMap(const PartyMember &m)
{
    return {{QStringLiteral("branch_id"), m.branchId}, {QStringLiteral("group_id"), m.groupId},
            {QStringLiteral("status"), m.status},      {QStringLiteral("kind"), m.kind},
            {QStringLiteral("joined_on"), m.joinedOn}};
}

const QString kFrom = QStringLiteral(
    " FROM party_member m JOIN resident r ON r.id = m.resident_id LEFT JOIN party_branch b ON b.id = m.branch_id "
    "LEFT JOIN community c ON c.id = r.community_id");

QString columns(Database &db)
{
    const QString joined = db.dialect() == Dialect::SQLite ? QStringLiteral("group_concat(p.post, '、')")
                                                           : QStringLiteral("string_agg(p.post, '、')");
    return QStringLiteral("m.resident_id, m.branch_id, m.group_id, m.status, m.kind, m.joined_on, r.name, b.name, c.name, "
                          "(SELECT %1 FROM party_post p WHERE p.resident_id = m.resident_id AND p.until IS NULL), "
                          "(SELECT COALESCE(SUM(points), 0) FROM party_points s WHERE s.resident_id = m.resident_id), m.row_version, "
                          "(SELECT g.name FROM party_group g WHERE g.id = m.group_id)").arg(joined);
}

PartyMember fromQuery(const QSqlQuery &q)
{
    PartyMember m;
    m.residentId = q.value(0).toLongLong();
    m.branchId = q.value(1).toLongLong();
    m.groupId = q.value(2).toLongLong();
    m.status = q.value(3).toString();
    m.kind = q.value(4).toString();
    m.joinedOn = reg::date(q.value(5));
    m.name = q.value(6).toString();
    m.branchName = q.value(7).toString();
    m.communityName = q.value(8).toString();
    m.posts = q.value(9).toString();
    m.points = q.value(10).toInt();
    m.rowVersion = q.value(11).toInt();
    m.groupName = q.value(12).toString();
    return m;
}

reg::Where whereOf(const RegisterFilter &f, const Session &session)
{
    reg::Where w;
    w.scope(session, QStringLiteral("r.community_id"));
    if (f.communityId)
        w.add(QStringLiteral("r.community_id = ?"), {f.communityId});
    if (f.ownerId)
        w.add(QStringLiteral("m.branch_id = ?"), {f.ownerId});
    if (!f.kind.isEmpty())
        w.add(QStringLiteral("m.kind = ?"), {f.kind});
    if (!f.state.isEmpty())
        w.add(QStringLiteral("m.status = ?"), {f.state});
    if (!f.text.trimmed().isEmpty()) {
        const QString like = QLatin1Char('%') + f.text.trimmed() + QLatin1Char('%');
        w.add(QStringLiteral("(r.name LIKE ? OR EXISTS (SELECT 1 FROM party_post p WHERE p.resident_id = m.resident_id AND p.until IS NULL AND p.post LIKE ?))"),
              {like, like});
    }
    return w;
}
} // namespace

QStringList member_status::all() { return {Full, Probationary}; }
QString member_status::name(const QString &status)
{
    const char *text = status == Full ? QT_TRANSLATE_NOOP("jy::PartyMembers", "full member")
                     : status == Probationary ? QT_TRANSLATE_NOOP("jy::PartyMembers", "probationary member")
                                              : nullptr;
    return text ? QCoreApplication::translate("jy::PartyMembers", text) : status;
}

QStringList member_kind::all() { return {Community, WorkUnit, Floating}; }
QString member_kind::name(const QString &kind)
{
    const char *text = kind == Community ? QT_TRANSLATE_NOOP("jy::PartyMembers", "community-managed")
                     : kind == WorkUnit ? QT_TRANSLATE_NOOP("jy::PartyMembers", "registered by work unit")
                     : kind == Floating ? QT_TRANSLATE_NOOP("jy::PartyMembers", "floating")
                                        : nullptr;
    return text ? QCoreApplication::translate("jy::PartyMembers", text) : kind;
}

PartyMembers::PartyMembers(Database &db, const Session &session) : mDb(db), mSession(session) {}

Status PartyMembers::save(const PartyMember &m)
{
    if (Status allowed = reg::require(mSession, Permission::ManageParty, tr("party members")); !allowed)
        return allowed;
    if (Status inScope = Scope::resident(mDb, mSession, m.residentId); !inScope)
        return inScope;
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    QSqlQuery r = sql::exec(conn, QStringLiteral("SELECT community_id, birth_date FROM resident WHERE id = ?"), {m.residentId});
    const bool residentFound = r.next();
    if (!residentFound)
        errors.append({QStringLiteral("resident"), tr("Choose the resident from the roster.")});
    const std::optional<PartyMember> old = find(m.residentId);
    const qint64 branchId = old ? old->branchId : m.branchId;
    QSqlQuery b = sql::exec(conn, QStringLiteral("SELECT level FROM party_branch WHERE id = ?"), {branchId});
    if (!b.next())
        errors.append({QStringLiteral("branch"), tr("Choose the branch the member belongs to.")});
    else if (b.value(0).toString() != QLatin1String("branch"))
        errors.append({QStringLiteral("branch"), tr("Members belong to a branch, not to a committee or general branch.")});
    if (m.groupId && sql::scalar(conn, QStringLiteral("SELECT branch_id FROM party_group WHERE id = ?"), {m.groupId}).toLongLong() != branchId)
        errors.append({QStringLiteral("group"), tr("The party group must be one of the member's branch.")});
    if (!member_status::all().contains(m.status))
        errors.append({QStringLiteral("status"), tr("Choose full or probationary member.")});
    if (!member_kind::all().contains(m.kind))
        errors.append({QStringLiteral("kind"), tr("Choose community-managed, registered by work unit, or floating.")});
    if (m.joinedOn.isValid()) {
        const QDate born = residentFound ? reg::date(r.value(1)) : QDate();
        if (!reg::plausible(m.joinedOn) || m.joinedOn > QDate::currentDate())
            errors.append({QStringLiteral("joined_on"), tr("The date of joining is not plausible.")});
        else if (born.isValid() && m.joinedOn < born.addYears(18))
            errors.append({QStringLiteral("joined_on"), tr("One joins the Party at 18 at the earliest.")});
    } else {
        errors.append({QStringLiteral("joined_on"), tr("Enter the date of joining the Party.")});
    }
    if (!errors.isEmpty())
        return errors;
    PartyMember after = m;
    after.branchId = branchId;
    Transaction tx(mDb);
    if (old) {
        if (!reg::updateVersioned(conn, QStringLiteral("party_member"), QStringLiteral("group_id = ?, status = ?, kind = ?, joined_on = ?"),
                                  {sql::nullableId(m.groupId), m.status, m.kind, reg::date(m.joinedOn)}, m.residentId, m.rowVersion,
                                  QStringLiteral("resident_id")))
            return reg::conflict(old->name);
        AuditLog::record(mDb, mSession, QStringLiteral("update"), kEntity, m.residentId, AuditLog::diff(toMap(*old), toMap(after)));
    } else {
        sql::exec(conn, QStringLiteral("INSERT INTO party_member (resident_id, branch_id, group_id, status, kind, joined_on) VALUES (?, ?, ?, ?, ?, ?)"),
                  {m.residentId, branchId, sql::nullableId(m.groupId), m.status, m.kind, reg::date(m.joinedOn)});
        // The roster's 党员 tag follows the party record.
        sql::exec(conn, QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT ?, t.id FROM tag t WHERE t.name = '党员' AND NOT EXISTS "
                                           "(SELECT 1 FROM resident_tag x WHERE x.resident_id = ? AND x.tag_id = t.id)"), {m.residentId, m.residentId});
        AuditLog::record(mDb, mSession, QStringLiteral("create"), kEntity, m.residentId, AuditLog::diff({}, toMap(after)));
    }
    tx.commit();
    return success();
}

Status PartyMembers::remove(qint64 residentId)
{
    if (Status allowed = reg::require(mSession, Permission::ManageParty, tr("party members")); !allowed)
        return allowed;
    const std::optional<PartyMember> old = find(residentId);
    if (!old)
        return Status::fail(QString(), tr("The party record no longer exists."));
    Transaction tx(mDb);
    QSqlDatabase conn = mDb.connection();
    sql::exec(conn, QStringLiteral("DELETE FROM party_member WHERE resident_id = ?"), {residentId});
    sql::exec(conn, QStringLiteral("DELETE FROM resident_tag WHERE resident_id = ? AND tag_id IN (SELECT id FROM tag WHERE name = '党员')"), {residentId});
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), kEntity, residentId, AuditLog::diff(toMap(*old), {}));
    tx.commit();
    return success();
}

Status PartyMembers::transfer(qint64 residentId, qint64 toBranchId, const QDate &movedOn, const QString &reason)
{
    if (Status allowed = reg::require(mSession, Permission::ManageParty, tr("party members")); !allowed)
        return allowed;
    const std::optional<PartyMember> m = find(residentId);
    if (!m)
        return Status::fail(QString(), tr("The party record no longer exists."));
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    QSqlQuery b = sql::exec(conn, QStringLiteral("SELECT level FROM party_branch WHERE id = ?"), {toBranchId});
    if (!b.next() || b.value(0).toString() != QLatin1String("branch"))
        errors.append({QStringLiteral("branch"), tr("Choose the branch the member moves to.")});
    else if (toBranchId == m->branchId)
        errors.append({QStringLiteral("branch"), tr("The member already belongs to this branch.")});
    if (!reg::plausible(movedOn))
        errors.append({QStringLiteral("moved_on"), tr("Enter the date of the transfer.")});
    else if (m->joinedOn.isValid() && movedOn < m->joinedOn)
        errors.append({QStringLiteral("moved_on"), tr("A transfer cannot be dated before the member joined.")});
    if (!errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    // The group belonged to the old branch.
    sql::exec(conn, QStringLiteral("UPDATE party_member SET branch_id = ?, group_id = NULL, row_version = row_version + 1 WHERE resident_id = ?"), {toBranchId, residentId});
    sql::exec(conn, QStringLiteral("INSERT INTO party_transfer (resident_id, from_branch_id, to_branch_id, moved_on, reason, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {residentId, sql::nullableId(m->branchId), toBranchId, reg::date(movedOn), sql::nullableText(reason.trimmed()), mSession.user(), now()});
    AuditLog::record(mDb, mSession, QStringLiteral("transfer"), kEntity, residentId,
                     AuditLog::diff({{QStringLiteral("branch_id"), m->branchId}},
                                    {{QStringLiteral("branch_id"), toBranchId}, {QStringLiteral("reason"), reason.trimmed()}}));
    tx.commit();
    return success();
}

QList<PartyTransfer> PartyMembers::transfers(qint64 residentId) const
{
    if (!mSession.unrestricted() && !find(residentId))
        return {}; // outside the account's scope: as if there were none
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral(
        "SELECT t.id, t.from_branch_id, t.to_branch_id, f.name, b.name, t.moved_on, t.reason, t.actor FROM party_transfer t "
        "LEFT JOIN party_branch f ON f.id = t.from_branch_id LEFT JOIN party_branch b ON b.id = t.to_branch_id "
        "WHERE t.resident_id = ? ORDER BY t.moved_on, t.id"), {residentId});
    QList<PartyTransfer> out;
    while (q.next())
        out << PartyTransfer{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                             q.value(4).toString(), reg::date(q.value(5)), q.value(6).toString(), q.value(7).toString()};
    return out;
}

Result<qint64> PartyMembers::addPost(const PartyPost &input)
{
    if (Status allowed = reg::require(mSession, Permission::ManageParty, tr("party members")); !allowed)
        return allowed.errors();
    PartyPost p = input;
    p.post = p.post.trimmed();
    FieldErrors errors;
    if (!find(p.residentId))
        errors.append({QStringLiteral("resident"), tr("Posts are held by party members; record the member first.")});
    if (p.post.isEmpty())
        errors.append({QStringLiteral("post"), tr("Name the post, e.g. 楼栋长 or 文明劝导员.")});
    if (!reg::plausible(p.since))
        errors.append({QStringLiteral("since"), tr("Enter the date the post was taken.")});
    if (!errors.isEmpty())
        return errors;
    QSqlDatabase conn = mDb.connection();
    if (sql::scalar(conn, QStringLiteral("SELECT id FROM party_post WHERE resident_id = ? AND post = ? AND until IS NULL"), {p.residentId, p.post}).isValid())
        return Result<qint64>::fail(QStringLiteral("post"), tr("The member already holds the post %1.").arg(p.post));
    Transaction tx(mDb);
    const qint64 id = sql::insert(conn, QStringLiteral("INSERT INTO party_post (resident_id, post, duty, since) VALUES (?, ?, ?, ?)"),
                                  {p.residentId, p.post, sql::nullableText(p.duty.trimmed()), reg::date(p.since)});
    AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("party_post"), id,
                     AuditLog::diff({}, {{QStringLiteral("resident_id"), p.residentId}, {QStringLiteral("post"), p.post},
                                         {QStringLiteral("duty"), p.duty.trimmed()}, {QStringLiteral("since"), p.since}}));
    tx.commit();
    return id;
}

Status PartyMembers::endPost(qint64 postId, const QDate &until)
{
    if (Status allowed = reg::require(mSession, Permission::ManageParty, tr("party members")); !allowed)
        return allowed;
    QSqlDatabase conn = mDb.connection();
    QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT since, until FROM party_post WHERE id = ?"), {postId});
    if (!q.next())
        return Status::fail(QString(), tr("The post no longer exists."));
    if (!q.value(1).isNull())
        return Status::fail(QStringLiteral("until"), tr("The post has already ended."));
    if (!reg::plausible(until) || until < reg::date(q.value(0)))
        return Status::fail(QStringLiteral("until"), tr("A post ends on or after the day it was taken."));
    Transaction tx(mDb);
    sql::exec(conn, QStringLiteral("UPDATE party_post SET until = ? WHERE id = ?"), {reg::date(until), postId});
    AuditLog::record(mDb, mSession, QStringLiteral("end"), QStringLiteral("party_post"), postId,
                     AuditLog::diff({}, {{QStringLiteral("until"), until}}));
    tx.commit();
    return success();
}

QList<PartyPost> PartyMembers::posts(qint64 residentId) const
{
    if (!mSession.unrestricted() && !find(residentId))
        return {}; // outside the account's scope: as if there were none
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT id, resident_id, post, duty, since, until FROM party_post WHERE resident_id = ? ORDER BY since, id"),
                            {residentId});
    QList<PartyPost> out;
    while (q.next())
        out << PartyPost{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                         reg::date(q.value(4)), reg::date(q.value(5))};
    return out;
}

Result<qint64> PartyMembers::residentFor(const QString &text, qint64 communityId) const
{
    using R = Result<qint64>;
    const QString key = text.trimmed();
    if (key.isEmpty())
        return R::fail(QStringLiteral("resident"), tr("Enter the resident's name or ID number."));
    reg::Where w;
    w.add(QStringLiteral("(id_number = ? OR name = ?)"), {key.toUpper(), key});
    w.add(QStringLiteral("(? = 0 OR community_id = ?)"), {communityId, communityId});
    w.scope(mSession, QStringLiteral("community_id")); // another community's people are not offered
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT id FROM resident") + w.clause() + QStringLiteral(" ORDER BY id LIMIT 2"),
                            w.values);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.isEmpty())
        return R::fail(QStringLiteral("resident"), tr("No resident on the roster is called %1.").arg(key));
    if (ids.size() > 1)
        return R::fail(QStringLiteral("resident"), tr("Several residents are called %1; enter the ID number instead.").arg(key));
    return ids.first();
}

std::optional<PartyMember> PartyMembers::find(qint64 residentId) const
{
    const reg::Where w = reg::byId(mSession, QStringLiteral("m.resident_id"), residentId, QStringLiteral("r.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT %1%2%3").arg(columns(mDb), kFrom, w.clause()), w.values);
    return reg::first(q, fromQuery);
}

QList<PartyMember> PartyMembers::list(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT %1%2%3 ORDER BY r.sort_key, r.id%4").arg(columns(mDb), kFrom, w.clause(), reg::page(f)),
                            w.values);
    return reg::rows(q, fromQuery);
}

int PartyMembers::count(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*)%1%2").arg(kFrom, w.clause()), w.values).toInt();
}

} // namespace jy
