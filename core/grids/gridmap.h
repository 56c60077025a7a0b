#pragma once
#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace jy {

class Database;

// Map coordinates are metres on the community's own plane: x to the east, y to the south, as
// on a printed site plan, so the scene, the poster and a scanned plan share one orientation.
struct MapGrid
{
    qint64 id = 0;
    QString code;
    QString name;
    QPolygonF shape;    // empty until someone draws it
};

struct MapBuilding
{
    qint64 id = 0;
    qint64 estateId = 0;
    QString estate;
    QString number;
    int floors = 0;
    bool placed = false;    // has a position on the map
    QPointF position;
    QPolygonF footprint;    // optional outline; the position is its centre
    qint64 gridId = 0;      // 0: in no grid

    QString label() const;  // "3栋"
    QString fullName() const; // "万科魅力之城 3栋"
};

struct MapBackground
{
    QByteArray image;       // PNG or JPEG as the user chose it; empty: none
    QPointF origin;         // where the image's top-left corner lies, in metres
    double metresPerPixel = 1;
    double opacity = 0.6;
};

struct CommunityMap
{
    qint64 communityId = 0;
    QString communityCode;
    QString communityName;
    double anchorLon = 121.53;   // the plane's origin in WGS 84, for GeoJSON
    double anchorLat = 38.96;
    MapBackground background;
    QList<MapGrid> grids;
    QList<MapBuilding> buildings;

    // Everything drawn, grids and placed buildings; a default square when nothing is placed.
    QRectF bounds() const;
    const MapGrid *grid(qint64 id) const;
    const MapBuilding *building(qint64 id) const;
    int placedBuildings() const;
};

// Polygons are stored as JSON arrays of [x, y] pairs, rounded to centimetres.
QString polygonToText(const QPolygonF &polygon);
QPolygonF polygonFromText(const QString &text);

class GridMapStore
{
public:
    static CommunityMap load(Database &db, qint64 communityId);
};

} // namespace jy
