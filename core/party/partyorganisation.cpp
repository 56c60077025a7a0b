#include "party/partyorganisation.h"
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
QString tr(const char *text) { return QCoreApplication::translate("jy::PartyOrganisation", text); }
const QString kBranch = QStringLiteral("party_branch");
const QString kGroup = QStringLiteral("party_group");

QVariantMap toMap(const PartyBranch &b)
{
    return {{QStringLiteral("community_id"), b.communityId}, {QStringLiteral("parent_id"), b.parentId},
            {QStringLiteral("level"), b.level},               {QStringLiteral("kind"), b.kind},
            {QStringLiteral("name"), b.name},                 {QStringLiteral("theme"), b.theme},
            {QStringLiteral("secretary"), b.secretary},       {QStringLiteral("founded_on"), b.foundedOn}};
}

const QString kColumns = QStringLiteral(
    "b.id, b.community_id, b.parent_id, b.level, b.kind, b.name, b.theme, b.secretary, b.founded_on, c.name, p.name, "
    "(SELECT count(*) FROM party_member m WHERE m.branch_id = b.id OR m.branch_id IN (SELECT k.id FROM party_branch k WHERE k.parent_id = b.id "
    "OR k.parent_id IN (SELECT g.id FROM party_branch g WHERE g.parent_id = b.id))), b.row_version "
    "FROM party_branch b JOIN community c ON c.id = b.community_id LEFT JOIN party_branch p ON p.id = b.parent_id");

PartyBranch fromQuery(const QSqlQuery &q)
{
    PartyBranch b;
    b.id = q.value(0).toLongLong();
    b.communityId = q.value(1).toLongLong();
    b.parentId = q.value(2).toLongLong();
    b.level = q.value(3).toString();
    b.kind = q.value(4).toString();
    b.name = q.value(5).toString();
    b.theme = q.value(6).toString();
    b.secretary = q.value(7).toString();
    b.foundedOn = reg::date(q.value(8));
    b.communityName = q.value(9).toString();
    b.parentName = q.value(10).toString();
    b.members = q.value(11).toInt();
    b.rowVersion = q.value(12).toInt();
    return b;
}

int rank(const QString &level) { return party_level::all().indexOf(level); }
} // namespace

QStringList party_level::all() { return {Committee, GeneralBranch, Branch}; }

QString party_level::name(const QString &level)
{
    const char *text = level == Committee ? QT_TRANSLATE_NOOP("jy::PartyOrganisation", "party committee")
                     : level == GeneralBranch ? QT_TRANSLATE_NOOP("jy::PartyOrganisation", "general branch")
                     : level == Branch ? QT_TRANSLATE_NOOP("jy::PartyOrganisation", "branch")
                                       : nullptr;
    return text ? QCoreApplication::translate("jy::PartyOrganisation", text) : level;
}

QStringList branch_kind::all() { return {Regular, Grid, Functional}; }

QString branch_kind::name(const QString &kind)
{
    const char *text = kind == Regular ? QT_TRANSLATE_NOOP("jy::PartyOrganisation", "regular")
                     : kind == Grid ? QT_TRANSLATE_NOOP("jy::PartyOrganisation", "grid branch")
                     : kind == Functional ? QT_TRANSLATE_NOOP("jy::PartyOrganisation", "functional branch")
                                          : nullptr;
    return text ? QCoreApplication::translate("jy::PartyOrganisation", text) : kind;
}

QStringList branchThemes()
{
    return {QStringLiteral("服务"), QStringLiteral("学习"), QStringLiteral("孝老"), QStringLiteral("睦邻"), QStringLiteral("护绿"),
            QStringLiteral("智慧"), QStringLiteral("慈善"), QStringLiteral("文艺"), QStringLiteral("环保")};
}

PartyOrganisation::PartyOrganisation(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> PartyOrganisation::save(const PartyBranch &input)
{
    if (Status allowed = reg::require(mSession, Permission::ManageParty, tr("the party organisation")); !allowed)
        return allowed.errors();
    PartyBranch b = input;
    b.name = b.name.trimmed();
    b.theme = b.theme.trimmed();
    b.secretary = b.secretary.trimmed();
    FieldErrors errors;
    QSqlDatabase conn = mDb.connection();
    if (b.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the organisation's name, e.g. 孝老党支部.")});
    if (!party_level::all().contains(b.level))
        errors.append({QStringLiteral("level"), tr("Choose the level: party committee, general branch or branch.")});
    if (!branch_kind::all().contains(b.kind))
        errors.append({QStringLiteral("kind"), tr("Choose the kind: regular, grid or functional branch.")});
    if (!reg::communityExists(mDb, b.communityId))
        errors.append({QStringLiteral("community"), tr("Choose the community.")});
    else if (Status inScope = reg::inScope(mDb, mSession, b.communityId); !inScope)
        errors.append(inScope.errors());
    if (b.foundedOn.isValid() && !reg::plausible(b.foundedOn))
        errors.append({QStringLiteral("founded_on"), tr("The founding date is not plausible.")});
    if (b.parentId) {
        QSqlQuery p = sql::exec(conn, QStringLiteral("SELECT level, community_id FROM party_branch WHERE id = ?"), {b.parentId});
        if (!p.next() || p.value(1).toLongLong() != b.communityId)
            errors.append({QStringLiteral("parent"), tr("The organisation above must be one of the same community.")});
        else if (b.parentId == b.id || rank(p.value(0).toString()) >= rank(b.level))
            errors.append({QStringLiteral("parent"), tr("The organisation above must be of a higher level (a committee above a general branch above a branch).")});
    }
    if (b.name.size() && b.communityId) {
        const QVariant other = sql::scalar(conn, QStringLiteral("SELECT id FROM party_branch WHERE community_id = ? AND name = ? AND id <> ?"),
                                           {b.communityId, b.name, b.id});
        if (other.isValid())
            errors.append({QStringLiteral("name"), tr("The community already has an organisation named %1.").arg(b.name)});
    }
    if (!errors.isEmpty())
        return errors;

    const QVariantList values = {b.communityId, sql::nullableId(b.parentId), b.level, b.kind, b.name, sql::nullableText(b.theme),
                                 sql::nullableText(b.secretary), reg::date(b.foundedOn)};
    Transaction tx(mDb);
    qint64 id = b.id;
    if (id) {
        const std::optional<PartyBranch> old = find(id);
        if (!old)
            return Result<qint64>::fail(QString(), tr("The organisation no longer exists."));
        if (!reg::updateVersioned(conn, QStringLiteral("party_branch"),
                                  QStringLiteral("community_id = ?, parent_id = ?, level = ?, kind = ?, name = ?, theme = ?, secretary = ?, founded_on = ?"),
                                  values, id, b.rowVersion))
            return reg::conflict(old->name);
        AuditLog::record(mDb, mSession, QStringLiteral("update"), kBranch, id, AuditLog::diff(toMap(*old), toMap(b)));
    } else {
        id = sql::insert(conn, QStringLiteral("INSERT INTO party_branch (community_id, parent_id, level, kind, name, theme, secretary, founded_on) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), values);
        AuditLog::record(mDb, mSession, QStringLiteral("create"), kBranch, id, AuditLog::diff({}, toMap(b)));
    }
    tx.commit();
    return id;
}

Status PartyOrganisation::remove(qint64 branchId)
{
    if (Status allowed = reg::require(mSession, Permission::ManageParty, tr("the party organisation")); !allowed)
        return allowed;
    const std::optional<PartyBranch> old = find(branchId);
    if (!old)
        return Status::fail(QString(), tr("The organisation no longer exists."));
    QSqlDatabase conn = mDb.connection();
    if (sql::scalar(conn, QStringLiteral("SELECT count(*) FROM party_branch WHERE parent_id = ?"), {branchId}).toInt() > 0)
        return Status::fail(QString(), tr("Organisations stand under %1; move or remove them first.").arg(old->name));
    if (old->members > 0)
        return Status::fail(QString(), QCoreApplication::translate("jy::PartyOrganisation", "%1 still has %n member(s); transfer them to another branch first.",
                                                                          nullptr, old->members).arg(old->name));
    Transaction tx(mDb);
    sql::exec(conn, QStringLiteral("DELETE FROM party_branch WHERE id = ?"), {branchId});
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), kBranch, branchId, AuditLog::diff(toMap(*old), {}));
    tx.commit();
    return success();
}

std::optional<PartyBranch> PartyOrganisation::find(qint64 id) const
{
    const reg::Where w = reg::byId(mSession, QStringLiteral("b.id"), id, QStringLiteral("b.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT %1%2").arg(kColumns, w.clause()), w.values);
    return reg::first(q, fromQuery);
}

QList<PartyBranch> PartyOrganisation::list(qint64 communityId, const QString &text) const
{
    reg::Where w;
    w.scope(mSession, QStringLiteral("b.community_id"));
    if (communityId)
        w.add(QStringLiteral("b.community_id = ?"), {communityId});
    w.text(text, {QStringLiteral("b.name"), QStringLiteral("b.theme"), QStringLiteral("b.secretary")});
    QSqlQuery q = sql::exec(mDb.connection(),
                            QStringLiteral("SELECT %1%2 ORDER BY c.code, CASE b.level WHEN 'committee' THEN 0 WHEN 'general_branch' THEN 1 ELSE 2 END, b.id")
                                .arg(kColumns, w.clause()), w.values);
    return reg::rows(q, fromQuery);
}

Result<qint64> PartyOrganisation::saveGroup(const PartyGroup &input)
{
    if (Status allowed = reg::require(mSession, Permission::ManageParty, tr("the party organisation")); !allowed)
        return allowed.errors();
    PartyGroup g = input;
    g.name = g.name.trimmed();
    g.leader = g.leader.trimmed();
    FieldErrors errors;
    if (g.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the group's name, e.g. 第一党小组.")});
    const std::optional<PartyBranch> branch = find(g.branchId);
    if (!branch)
        errors.append({QStringLiteral("branch"), tr("Choose the branch the group belongs to.")});
    else if (branch->level != party_level::Branch)
        errors.append({QStringLiteral("branch"), tr("Party groups belong to a branch, not to a committee or general branch.")});
    if (!errors.isEmpty())
        return errors;
    QSqlDatabase conn = mDb.connection();
    if (sql::scalar(conn, QStringLiteral("SELECT id FROM party_group WHERE branch_id = ? AND name = ? AND id <> ?"), {g.branchId, g.name, g.id}).isValid())
        return Result<qint64>::fail(QStringLiteral("name"), tr("The branch already has a group named %1.").arg(g.name));
    Transaction tx(mDb);
    qint64 id = g.id;
    const QVariantMap after = {{QStringLiteral("branch_id"), g.branchId}, {QStringLiteral("name"), g.name}, {QStringLiteral("leader"), g.leader}};
    if (id) {
        sql::exec(conn, QStringLiteral("UPDATE party_group SET branch_id = ?, name = ?, leader = ? WHERE id = ?"),
                  {g.branchId, g.name, sql::nullableText(g.leader), id});
        AuditLog::record(mDb, mSession, QStringLiteral("update"), kGroup, id, AuditLog::diff({}, after));
    } else {
        id = sql::insert(conn, QStringLiteral("INSERT INTO party_group (branch_id, name, leader) VALUES (?, ?, ?)"),
                         {g.branchId, g.name, sql::nullableText(g.leader)});
        AuditLog::record(mDb, mSession, QStringLiteral("create"), kGroup, id, AuditLog::diff({}, after));
    }
    tx.commit();
    return id;
}

Status PartyOrganisation::removeGroup(qint64 groupId)
{
    if (Status allowed = reg::require(mSession, Permission::ManageParty, tr("the party organisation")); !allowed)
        return allowed;
    QSqlDatabase conn = mDb.connection();
    QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT branch_id, name, leader FROM party_group WHERE id = ?"), {groupId});
    if (!q.next())
        return Status::fail(QString(), tr("The group no longer exists."));
    Transaction tx(mDb);
    // Members stay in the branch; only their group is cleared (ON DELETE SET NULL).
    sql::exec(conn, QStringLiteral("DELETE FROM party_group WHERE id = ?"), {groupId});
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), kGroup, groupId,
                     AuditLog::diff({{QStringLiteral("branch_id"), q.value(0)}, {QStringLiteral("name"), q.value(1)}, {QStringLiteral("leader"), q.value(2)}}, {}));
    tx.commit();
    return success();
}

QList<PartyGroup> PartyOrganisation::groups(qint64 branchId) const
{
    if (!mSession.unrestricted() && !find(branchId))
        return {};
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT id, branch_id, name, leader FROM party_group WHERE branch_id = ? ORDER BY id"), {branchId});
    QList<PartyGroup> out;
    while (q.next())
        out << PartyGroup{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

} // namespace jy
