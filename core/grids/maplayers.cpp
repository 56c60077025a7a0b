#include "grids/maplayers.h"
#include "db/database.h"
#include "db/sql.h"
#include "volunteer/orderworkflow.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace jy {

namespace {
// Residents counted against their building; every query returns (building_id, value).
QString buildingQuery(MapLayer layer, const Database &db)
{
    const QString inCommunity = QStringLiteral("r.community_id = ? AND r.building_id IS NOT NULL");
    switch (layer) {
    case MapLayer::None:
        return {};
    case MapLayer::Residents:
        return QStringLiteral("SELECT r.building_id, count(*) FROM resident r WHERE %1 GROUP BY r.building_id").arg(inCommunity);
    case MapLayer::ElderlyAlone:
        // 独居老人: on the 独居 list and 60 or older.
        return QStringLiteral("SELECT r.building_id, count(*) FROM resident r JOIN resident_tag rt ON rt.resident_id = r.id "
                              "JOIN tag t ON t.id = rt.tag_id AND t.name = '独居' WHERE %1 AND r.birth_date <= ? "
                              "GROUP BY r.building_id").arg(inCommunity);
    case MapLayer::PartyMembers:
        return QStringLiteral("SELECT r.building_id, count(*) FROM resident r JOIN party_member m ON m.resident_id = r.id "
                              "WHERE %1 GROUP BY r.building_id").arg(inCommunity);
    case MapLayer::OpenOrders:
        return QStringLiteral("SELECT r.building_id, count(*) FROM service_order o JOIN resident r ON r.id = o.resident_id "
                              "WHERE %1 AND o.state IN ('%2') GROUP BY r.building_id")
            .arg(inCommunity, QStringList{order_state::Submitted, order_state::Approved, order_state::Dispatched,
                                          order_state::Accepted, order_state::InService}.join(QStringLiteral("', '")));
    case MapLayer::OverdueVisits:
        return QStringLiteral("SELECT r.building_id, count(*) FROM care_plan p JOIN resident r ON r.id = p.resident_id "
                              "WHERE %1 AND p.active = 1 AND %2 GROUP BY r.building_id")
            .arg(inCommunity, db.dialect() == Dialect::SQLite
                                  ? QStringLiteral("COALESCE(p.last_visit_on, p.started_on) < date(?, '-' || p.frequency_days || ' days')")
                                  : QStringLiteral("CAST(COALESCE(p.last_visit_on, p.started_on) AS date) < CAST(? AS date) - p.frequency_days"));
    }
    return {};
}
} // namespace

QList<MapLayer> MapLayers::all()
{
    return {MapLayer::None, MapLayer::Residents, MapLayer::ElderlyAlone, MapLayer::PartyMembers, MapLayer::OpenOrders,
            MapLayer::OverdueVisits};
}

QString MapLayers::name(MapLayer layer)
{
    switch (layer) {
    case MapLayer::None:
        return QCoreApplication::translate("jy::MapLayers", "Grids only");
    case MapLayer::Residents:
        return QCoreApplication::translate("jy::MapLayers", "Residents");
    case MapLayer::ElderlyAlone:
        return QCoreApplication::translate("jy::MapLayers", "Elderly living alone");
    case MapLayer::PartyMembers:
        return QCoreApplication::translate("jy::MapLayers", "Party members");
    case MapLayer::OpenOrders:
        return QCoreApplication::translate("jy::MapLayers", "Open volunteer orders");
    case MapLayer::OverdueVisits:
        return QCoreApplication::translate("jy::MapLayers", "Overdue care visits");
    }
    return {};
}

QString MapLayers::key(MapLayer layer)
{
    switch (layer) {
    case MapLayer::None:
        return QStringLiteral("none");
    case MapLayer::Residents:
        return QStringLiteral("residents");
    case MapLayer::ElderlyAlone:
        return QStringLiteral("elderly_alone");
    case MapLayer::PartyMembers:
        return QStringLiteral("party_members");
    case MapLayer::OpenOrders:
        return QStringLiteral("open_orders");
    case MapLayer::OverdueVisits:
        return QStringLiteral("overdue_visits");
    }
    return {};
}

MapLayer MapLayers::fromKey(const QString &key)
{
    for (MapLayer layer : all())
        if (MapLayers::key(layer) == key)
            return layer;
    return MapLayer::None;
}

MapLayerValues MapLayers::compute(Database &db, qint64 communityId, MapLayer layer, const QDate &today)
{
    MapLayerValues values;
    values.layer = layer;
    const QString statement = buildingQuery(layer, db);
    if (statement.isEmpty())
        return values;
    QVariantList bound = {communityId};
    if (layer == MapLayer::ElderlyAlone)
        bound << today.addYears(-60).toString(Qt::ISODate);
    else if (layer == MapLayer::OverdueVisits)
        bound << today.toString(Qt::ISODate);
    QSqlDatabase conn = db.connection();
    QSqlQuery q = sql::exec(conn, statement, bound);
    while (q.next()) {
        const int v = q.value(1).toInt();
        values.byBuilding.insert(q.value(0).toLongLong(), v);
        values.maxBuilding = std::max(values.maxBuilding, v);
    }
    QSqlQuery g = sql::exec(conn, QStringLiteral("SELECT gb.grid_id, gb.building_id FROM grid_building gb JOIN grid g ON g.id = gb.grid_id "
                                                 "WHERE g.community_id = ?"), {communityId});
    while (g.next())
        values.byGrid[g.value(0).toLongLong()] += values.byBuilding.value(g.value(1).toLongLong());
    for (int v : values.byGrid)
        values.maxGrid = std::max(values.maxGrid, v);
    return values;
}

unsigned int MapLayers::colourFor(int value, int maximum)
{
    if (value <= 0 || maximum <= 0)
        return 0xE6E6E6;
    // Five classes of a sequential orange-red ramp (ColorBrewer OrRd), readable when printed grey.
    static const unsigned int ramp[] = {0xFEF0D9, 0xFDCC8A, 0xFC8D59, 0xE34A33, 0xB30000};
    const int index = std::min(4, int(5.0 * value / (maximum + 1)));
    return ramp[index];
}

} // namespace jy
