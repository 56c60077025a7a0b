#include "grids/gridstaff.h"
#include "common/conflict.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "residents/phonenumber.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::GridStaff", text); }

QVariantMap toMap(const GridStaffMember &m)
{
    return {{QStringLiteral("grid_id"), m.gridId}, {QStringLiteral("role_id"), m.roleId}, {QStringLiteral("name"), m.name},
            {QStringLiteral("phone"), m.phone}};
}
} // namespace

GridStaff::GridStaff(Database &db, const Session &session) : mDb(db), mSession(session) {}

Status GridStaff::checkPermission() const
{
    if (!mSession.can(Permission::ManageGridMap))
        return Status::fail(QString(), tr("Your role (%1) may not change who works in a grid.").arg(Session::roleName(mSession.role())));
    return success();
}

QList<GridRole> GridStaff::roles() const
{
    QList<GridRole> result;
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT id, name FROM grid_role ORDER BY sort_order, id"));
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString()});
    return result;
}

Result<qint64> GridStaff::addRole(const QString &nameIn)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed.errors();
    const QString name = nameIn.trimmed();
    QSqlDatabase conn = mDb.connection();
    if (name.isEmpty())
        return Result<qint64>::fail(QStringLiteral("role"), tr("Enter the role's name."));
    if (const QVariant existing = sql::scalar(conn, QStringLiteral("SELECT id FROM grid_role WHERE name = ?"), {name}); existing.isValid())
        return existing.toLongLong();
    Transaction tx(mDb);
    const int order = sql::scalar(conn, QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM grid_role")).toInt();
    const qint64 id = sql::insert(conn, QStringLiteral("INSERT INTO grid_role (name, sort_order) VALUES (?, ?)"), {name, order});
    AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("grid_role"), id,
                     AuditLog::diff({}, {{QStringLiteral("name"), name}}));
    tx.commit();
    return id;
}

QList<GridStaffMember> GridStaff::members(qint64 gridId) const
{
    QList<GridStaffMember> result;
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral(
        "SELECT s.id, s.grid_id, s.role_id, r.name, s.name, s.phone, s.row_version FROM grid_staff s JOIN grid_role r ON r.id = s.role_id "
        "WHERE s.grid_id = ? ORDER BY r.sort_order, s.id"), {gridId});
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toInt()});
    return result;
}

Result<qint64> GridStaff::save(const GridStaffMember &input)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed.errors();
    GridStaffMember m = input;
    m.name = m.name.trimmed();
    m.phone = m.phone.trimmed();
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    if (!sql::scalar(conn, QStringLiteral("SELECT id FROM grid WHERE id = ?"), {m.gridId}).isValid())
        errors.append({QStringLiteral("grid"), tr("The grid no longer exists.")});
    if (!sql::scalar(conn, QStringLiteral("SELECT id FROM grid_role WHERE id = ?"), {m.roleId}).isValid())
        errors.append({QStringLiteral("role"), tr("Choose a role.")});
    if (m.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the person's name.")});
    // Residents call this number from the stairwell card: it has to be one that can be dialled.
    if (!m.phone.isEmpty()) {
        const PhoneCheck phone = PhoneNumber::check(m.phone);
        if (!phone.valid)
            errors.append({QStringLiteral("phone"), phone.reason});
        else
            m.phone = phone.normalized;
    }
    if (!errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    qint64 id = m.id;
    if (id) {
        QSqlQuery old = sql::exec(conn, QStringLiteral("SELECT grid_id, role_id, name, phone FROM grid_staff WHERE id = ?"), {id});
        if (!old.next())
            return Result<qint64>::fail(QString(), tr("The assignment no longer exists."));
        const GridStaffMember before{id, old.value(0).toLongLong(), old.value(1).toLongLong(), QString(), old.value(2).toString(),
                                     old.value(3).toString()};
        if (!reg::updateVersioned(conn, QStringLiteral("grid_staff"),
                                  QStringLiteral("grid_id = ?, role_id = ?, name = ?, phone = ?"),
                                  {m.gridId, m.roleId, m.name, sql::nullableText(m.phone)}, id, m.rowVersion))
            return reg::conflict(before.name);
        AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("grid_staff"), id, AuditLog::diff(toMap(before), toMap(m)));
    } else {
        id = sql::insert(conn, QStringLiteral("INSERT INTO grid_staff (grid_id, role_id, name, phone) VALUES (?, ?, ?, ?)"),
                         {m.gridId, m.roleId, m.name, sql::nullableText(m.phone)});
        AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("grid_staff"), id, AuditLog::diff({}, toMap(m)));
    }
    tx.commit();
    return id;
}

Status GridStaff::remove(qint64 memberId)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    QSqlDatabase conn = mDb.connection();
    QSqlQuery old = sql::exec(conn, QStringLiteral("SELECT grid_id, role_id, name, phone FROM grid_staff WHERE id = ?"), {memberId});
    if (!old.next())
        return Status::fail(QString(), tr("The assignment no longer exists."));
    const GridStaffMember before{memberId, old.value(0).toLongLong(), old.value(1).toLongLong(), QString(), old.value(2).toString(),
                                 old.value(3).toString()};
    Transaction tx(mDb);
    sql::exec(conn, QStringLiteral("DELETE FROM grid_staff WHERE id = ?"), {memberId});
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), QStringLiteral("grid_staff"), memberId, AuditLog::diff(toMap(before), {}));
    tx.commit();
    return success();
}

} // namespace jy
