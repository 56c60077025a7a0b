#include "grids/gridmapservice.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QImage>
#include <QSqlQuery>
#include <cmath>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::GridMapService", text); }

bool finite(const QPointF &p) { return std::isfinite(p.x()) && std::isfinite(p.y()); }

// A usable outline: at least three distinct points, all finite, enclosing some area.
bool validPolygon(const QPolygonF &polygon)
{
    if (polygon.size() < 3)
        return false;
    double area = 0;
    for (int i = 0; i < polygon.size(); ++i) {
        if (!finite(polygon.at(i)))
            return false;
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % polygon.size());
        area += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(area) > 0.01;
}
} // namespace

GridMapService::GridMapService(Database &db, const Session &session) : mDb(db), mSession(session) {}

Status GridMapService::checkPermission() const
{
    if (!mSession.can(Permission::ManageGridMap))
        return Status::fail(QString(), tr("Your role (%1) may not change the grid map.").arg(Session::roleName(mSession.role())));
    return success();
}

Result<qint64> GridMapService::addGrid(qint64 communityId, const QString &codeIn, const QString &nameIn, const QPolygonF &shape)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed.errors();
    const QString code = codeIn.trimmed();
    const QString name = nameIn.trimmed();
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    if (!sql::scalar(conn, QStringLiteral("SELECT id FROM community WHERE id = ?"), {communityId}).isValid())
        errors.append({QStringLiteral("community"), tr("The community does not exist.")});
    if (code.isEmpty())
        errors.append({QStringLiteral("code"), tr("Enter the grid's code.")});
    else if (sql::scalar(conn, QStringLiteral("SELECT id FROM grid WHERE community_id = ? AND code = ?"), {communityId, code}).isValid())
        errors.append({QStringLiteral("code"), tr("Another grid of this community has the code %1.").arg(code)});
    if (name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the grid's name.")});
    if (!shape.isEmpty() && !validPolygon(shape))
        errors.append({QStringLiteral("shape"), tr("A grid's outline needs at least three points that enclose an area.")});
    if (!errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    const qint64 id = sql::insert(conn, QStringLiteral("INSERT INTO grid (community_id, code, name, shape) VALUES (?, ?, ?, ?)"),
                                  {communityId, code, name, sql::nullableText(polygonToText(shape))});
    AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("grid"), id,
                     AuditLog::diff({}, {{QStringLiteral("code"), code}, {QStringLiteral("name"), name},
                                         {QStringLiteral("shape"), polygonToText(shape)}}));
    tx.commit();
    return id;
}

Status GridMapService::renameGrid(qint64 gridId, const QString &codeIn, const QString &nameIn)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    const QString code = codeIn.trimmed();
    const QString name = nameIn.trimmed();
    QSqlDatabase conn = mDb.connection();
    QSqlQuery old = sql::exec(conn, QStringLiteral("SELECT community_id, code, name FROM grid WHERE id = ?"), {gridId});
    if (!old.next())
        return Status::fail(QString(), tr("The grid no longer exists."));
    FieldErrors errors;
    if (code.isEmpty())
        errors.append({QStringLiteral("code"), tr("Enter the grid's code.")});
    else if (sql::scalar(conn, QStringLiteral("SELECT id FROM grid WHERE community_id = ? AND code = ? AND id <> ?"),
                         {old.value(0), code, gridId}).isValid())
        errors.append({QStringLiteral("code"), tr("Another grid of this community has the code %1.").arg(code)});
    if (name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the grid's name.")});
    if (!errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    sql::exec(conn, QStringLiteral("UPDATE grid SET code = ?, name = ? WHERE id = ?"), {code, name, gridId});
    AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("grid"), gridId,
                     AuditLog::diff({{QStringLiteral("code"), old.value(1)}, {QStringLiteral("name"), old.value(2)}},
                                    {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}}));
    tx.commit();
    return success();
}

Status GridMapService::setGridShape(qint64 gridId, const QPolygonF &shape)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    if (!shape.isEmpty() && !validPolygon(shape))
        return Status::fail(QStringLiteral("shape"), tr("A grid's outline needs at least three points that enclose an area."));
    QSqlDatabase conn = mDb.connection();
    QSqlQuery old = sql::exec(conn, QStringLiteral("SELECT shape FROM grid WHERE id = ?"), {gridId});
    if (!old.next())
        return Status::fail(QString(), tr("The grid no longer exists."));
    const QString text = polygonToText(shape);
    Transaction tx(mDb);
    sql::exec(conn, QStringLiteral("UPDATE grid SET shape = ? WHERE id = ?"), {sql::nullableText(text), gridId});
    AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("grid"), gridId,
                     AuditLog::diff({{QStringLiteral("shape"), old.value(0).toString()}}, {{QStringLiteral("shape"), text}}));
    tx.commit();
    return success();
}

Status GridMapService::removeGrid(qint64 gridId)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    QSqlDatabase conn = mDb.connection();
    QSqlQuery old = sql::exec(conn, QStringLiteral("SELECT code, name, shape FROM grid WHERE id = ?"), {gridId});
    if (!old.next())
        return Status::fail(QString(), tr("The grid no longer exists."));
    const int records = sql::scalar(conn, QStringLiteral("SELECT (SELECT count(*) FROM patrol WHERE grid_id = ?) + "
                                                         "(SELECT count(*) FROM grid_incident WHERE grid_id = ?)"),
                                    {gridId, gridId}).toInt();
    if (records > 0)
        return Status::fail(QString(), tr("%1 has %2 patrol or incident records; they would be lost with it. "
                                          "Redraw or rename the grid instead.").arg(old.value(1).toString()).arg(records));
    Transaction tx(mDb);
    sql::exec(conn, QStringLiteral("DELETE FROM grid WHERE id = ?"), {gridId});
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), QStringLiteral("grid"), gridId,
                     AuditLog::diff({{QStringLiteral("code"), old.value(0)}, {QStringLiteral("name"), old.value(1)},
                                     {QStringLiteral("shape"), old.value(2).toString()}}, {}));
    tx.commit();
    return success();
}

Status GridMapService::placeBuilding(qint64 buildingId, bool placed, const QPointF &position, const QPolygonF &footprint)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    if (placed && !finite(position))
        return Status::fail(QStringLiteral("position"), tr("The building's position is not a valid point."));
    if (placed && !footprint.isEmpty() && !validPolygon(footprint))
        return Status::fail(QStringLiteral("footprint"), tr("A building's outline needs at least three points that enclose an area."));
    QSqlDatabase conn = mDb.connection();
    QSqlQuery old = sql::exec(conn, QStringLiteral("SELECT map_x, map_y, footprint FROM building WHERE id = ?"), {buildingId});
    if (!old.next())
        return Status::fail(QString(), tr("The building no longer exists."));
    const QVariant none(QMetaType::fromType<double>());
    const QString outline = placed ? polygonToText(footprint) : QString();
    Transaction tx(mDb);
    sql::exec(conn, QStringLiteral("UPDATE building SET map_x = ?, map_y = ?, footprint = ? WHERE id = ?"),
              {placed ? QVariant(position.x()) : none, placed ? QVariant(position.y()) : none, sql::nullableText(outline), buildingId});
    AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("building"), buildingId,
                     AuditLog::diff({{QStringLiteral("map_x"), old.value(0)}, {QStringLiteral("map_y"), old.value(1)},
                                     {QStringLiteral("footprint"), old.value(2).toString()}},
                                    {{QStringLiteral("map_x"), placed ? QVariant(position.x()) : QVariant()},
                                     {QStringLiteral("map_y"), placed ? QVariant(position.y()) : QVariant()},
                                     {QStringLiteral("footprint"), outline}}));
    tx.commit();
    return success();
}

Status GridMapService::assignBuilding(qint64 buildingId, qint64 gridId)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    QSqlDatabase conn = mDb.connection();
    const QVariant buildingCommunity = sql::scalar(conn, QStringLiteral(
        "SELECT e.community_id FROM building b JOIN estate e ON e.id = b.estate_id WHERE b.id = ?"), {buildingId});
    if (!buildingCommunity.isValid())
        return Status::fail(QString(), tr("The building no longer exists."));
    if (gridId) {
        const QVariant gridCommunity = sql::scalar(conn, QStringLiteral("SELECT community_id FROM grid WHERE id = ?"), {gridId});
        if (!gridCommunity.isValid())
            return Status::fail(QString(), tr("The grid no longer exists."));
        if (gridCommunity.toLongLong() != buildingCommunity.toLongLong())
            return Status::fail(QString(), tr("The building and the grid belong to different communities."));
    }
    const qint64 oldGrid = sql::scalar(conn, QStringLiteral("SELECT MIN(grid_id) FROM grid_building WHERE building_id = ?"),
                                       {buildingId}).toLongLong();
    Transaction tx(mDb);
    sql::exec(conn, QStringLiteral("DELETE FROM grid_building WHERE building_id = ?"), {buildingId});
    if (gridId)
        sql::exec(conn, QStringLiteral("INSERT INTO grid_building (grid_id, building_id) VALUES (?, ?)"), {gridId, buildingId});
    AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("building"), buildingId,
                     AuditLog::diff({{QStringLiteral("grid_id"), oldGrid}}, {{QStringLiteral("grid_id"), gridId}}));
    tx.commit();
    return success();
}

qint64 GridMapService::gridAt(const CommunityMap &map, const QPointF &point)
{
    for (const MapGrid &g : map.grids)
        if (!g.shape.isEmpty() && g.shape.containsPoint(point, Qt::OddEvenFill))
            return g.id;
    return 0;
}

void GridMapService::ensureMapRow(qint64 communityId)
{
    QSqlDatabase conn = mDb.connection();
    if (!sql::scalar(conn, QStringLiteral("SELECT community_id FROM community_map WHERE community_id = ?"), {communityId}).isValid())
        sql::exec(conn, QStringLiteral("INSERT INTO community_map (community_id) VALUES (?)"), {communityId});
}

Status GridMapService::setBackground(qint64 communityId, const MapBackground &background)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    QSqlDatabase conn = mDb.connection();
    if (!sql::scalar(conn, QStringLiteral("SELECT id FROM community WHERE id = ?"), {communityId}).isValid())
        return Status::fail(QString(), tr("The community does not exist."));
    if (!background.image.isEmpty() && QImage::fromData(background.image).isNull())
        return Status::fail(QStringLiteral("image"), tr("The file is not a PNG or JPEG image that can be read."));
    if (!(background.metresPerPixel > 0) || !std::isfinite(background.metresPerPixel) || !finite(background.origin))
        return Status::fail(QStringLiteral("scale"), tr("The plan's scale must be a positive number of metres per pixel."));
    if (!(background.opacity >= 0.05 && background.opacity <= 1))
        return Status::fail(QStringLiteral("opacity"), tr("The plan's opacity must be between 5% and 100%."));
    Transaction tx(mDb);
    ensureMapRow(communityId);
    QVariant image = background.image.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(background.image);
    sql::exec(conn, QStringLiteral("UPDATE community_map SET background = ?, background_x = ?, background_y = ?, "
                                   "background_scale = ?, background_opacity = ? WHERE community_id = ?"),
              {image, background.origin.x(), background.origin.y(), background.metresPerPixel, background.opacity, communityId});
    // The image itself is not copied into the log; its size says which one it was.
    AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("community_map"), communityId,
                     AuditLog::diff({}, {{QStringLiteral("background_bytes"), background.image.size()},
                                         {QStringLiteral("background_x"), background.origin.x()},
                                         {QStringLiteral("background_y"), background.origin.y()},
                                         {QStringLiteral("background_scale"), background.metresPerPixel},
                                         {QStringLiteral("background_opacity"), background.opacity}}));
    tx.commit();
    return success();
}

Status GridMapService::setAnchor(qint64 communityId, double lon, double lat)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    if (!(lon >= 73 && lon <= 136 && lat >= 3 && lat <= 54))
        return Status::fail(QStringLiteral("anchor"), tr("The map's anchor must be a longitude and latitude inside China."));
    QSqlDatabase conn = mDb.connection();
    if (!sql::scalar(conn, QStringLiteral("SELECT id FROM community WHERE id = ?"), {communityId}).isValid())
        return Status::fail(QString(), tr("The community does not exist."));
    Transaction tx(mDb);
    ensureMapRow(communityId);
    sql::exec(conn, QStringLiteral("UPDATE community_map SET anchor_lon = ?, anchor_lat = ? WHERE community_id = ?"), {lon, lat, communityId});
    AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("community_map"), communityId,
                     AuditLog::diff({}, {{QStringLiteral("anchor_lon"), lon}, {QStringLiteral("anchor_lat"), lat}}));
    tx.commit();
    return success();
}

} // namespace jy
