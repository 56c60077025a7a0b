#include "grids/gridmap.h"
#include "db/database.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace jy {

QString MapBuilding::label() const
{
    return QCoreApplication::translate("jy::GridMap", "Building %1").arg(number);
}

QString MapBuilding::fullName() const
{
    return estate.isEmpty() ? label() : estate + QLatin1Char(' ') + label();
}

QRectF CommunityMap::bounds() const
{
    QRectF rect;
    for (const MapGrid &g : grids)
        rect |= g.shape.boundingRect();
    for (const MapBuilding &b : buildings) {
        if (!b.placed)
            continue;
        const QRectF r = b.footprint.isEmpty() ? QRectF(b.position - QPointF(5, 5), QSizeF(10, 10)) : b.footprint.boundingRect();
        rect |= r;
    }
    return rect.isEmpty() ? QRectF(0, 0, 500, 500) : rect;
}

const MapGrid *CommunityMap::grid(qint64 id) const
{
    for (const MapGrid &g : grids)
        if (g.id == id)
            return &g;
    return nullptr;
}

const MapBuilding *CommunityMap::building(qint64 id) const
{
    for (const MapBuilding &b : buildings)
        if (b.id == id)
            return &b;
    return nullptr;
}

int CommunityMap::placedBuildings() const
{
    return int(std::count_if(buildings.begin(), buildings.end(), [](const MapBuilding &b) { return b.placed; }));
}

QString polygonToText(const QPolygonF &polygon)
{
    if (polygon.isEmpty())
        return {};
    QJsonArray points;
    for (const QPointF &p : polygon)
        points.append(QJsonArray{std::round(p.x() * 100) / 100, std::round(p.y() * 100) / 100});
    return QString::fromUtf8(QJsonDocument(points).toJson(QJsonDocument::Compact));
}

QPolygonF polygonFromText(const QString &text)
{
    QPolygonF polygon;
    if (text.isEmpty())
        return polygon;
    const QJsonArray points = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : points) {
        const QJsonArray p = v.toArray();
        if (p.size() >= 2 && std::isfinite(p.at(0).toDouble()) && std::isfinite(p.at(1).toDouble()))
            polygon.append(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
    }
    return polygon;
}

CommunityMap GridMapStore::load(Database &db, qint64 communityId)
{
    QSqlDatabase conn = db.connection();
    CommunityMap map;
    map.communityId = communityId;
    QSqlQuery c = sql::exec(conn, QStringLiteral("SELECT c.code, c.name, m.anchor_lon, m.anchor_lat, m.background, m.background_x, "
                                                 "m.background_y, m.background_scale, m.background_opacity "
                                                 "FROM community c LEFT JOIN community_map m ON m.community_id = c.id WHERE c.id = ?"),
                            {communityId});
    if (!c.next())
        return map;
    map.communityCode = c.value(0).toString();
    map.communityName = c.value(1).toString();
    if (!c.value(2).isNull()) {
        map.anchorLon = c.value(2).toDouble();
        map.anchorLat = c.value(3).toDouble();
        map.background.image = c.value(4).toByteArray();
        map.background.origin = QPointF(c.value(5).toDouble(), c.value(6).toDouble());
        map.background.metresPerPixel = c.value(7).toDouble();
        map.background.opacity = c.value(8).toDouble();
    }

    QSqlQuery g = sql::exec(conn, QStringLiteral("SELECT id, code, name, shape FROM grid WHERE community_id = ? ORDER BY code"), {communityId});
    while (g.next())
        map.grids.append({g.value(0).toLongLong(), g.value(1).toString(), g.value(2).toString(), polygonFromText(g.value(3).toString())});

    // A building is in at most one grid here; should old data list it twice, the first wins.
    QSqlQuery b = sql::exec(conn, QStringLiteral(
        "SELECT b.id, e.id, e.name, b.number, COALESCE(b.floors, 0), b.map_x, b.map_y, b.footprint, "
        "(SELECT MIN(gb.grid_id) FROM grid_building gb WHERE gb.building_id = b.id) "
        "FROM building b JOIN estate e ON e.id = b.estate_id WHERE e.community_id = ? ORDER BY e.name, b.id"), {communityId});
    while (b.next()) {
        MapBuilding m;
        m.id = b.value(0).toLongLong();
        m.estateId = b.value(1).toLongLong();
        m.estate = b.value(2).toString();
        m.number = b.value(3).toString();
        m.floors = b.value(4).toInt();
        m.placed = !b.value(5).isNull() && !b.value(6).isNull();
        m.position = QPointF(b.value(5).toDouble(), b.value(6).toDouble());
        m.footprint = polygonFromText(b.value(7).toString());
        m.gridId = b.value(8).toLongLong();
        map.buildings.append(m);
    }
    return map;
}

} // namespace jy
