#include "volunteer/catalogue.h"
#include "common/conflict.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <cmath>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::CatalogueService", text); }

QVariantMap toMap(const ServiceCategory &c)
{
    return {{QStringLiteral("name"), c.name}, {QStringLiteral("sort_order"), c.sortOrder}, {QStringLiteral("active"), c.active}};
}

QVariantMap toMap(const ServiceItem &i)
{
    return {{QStringLiteral("category_id"), i.categoryId}, {QStringLiteral("name"), i.name},
            {QStringLiteral("points_rule"), i.pointsRule}, {QStringLiteral("points"), i.points},
            {QStringLiteral("description"), i.description}, {QStringLiteral("active"), i.active}};
}

const QString kItemColumns = QStringLiteral(
    "i.id, i.category_id, i.name, i.points_rule, i.points, i.description, i.active, c.name, i.row_version "
    "FROM service_item i JOIN service_category c ON c.id = i.category_id");

ServiceItem itemFrom(const QSqlQuery &q)
{
    ServiceItem i;
    i.id = q.value(0).toLongLong();
    i.categoryId = q.value(1).toLongLong();
    i.name = q.value(2).toString();
    i.pointsRule = q.value(3).toString();
    i.points = q.value(4).toInt();
    i.description = q.value(5).toString();
    i.active = q.value(6).toBool();
    i.categoryName = q.value(7).toString();
    i.rowVersion = q.value(8).toInt();
    return i;
}
} // namespace

int ServiceItem::pointsFor(double hours) const
{
    if (pointsRule == points_rule::PerHour)
        return int(std::lround(points * std::max(0.0, hours)));
    return points;
}

CatalogueService::CatalogueService(Database &db, const Session &session) : mDb(db), mSession(session) {}

Status CatalogueService::checkPermission() const
{
    if (!mSession.can(Permission::ManageSupermarket))
        return Status::fail(QString(), tr("Your role (%1) may not change the service catalogue.").arg(Session::roleName(mSession.role())));
    return success();
}

QList<ServiceCategory> CatalogueService::categories(bool activeOnly) const
{
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT id, name, sort_order, active, row_version FROM service_category %1 ORDER BY sort_order, id")
                                                  .arg(activeOnly ? QStringLiteral("WHERE active = 1") : QString()));
    QList<ServiceCategory> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toBool(), q.value(4).toInt()});
    return out;
}

QList<ServiceItem> CatalogueService::items(qint64 categoryId, bool activeOnly) const
{
    QStringList where;
    QVariantList values;
    if (categoryId) {
        where << QStringLiteral("i.category_id = ?");
        values << categoryId;
    }
    if (activeOnly)
        where << QStringLiteral("i.active = 1 AND c.active = 1");
    QSqlQuery q = sql::exec(mDb.connection(),
                            QStringLiteral("SELECT %1 %2 ORDER BY c.sort_order, c.id, i.id")
                                .arg(kItemColumns, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
                            values);
    QList<ServiceItem> out;
    while (q.next())
        out << itemFrom(q);
    return out;
}

std::optional<ServiceItem> CatalogueService::item(qint64 id) const
{
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT %1 WHERE i.id = ?").arg(kItemColumns), {id});
    if (!q.next())
        return std::nullopt;
    return itemFrom(q);
}

Result<qint64> CatalogueService::saveCategory(const ServiceCategory &input)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed.errors();
    ServiceCategory c = input;
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        return Result<qint64>::fail(QStringLiteral("name"), tr("Name the category."));
    QSqlDatabase conn = mDb.connection();
    const QVariant clash = sql::scalar(conn, QStringLiteral("SELECT id FROM service_category WHERE name = ? AND id <> ?"), {c.name, c.id});
    if (clash.isValid())
        return Result<qint64>::fail(QStringLiteral("name"), tr("There is already a category named %1.").arg(c.name));
    Transaction tx(mDb);
    qint64 id = c.id;
    if (id) {
        const auto old = categories();
        auto it = std::find_if(old.cbegin(), old.cend(), [id](const ServiceCategory &o) { return o.id == id; });
        if (it == old.cend())
            return Result<qint64>::fail(QString(), tr("The category no longer exists."));
        if (!reg::updateVersioned(conn, QStringLiteral("service_category"),
                                  QStringLiteral("name = ?, sort_order = ?, active = ?"),
                                  {c.name, c.sortOrder, c.active ? 1 : 0}, id, c.rowVersion))
            return reg::conflict(it->name);
        AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("service_category"), id, AuditLog::diff(toMap(*it), toMap(c)));
    } else {
        if (c.sortOrder == 0)
            c.sortOrder = sql::scalar(conn, QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM service_category")).toInt();
        id = sql::insert(conn, QStringLiteral("INSERT INTO service_category (name, sort_order, active) VALUES (?, ?, ?)"),
                         {c.name, c.sortOrder, c.active ? 1 : 0});
        AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("service_category"), id, AuditLog::diff({}, toMap(c)));
    }
    tx.commit();
    return id;
}

Result<qint64> CatalogueService::saveItem(const ServiceItem &input)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed.errors();
    ServiceItem i = input;
    i.name = i.name.trimmed();
    FieldErrors errors;
    if (i.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Name the service.")});
    if (i.pointsRule != points_rule::PerItem && i.pointsRule != points_rule::PerHour)
        errors.append({QStringLiteral("points_rule"), tr("Choose points per service or per hour.")});
    if (i.points < 0 || i.points > 1000)
        errors.append({QStringLiteral("points"), tr("Points must be between 0 and 1000.")});
    QSqlDatabase conn = mDb.connection();
    if (!sql::scalar(conn, QStringLiteral("SELECT id FROM service_category WHERE id = ?"), {i.categoryId}).isValid())
        errors.append({QStringLiteral("category"), tr("Choose a category.")});
    else if (sql::scalar(conn, QStringLiteral("SELECT id FROM service_item WHERE category_id = ? AND name = ? AND id <> ?"),
                         {i.categoryId, i.name, i.id}).isValid())
        errors.append({QStringLiteral("name"), tr("This category already has a service named %1.").arg(i.name)});
    if (!errors.isEmpty())
        return errors;

    Transaction tx(mDb);
    qint64 id = i.id;
    const QVariantList values = {i.categoryId, i.name, i.pointsRule, i.points, sql::nullableText(i.description), i.active ? 1 : 0};
    if (id) {
        const std::optional<ServiceItem> old = item(id);
        if (!old)
            return Result<qint64>::fail(QString(), tr("The service no longer exists."));
        if (!reg::updateVersioned(conn, QStringLiteral("service_item"),
                                  QStringLiteral("category_id = ?, name = ?, points_rule = ?, points = ?, description = ?, active = ?"),
                                  values, id, i.rowVersion))
            return reg::conflict(old->name);
        AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("service_item"), id, AuditLog::diff(toMap(*old), toMap(i)));
    } else {
        id = sql::insert(conn, QStringLiteral("INSERT INTO service_item (category_id, name, points_rule, points, description, active) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"), values);
        AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("service_item"), id, AuditLog::diff({}, toMap(i)));
    }
    tx.commit();
    return id;
}

} // namespace jy
