// The grid map with a street's worth of ground: 200 grids and 5,000 buildings in one scene,
// rendered offscreen at a screen's size (the frame the map page paints), whole and zoomed in,
// and the scene built from the data. Not a test: run scripts/bench.sh "[gridmap]".
#include <catch2/catch.hpp>

#include "grids/gridmap.h"
#include "grids/maplayers.h"
#include "grids/mapscene.h"

#include <QImage>
#include <QPainter>

using namespace jy;

namespace {

CommunityMap streetMap()
{
    CommunityMap map;
    map.communityName = QStringLiteral("辛寨子街道");
    qint64 buildingId = 1;
    // 20 × 10 blocks of 25 buildings each, laid out like the demo's.
    for (int g = 0; g < 200; ++g) {
        const double left = (g % 20) * 260.0;
        const double top = (g / 20) * 230.0;
        map.grids.append({g + 1, QStringLiteral("G%1").arg(g + 1), QStringLiteral("第%1网格").arg(g + 1),
                          QPolygonF(QRectF(left, top, 230, 200))});
        for (int b = 0; b < 25; ++b) {
            MapBuilding building;
            building.id = buildingId++;
            building.number = QString::number(b + 1);
            building.placed = true;
            building.gridId = g + 1;
            const QRectF outline(left + 8 + (b % 5) * 44, top + 10 + (b / 5) * 38, 36, 12);
            building.footprint = QPolygonF(outline);
            building.position = outline.center();
            map.buildings.append(building);
        }
    }
    return map;
}

MapLayerValues someLayer(const CommunityMap &map)
{
    MapLayerValues values;
    values.layer = MapLayer::Residents;
    for (const MapBuilding &b : map.buildings) {
        const int v = int(b.id * 7919 % 120);
        values.byBuilding.insert(b.id, v);
        values.byGrid[b.gridId] += v;
        values.maxBuilding = std::max(values.maxBuilding, v);
    }
    for (int v : values.byGrid)
        values.maxGrid = std::max(values.maxGrid, v);
    return values;
}

} // namespace

TEST_CASE("grid map frames with 200 grids and 5,000 buildings", "[gridmap]")
{
    const CommunityMap map = streetMap();
    REQUIRE(map.buildings.size() == 5000);
    const MapLayerValues values = someLayer(map);
    GridMapScene scene;
    scene.setMap(map, true);
    scene.setLayer(values);
    QImage frame(1600, 900, QImage::Format_ARGB32_Premultiplied);
    const QRectF all = scene.itemsBoundingRect();
    const QRectF oneEstate(0, 0, 800, 450);

    BENCHMARK("build the scene")
    {
        GridMapScene fresh;
        fresh.setMap(map, true);
        fresh.setLayer(values);
        return fresh.items().size();
    };
    BENCHMARK("render the whole street, 1600×900")
    {
        QPainter p(&frame);
        p.setRenderHint(QPainter::Antialiasing);
        scene.render(&p, QRectF(0, 0, 1600, 900), all);
        return frame.pixel(800, 450);
    };
    BENCHMARK("render a zoomed-in view, 1600×900")
    {
        QPainter p(&frame);
        p.setRenderHint(QPainter::Antialiasing);
        scene.render(&p, QRectF(0, 0, 1600, 900), oneEstate);
        return frame.pixel(800, 450);
    };
    BENCHMARK("recolour by another layer")
    {
        scene.setLayer(values);
        return 0;
    };
}
