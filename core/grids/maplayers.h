#pragma once
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace jy {

class Database;

// What the map colours buildings and grids by.
enum class MapLayer { None, Residents, ElderlyAlone, PartyMembers, OpenOrders, OverdueVisits };

struct MapLayerValues
{
    MapLayer layer = MapLayer::None;
    QHash<qint64, int> byBuilding;
    QHash<qint64, int> byGrid;      // the sum over the grid's buildings
    int maxBuilding = 0;
    int maxGrid = 0;
};

class MapLayers
{
public:
    static QList<MapLayer> all();
    static QString name(MapLayer layer);    // translated, for the legend and the picker
    static QString key(MapLayer layer);     // "residents" … for the CLI and settings
    static MapLayer fromKey(const QString &key);
    static MapLayerValues compute(Database &db, qint64 communityId, MapLayer layer, const QDate &today);
    // The legend's colour for a value, from pale to strong; grey for zero.
    static unsigned int colourFor(int value, int maximum);  // 0xRRGGBB
};

} // namespace jy
