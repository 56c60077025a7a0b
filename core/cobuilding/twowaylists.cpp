#include "cobuilding/twowaylists.h"
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
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("jy::TwoWayLists", text, disambiguation, n);
}
} // namespace

QStringList need_source::all() { return {Resident, Grid, Unit}; }
QString need_source::name(const QString &source)
{
    const char *text = source == Resident ? QT_TRANSLATE_NOOP("jy::TwoWayLists", "residents")
                     : source == Grid ? QT_TRANSLATE_NOOP("jy::TwoWayLists", "grid")
                     : source == Unit ? QT_TRANSLATE_NOOP("jy::TwoWayLists", "co-building unit")
                                      : nullptr;
    return text ? QCoreApplication::translate("jy::TwoWayLists", text) : source;
}

TwoWayLists::TwoWayLists(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> TwoWayLists::addNeed(const CoBuildingNeed &input)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the needs and resources lists")); !allowed)
        return allowed.errors();
    CoBuildingNeed n = input;
    n.title = n.title.trimmed();
    FieldErrors errors;
    if (n.title.isEmpty())
        errors.append({QStringLiteral("title"), tr("Say what is needed, e.g. 小区临时停车场.")});
    if (!need_source::all().contains(n.source))
        errors.append({QStringLiteral("source"), tr("Choose where the need comes from: residents, a grid or a unit.")});
    if (!reg::plausible(n.raisedOn))
        errors.append({QStringLiteral("raised_on"), tr("Enter the date the need was raised.")});
    if (!reg::communityExists(mDb, n.communityId))
        errors.append({QStringLiteral("community"), tr("Choose the community.")});
    else if (Status inScope = reg::inScope(mDb, mSession, n.communityId); !inScope)
        errors.append(inScope.errors());
    if (!errors.isEmpty())
        return errors;
    const QVariantList values = {n.communityId, n.title, sql::nullableText(n.category.trimmed()), n.source, sql::nullableText(n.raisedBy.trimmed()),
                                 reg::date(n.raisedOn), sql::nullableText(n.notes.trimmed())};
    const QVariantMap after = {{QStringLiteral("title"), n.title}, {QStringLiteral("category"), n.category.trimmed()},
                               {QStringLiteral("source"), n.source}, {QStringLiteral("raised_by"), n.raisedBy.trimmed()},
                               {QStringLiteral("raised_on"), n.raisedOn}, {QStringLiteral("notes"), n.notes.trimmed()}};
    Transaction tx(mDb);
    qint64 id = n.id;
    if (id) {
        const std::optional<CoBuildingNeed> old = findNeed(id);
        if (!old)
            return Result<qint64>::fail(QString(), tr("The need is no longer on the list."));
        if (!reg::updateVersioned(mDb.connection(), QStringLiteral("cobuilding_need"),
                                  QStringLiteral("community_id = ?, title = ?, category = ?, source = ?, raised_by = ?, raised_on = ?, notes = ?"),
                                  values, id, n.rowVersion))
            return reg::conflict(old->title);
        const QVariantMap before = {{QStringLiteral("title"), old->title}, {QStringLiteral("category"), old->category},
                                    {QStringLiteral("source"), old->source}, {QStringLiteral("raised_by"), old->raisedBy},
                                    {QStringLiteral("raised_on"), old->raisedOn}, {QStringLiteral("notes"), old->notes}};
        AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("cobuilding_need"), id, AuditLog::diff(before, after));
    } else {
        id = sql::insert(mDb.connection(), QStringLiteral("INSERT INTO cobuilding_need (community_id, title, category, source, raised_by, raised_on, notes) "
                                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"), values);
        AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("cobuilding_need"), id, AuditLog::diff({}, after));
    }
    tx.commit();
    return id;
}

Status TwoWayLists::removeNeed(qint64 id)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the needs and resources lists")); !allowed)
        return allowed;
    const std::optional<CoBuildingNeed> old = findNeed(id);
    if (!old)
        return Status::fail(QString(), tr("The need is no longer on the list."));
    const int projects = sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM cobuilding_project WHERE need_id = ?"), {id}).toInt();
    if (projects > 0)
        return Status::fail(QString(), tr("A project takes up \"%1\"; it stays on the list as the project's reason.").arg(old->title));
    Transaction tx(mDb);
    sql::exec(mDb.connection(), QStringLiteral("DELETE FROM cobuilding_need WHERE id = ?"), {id});
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), QStringLiteral("cobuilding_need"), id,
                     AuditLog::diff({{QStringLiteral("title"), old->title}, {QStringLiteral("source"), old->source},
                                     {QStringLiteral("raised_on"), old->raisedOn}}, {}));
    tx.commit();
    return success();
}

namespace {
FieldErrors resourceErrors(Database &db, const CoBuildingResource &r)
{
    FieldErrors errors;
    if (r.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), QCoreApplication::translate("jy::TwoWayLists", "Say what the unit offers, e.g. 免费安装健身器材.")});
    if (!sql::scalar(db.connection(), QStringLiteral("SELECT id FROM cobuilding_unit WHERE id = ?"), {r.unitId}).isValid())
        errors.append({QStringLiteral("unit"), QCoreApplication::translate("jy::TwoWayLists", "Choose the co-building unit that offers it.")});
    return errors;
}

QVariantMap resourceMap(const CoBuildingResource &r)
{
    return {{QStringLiteral("unit_id"), r.unitId}, {QStringLiteral("title"), r.title.trimmed()},
            {QStringLiteral("category"), r.category.trimmed()}, {QStringLiteral("notes"), r.notes.trimmed()}};
}
} // namespace

Result<qint64> TwoWayLists::addResource(const CoBuildingResource &r)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the needs and resources lists")); !allowed)
        return allowed.errors();
    if (const FieldErrors errors = resourceErrors(mDb, r); !errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    const qint64 id = sql::insert(mDb.connection(), QStringLiteral("INSERT INTO cobuilding_resource (unit_id, title, category, notes) VALUES (?, ?, ?, ?)"),
                                  {r.unitId, r.title.trimmed(), sql::nullableText(r.category.trimmed()), sql::nullableText(r.notes.trimmed())});
    AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("cobuilding_resource"), id, AuditLog::diff({}, resourceMap(r)));
    tx.commit();
    return id;
}

Status TwoWayLists::updateResource(const CoBuildingResource &r)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the needs and resources lists")); !allowed)
        return allowed;
    const std::optional<CoBuildingResource> old = findResource(r.id);
    if (!old)
        return Status::fail(QString(), tr("The resource is no longer on the list."));
    if (const FieldErrors errors = resourceErrors(mDb, r); !errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    if (!reg::updateVersioned(mDb.connection(), QStringLiteral("cobuilding_resource"),
                              QStringLiteral("unit_id = ?, title = ?, category = ?, notes = ?"),
                              {r.unitId, r.title.trimmed(), sql::nullableText(r.category.trimmed()), sql::nullableText(r.notes.trimmed())}, r.id, r.rowVersion))
        return reg::conflict(old->title);
    AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("cobuilding_resource"), r.id,
                     AuditLog::diff(resourceMap(*old), resourceMap(r)));
    tx.commit();
    return success();
}

Status TwoWayLists::removeResource(qint64 id)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the needs and resources lists")); !allowed)
        return allowed;
    const std::optional<CoBuildingResource> old = findResource(id);
    if (!old)
        return Status::fail(QString(), tr("The resource is no longer on the list."));
    if (old->projects > 0)
        return Status::fail(QString(), tr("%n project(s) use \"%1\"; it stays on the list as what answered their need.", nullptr, old->projects)
                                           .arg(old->title));
    Transaction tx(mDb);
    sql::exec(mDb.connection(), QStringLiteral("DELETE FROM cobuilding_resource WHERE id = ?"), {id});
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), QStringLiteral("cobuilding_resource"), id, AuditLog::diff(resourceMap(*old), {}));
    tx.commit();
    return success();
}

namespace {
const QString kNeedSelect = QStringLiteral(
    "SELECT n.id, n.community_id, n.title, n.category, n.source, n.raised_by, n.raised_on, n.notes, "
    "EXISTS (SELECT 1 FROM cobuilding_project p WHERE p.need_id = n.id), n.row_version FROM cobuilding_need n");

CoBuildingNeed needFrom(const QSqlQuery &q)
{
    return CoBuildingNeed{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toString(), q.value(5).toString(), reg::date(q.value(6)), q.value(7).toString(), q.value(8).toBool(),
                          q.value(9).toInt()};
}

reg::Where needsWhere(const RegisterFilter &f, const Session &session)
{
    reg::Where w;
    w.scope(session, QStringLiteral("n.community_id"));
    if (f.communityId)
        w.add(QStringLiteral("n.community_id = ?"), {f.communityId});
    if (!f.kind.isEmpty())
        w.add(QStringLiteral("n.source = ?"), {f.kind});
    w.text(f.text, {QStringLiteral("n.title"), QStringLiteral("n.category")});
    return w;
}
} // namespace

int TwoWayLists::countNeeds(const RegisterFilter &f) const
{
    const reg::Where w = needsWhere(f, mSession);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM cobuilding_need n") + w.clause(), w.values).toInt();
}

std::optional<CoBuildingNeed> TwoWayLists::findNeed(qint64 id) const
{
    const reg::Where w = reg::byId(mSession, QStringLiteral("n.id"), id, QStringLiteral("n.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), kNeedSelect + w.clause(), w.values);
    if (!q.next())
        return std::nullopt;
    return needFrom(q);
}

QList<CoBuildingNeed> TwoWayLists::needs(const RegisterFilter &f) const
{
    const reg::Where w = needsWhere(f, mSession);
    QSqlQuery q = sql::exec(mDb.connection(), kNeedSelect + w.clause() + QStringLiteral(" ORDER BY n.raised_on DESC, n.id DESC") + reg::page(f), w.values);
    QList<CoBuildingNeed> out;
    while (q.next())
        out << needFrom(q);
    return out;
}

namespace {
const QString kResourceSelect = QStringLiteral(
    "SELECT r.id, r.unit_id, r.title, r.category, r.notes, u.name, u.community_id, "
    "(SELECT count(*) FROM cobuilding_project p WHERE p.resource_id = r.id), r.row_version "
    "FROM cobuilding_resource r JOIN cobuilding_unit u ON u.id = r.unit_id");

CoBuildingResource resourceFrom(const QSqlQuery &q)
{
    return CoBuildingResource{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                              q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(), q.value(7).toInt(), q.value(8).toInt()};
}

reg::Where resourcesWhere(const RegisterFilter &f, const Session &session)
{
    reg::Where w;
    w.scope(session, QStringLiteral("u.community_id"));
    if (f.communityId)
        w.add(QStringLiteral("u.community_id = ?"), {f.communityId});
    if (f.ownerId)
        w.add(QStringLiteral("r.unit_id = ?"), {f.ownerId});
    if (!f.kind.isEmpty())
        w.add(QStringLiteral("r.category = ?"), {f.kind});
    w.text(f.text, {QStringLiteral("r.title"), QStringLiteral("r.category"), QStringLiteral("u.name")});
    return w;
}
} // namespace

QList<CoBuildingResource> TwoWayLists::resources(const RegisterFilter &f) const
{
    const reg::Where w = resourcesWhere(f, mSession);
    QSqlQuery q = sql::exec(mDb.connection(), kResourceSelect + w.clause() + QStringLiteral(" ORDER BY u.sort_key, r.title, r.id") + reg::page(f), w.values);
    return reg::rows(q, resourceFrom);
}

int TwoWayLists::countResources(const RegisterFilter &f) const
{
    const reg::Where w = resourcesWhere(f, mSession);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM cobuilding_resource r JOIN cobuilding_unit u ON u.id = r.unit_id") + w.clause(),
                       w.values).toInt();
}

std::optional<CoBuildingResource> TwoWayLists::findResource(qint64 id) const
{
    const reg::Where w = reg::byId(mSession, QStringLiteral("r.id"), id, QStringLiteral("u.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), kResourceSelect + w.clause(), w.values);
    return reg::first(q, resourceFrom);
}

QStringList TwoWayLists::resourceCategories() const
{
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral(
        "SELECT DISTINCT category FROM cobuilding_resource WHERE category IS NOT NULL AND category <> '' ORDER BY category"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace jy
