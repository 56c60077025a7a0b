#include "testsupport.h"
#include "reportfixture.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "grids/careplans.h"
#include "grids/geojson.h"
#include "grids/gridboard.h"
#include "grids/gridincident.h"
#include "grids/gridmapservice.h"
#include "grids/gridperformance.h"
#include "grids/gridstaff.h"
#include "grids/incidentworkflow.h"
#include "grids/maplayers.h"
#include "grids/mapposter.h"
#include "grids/patrollog.h"
#include "places/placestore.h"
#include "residents/residentservice.h"
#include "stats/statistics.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace jy;

namespace {

QPolygonF square(double x, double y, double size)
{
    return QPolygonF(QRectF(x, y, size, size));
}

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    return fields;
}

// A community with two grids side by side and three buildings, two of them placed.
struct SmallMap
{
    test::SmallPlace place;
    qint64 west = 0, east = 0, second = 0, third = 0;

    static SmallMap create(Database &db)
    {
        SmallMap m;
        m.place = test::SmallPlace::create(db);
        const Session admin = test::admin();
        GridMapService maps(db, admin);
        m.west = maps.addGrid(m.place.communityId, QStringLiteral("G01"), QStringLiteral("第1网格"), square(0, 0, 100)).value();
        m.east = maps.addGrid(m.place.communityId, QStringLiteral("G02"), QStringLiteral("第2网格"), square(100, 0, 100)).value();
        PlaceStore places(db);
        m.second = places.addBuilding(m.place.estateId, QStringLiteral("5"), 6);
        m.third = places.addBuilding(m.place.estateId, QStringLiteral("7"), 6);
        REQUIRE(maps.placeBuilding(m.place.buildingId, true, QPointF(50, 50), QPolygonF(QRectF(30, 44, 40, 12))).ok());
        REQUIRE(maps.placeBuilding(m.second, true, QPointF(150, 40)).ok());
        REQUIRE(maps.assignBuilding(m.place.buildingId, m.west).ok());
        REQUIRE(maps.assignBuilding(m.second, m.east).ok());
        return m;
    }
};

} // namespace

TEST_CASE("grids are drawn, named and validated, buildings placed and assigned to one grid", "[grids]")
{
    test::TempDatabase db;
    const SmallMap m = SmallMap::create(*db);
    const Session admin = test::admin();
    GridMapService maps(*db, admin);

    const Result<qint64> bad = maps.addGrid(m.place.communityId, QStringLiteral("G01"), QString(), QPolygonF({QPointF(0, 0), QPointF(1, 1)}));
    REQUIRE_FALSE(bad.ok());
    CHECK(fieldsOf(bad.errors()) == QStringList{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("shape")});
    CHECK(bad.errors().first().message.contains(QStringLiteral("G01")));

    CommunityMap map = GridMapStore::load(*db, m.place.communityId);
    REQUIRE(map.grids.size() == 2);
    CHECK(map.grid(m.west)->shape == square(0, 0, 100));
    CHECK(map.building(m.place.buildingId)->footprint.boundingRect() == QRectF(30, 44, 40, 12));
    CHECK(map.building(m.place.buildingId)->gridId == m.west);
    CHECK_FALSE(map.building(m.third)->placed);
    CHECK(map.placedBuildings() == 2);
    CHECK(GridMapService::gridAt(map, QPointF(150, 50)) == m.east);
    CHECK(GridMapService::gridAt(map, QPointF(500, 50)) == 0);

    // A building belongs to one grid: assigning it again moves it.
    REQUIRE(maps.assignBuilding(m.place.buildingId, m.east).ok());
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM grid_building WHERE building_id = ?"),
                      {m.place.buildingId}).toInt() == 1);
    CHECK(GridMapStore::load(*db, m.place.communityId).building(m.place.buildingId)->gridId == m.east);
    REQUIRE(maps.placeBuilding(m.second, false, {}).ok());
    CHECK_FALSE(GridMapStore::load(*db, m.place.communityId).building(m.second)->placed);

    // Every edit is audited with its old and new values.
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity IN ('grid', 'building')")).toInt() >= 8);

    // Viewers and grid workers look at the map; they do not redraw it.
    for (const Session &who : {test::viewer(), Session(QStringLiteral("gw"), Role::GridWorker)}) {
        GridMapService refused(*db, who);
        CHECK_FALSE(refused.setGridShape(m.west, square(0, 0, 50)).ok());
        CHECK_FALSE(refused.assignBuilding(m.third, m.west).ok());
        CHECK_FALSE(refused.addGrid(m.place.communityId, QStringLiteral("G9"), QStringLiteral("x"), {}).ok());
    }
    CHECK(GridMapStore::load(*db, m.place.communityId).grid(m.west)->shape == square(0, 0, 100));

    // A grid with a patrol log keeps it: deleting is refused, and nothing is lost.
    Patrol patrol;
    patrol.gridId = m.west;
    patrol.date = QDate::currentDate();
    patrol.worker = QStringLiteral("王梦琪");
    REQUIRE(PatrolLog(*db, admin).record(patrol).ok());
    const Status removed = maps.removeGrid(m.west);
    REQUIRE_FALSE(removed.ok());
    CHECK(removed.errorText().contains(QStringLiteral("第1网格")));
    CHECK(maps.removeGrid(m.east).ok());
}

TEST_CASE("GeoJSON goes out in WGS 84 and comes back to the same map", "[grids][geojson]")
{
    test::TempDatabase source;
    const SmallMap m = SmallMap::create(*source);
    const CommunityMap before = GridMapStore::load(*source, m.place.communityId);
    const QByteArray json = GeoJson::exportMap(before);

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root.value(QStringLiteral("type")).toString() == QStringLiteral("FeatureCollection"));
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    REQUIRE(features.size() == 4);
    const QJsonArray ring = features.at(0).toObject().value(QStringLiteral("geometry")).toObject()
                                .value(QStringLiteral("coordinates")).toArray().at(0).toArray();
    CHECK(ring.first() == ring.last()); // closed
    const double lon = ring.at(0).toArray().at(0).toDouble();
    const double lat = ring.at(0).toArray().at(1).toDouble();
    CHECK(lon == Approx(121.53).margin(0.01));
    CHECK(lat == Approx(38.96).margin(0.01));
    // RFC 7946: exterior rings counter-clockwise (positive shoelace area in lon/lat).
    double area = 0;
    for (int i = 0; i + 1 < ring.size(); ++i)
        area += ring.at(i).toArray().at(0).toDouble() * ring.at(i + 1).toArray().at(1).toDouble()
                - ring.at(i + 1).toArray().at(0).toDouble() * ring.at(i).toArray().at(1).toDouble();
    CHECK(area > 0);

    // Into a database with the same community and estate but nothing drawn.
    test::TempDatabase target;
    const test::SmallPlace place = test::SmallPlace::create(*target);
    const Session admin = test::admin();
    const Result<GeoJsonImportSummary> imported = GeoJson::importMap(*target, admin, place.communityId, json);
    REQUIRE(imported.ok());
    CHECK(imported.value().gridsCreated == 2);
    CHECK(imported.value().buildingsUpdated == 1);
    CHECK(imported.value().buildingsCreated == 1); // building 5 was not in this roster yet
    CHECK(imported.value().buildingsAssigned == 2);
    CHECK(imported.value().skipped == 0);
    const CommunityMap after = GridMapStore::load(*target, place.communityId);
    REQUIRE(after.grids.size() == 2);
    // The same corners; their order may turn around to satisfy RFC 7946's winding rule.
    const QPolygonF shape = after.grids.at(0).shape;
    REQUIRE(shape.size() == 4);
    for (const QPointF &corner : before.grids.at(0).shape)
        CHECK(std::any_of(shape.begin(), shape.end(), [&corner](const QPointF &p) {
            return std::abs(p.x() - corner.x()) < 0.02 && std::abs(p.y() - corner.y()) < 0.02;
        }));
    const MapBuilding *three = after.building(place.buildingId);
    REQUIRE(three);
    CHECK(three->position.x() == Approx(50).margin(0.02));
    CHECK(three->footprint.boundingRect().width() == Approx(40).margin(0.02));
    CHECK(after.grid(three->gridId)->code == QStringLiteral("G01"));

    // Importing the same file again changes nothing and creates nothing.
    const Result<GeoJsonImportSummary> again = GeoJson::importMap(*target, admin, place.communityId, json);
    REQUIRE(again.ok());
    CHECK(again.value().gridsCreated == 0);
    CHECK(again.value().buildingsCreated == 0);
    CHECK(sql::scalar(target->connection(), QStringLiteral("SELECT count(*) FROM building")).toInt() == 2);

    // Broken input is refused whole, and a feature that makes no sense is skipped with a reason.
    CHECK_FALSE(GeoJson::importMap(*target, admin, place.communityId, QByteArray("{\"type\": \"Feature")).ok());
    CHECK_FALSE(GeoJson::importMap(*target, admin, place.communityId, QByteArray("[1, 2]")).ok());
    const QByteArray odd = R"({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[121.53, 38.96]]]}, "properties": {"kind": "grid", "code": "X"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [121.5301, 38.9599]}, "properties": {"estate": "万科魅力之城", "number": "9"}}]})";
    const Result<GeoJsonImportSummary> partly = GeoJson::importMap(*target, admin, place.communityId, odd);
    REQUIRE(partly.ok());
    CHECK(partly.value().skipped == 1);
    REQUIRE(partly.value().problems.size() == 1);
    CHECK(partly.value().problems.first().contains(QLatin1Char('1')));
    CHECK(partly.value().buildingsCreated == 1);
    // The new building lies inside G01's outline, so it joined that grid.
    const CommunityMap last = GridMapStore::load(*target, place.communityId);
    for (const MapBuilding &b : last.buildings)
        if (b.number == QStringLiteral("9"))
            CHECK(last.grid(b.gridId)->code == QStringLiteral("G01"));

    CHECK_FALSE(GeoJson::importMap(*target, test::viewer(), place.communityId, json).ok());
}

TEST_CASE("incidents go grid → community → street, each step by the right role", "[grids][incidents]")
{
    test::TempDatabase db;
    const SmallMap m = SmallMap::create(*db);
    const Session admin = test::admin();
    const Session worker(QStringLiteral("gw"), Role::GridWorker);

    Patrol patrol;
    patrol.gridId = m.west;
    patrol.date = QDate::currentDate();
    patrol.worker = QStringLiteral("王梦琪");
    patrol.findings = QStringLiteral("3栋楼道堆放杂物");
    PatrolFinding finding{QStringLiteral("楼道堆放杂物"), incidentCategories().at(2), m.place.buildingId};
    PatrolFinding untitled;
    CHECK(fieldsOf(PatrolLog(*db, worker).record(patrol, &untitled).errors()) == QStringList{QStringLiteral("incident_title")});
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM patrol")).toInt() == 0);

    const Result<qint64> patrolId = PatrolLog(*db, worker).record(patrol, &finding);
    REQUIRE(patrolId.ok());
    const QList<Patrol> logged = PatrolLog(*db, admin).list({m.place.communityId, 0, {}, {}, 10});
    REQUIRE(logged.size() == 1);
    CHECK(logged.first().followUp == QStringLiteral("open"));
    const qint64 id = logged.first().incidentId;
    REQUIRE(id > 0);

    IncidentService byWorker(*db, worker);
    IncidentService byAdmin(*db, admin);
    CHECK(byWorker.find(id)->number.startsWith(QStringLiteral("E") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    REQUIRE(byWorker.take(id, QStringLiteral("accept")).ok());
    // Resolving needs to say what was done.
    const Status noResolution = byWorker.take(id, QStringLiteral("resolve"));
    REQUIRE_FALSE(noResolution.ok());
    CHECK(noResolution.errors().first().field == QStringLiteral("resolution"));
    // Too big for the grid: up to the community, where the grid worker no longer acts.
    REQUIRE(byWorker.take(id, QStringLiteral("escalate"), {{QStringLiteral("reason"), QStringLiteral("需动用维修资金")}}).ok());
    CHECK(byWorker.find(id)->level == incident_level::Community);
    CHECK(byWorker.find(id)->state == incident_state::Reported);
    CHECK(byWorker.available(*byWorker.find(id)).isEmpty());
    CHECK_FALSE(byWorker.take(id, QStringLiteral("accept")).ok());
    REQUIRE(byAdmin.take(id, QStringLiteral("escalate"), {{QStringLiteral("reason"), QStringLiteral("跨社区")}}).ok());
    CHECK(byAdmin.find(id)->level == incident_level::Street);
    const Status higher = byAdmin.take(id, QStringLiteral("escalate"), {{QStringLiteral("reason"), QStringLiteral("再上报")}});
    REQUIRE_FALSE(higher.ok());
    for (const Transition *t : byAdmin.available(*byAdmin.find(id)))
        CHECK(t->action != QStringLiteral("escalate"));
    REQUIRE(byAdmin.take(id, QStringLiteral("accept")).ok());
    REQUIRE(byAdmin.take(id, QStringLiteral("start")).ok());
    REQUIRE(byAdmin.take(id, QStringLiteral("resolve"), {{QStringLiteral("resolution"), QStringLiteral("已清理")}}).ok());
    CHECK_FALSE(byWorker.take(id, QStringLiteral("close")).ok());
    REQUIRE(byAdmin.take(id, QStringLiteral("close")).ok());
    CHECK(PatrolLog(*db, admin).list({m.place.communityId, 0, {}, {}, 10}).first().followUp == QStringLiteral("done"));

    // The whole trail is in the case history, and viewers cannot report.
    const QList<HistoryEntry> history = CaseHistory::of(*db, QStringLiteral("grid_incident"), id);
    QStringList actions;
    for (const HistoryEntry &h : history)
        actions << h.action;
    CHECK(actions == QStringList{QStringLiteral("report"), QStringLiteral("accept"), QStringLiteral("escalate"), QStringLiteral("escalate"),
                                 QStringLiteral("accept"), QStringLiteral("start"), QStringLiteral("resolve"), QStringLiteral("close")});
    GridIncident manual;
    manual.gridId = m.east;
    manual.title = QStringLiteral("路灯不亮");
    manual.category = incidentCategories().at(1);
    const Session readOnly = test::viewer();
    CHECK_FALSE(IncidentService(*db, readOnly).report(manual).ok());
    REQUIRE(byWorker.report(manual).ok());

    const QMap<QString, int> counts = IncidentService::countByState(*db);
    CHECK(counts.value(incident_state::Closed) == 1);
    CHECK(counts.value(incident_state::Reported) == 1);
    CHECK(counts.size() == 5);
    const QJsonObject stats = Statistics::collect(*db).toJson();
    CHECK(stats.value(QStringLiteral("incidents")).toObject().value(QStringLiteral("closed")).toInt() == 1);
    CHECK(byAdmin.list({m.place.communityId, 0, QString(), true, QStringLiteral("路灯"), 10}).size() == 1);
    CHECK(byAdmin.list({m.place.communityId, 0, QString(), false, QStringLiteral("100%"), 10}).isEmpty());
}

TEST_CASE("care plans: visits keep a resident off the overdue list", "[grids][care]")
{
    test::TempDatabase db;
    const SmallMap m = SmallMap::create(*db);
    const Session admin = test::admin();
    ResidentService residents(*db, admin);
    const qint64 alone = test::addResident(residents, QStringLiteral("刘桂英"), m.place.householdId, QStringLiteral("head"));
    sql::exec(db->connection(), QStringLiteral("UPDATE resident SET building_id = ?, community_id = ? WHERE id = ?"),
              {m.place.buildingId, m.place.communityId, alone});
    CarePlans care(*db, admin);
    const QDate today = QDate::currentDate();

    CarePlan plan;
    plan.residentId = alone;
    plan.category = QStringLiteral("独居");
    plan.frequencyDays = 0;
    const Result<qint64> refused = care.savePlan(plan);
    CHECK(fieldsOf(refused.errors()) == QStringList{QStringLiteral("frequency"), QStringLiteral("responsible")});
    plan.frequencyDays = 7;
    plan.responsible = QStringLiteral("王梦琪");
    plan.startedOn = today.addDays(-30);
    const Result<qint64> planId = care.savePlan(plan);
    REQUIRE(planId.ok());
    CHECK_FALSE(care.savePlan(plan).ok()); // one plan per person and list

    // Started a month ago and never visited: overdue.
    CHECK(CarePlans::countOverdue(*db, today) == 1);
    CareVisit visit;
    visit.planId = planId.value();
    visit.visitedOn = today.addDays(1);
    visit.visitor = QStringLiteral("王梦琪");
    CHECK(fieldsOf(care.recordVisit(visit).errors()) == QStringList{QStringLiteral("date")});
    visit.visitedOn = today.addDays(-7);
    REQUIRE(care.recordVisit(visit).ok());
    CHECK(CarePlans::countOverdue(*db, today) == 0);          // seven days ago is within "every 7 days"
    CHECK(CarePlans::countOverdue(*db, today.addDays(1)) == 1); // tomorrow it is eight
    const QList<CarePlan> overdue = care.list({m.place.communityId, 0, true, today.addDays(1), QString(), 100});
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.first().residentName == QStringLiteral("刘桂英"));
    CHECK(overdue.first().gridName == QStringLiteral("第1网格"));
    CHECK(overdue.first().daysSince(today.addDays(1)) == 8);
    CHECK(Statistics::collect(*db, today.addDays(1)).toJson().value(QStringLiteral("care_visits_overdue")).toInt() == 1);
    // The layer on the map counts the same person against their building.
    const MapLayerValues layer = MapLayers::compute(*db, m.place.communityId, MapLayer::OverdueVisits, today.addDays(1));
    CHECK(layer.byBuilding.value(m.place.buildingId) == 1);
    CHECK(layer.byGrid.value(m.west) == 1);

    const Session readOnly = test::viewer();
    CHECK_FALSE(CarePlans(*db, readOnly).recordVisit(visit).ok());
    REQUIRE(care.endPlan(planId.value()).ok());
    CHECK(CarePlans::countOverdue(*db, today.addDays(1)) == 0);
    CHECK_FALSE(care.recordVisit(visit).ok());
}

TEST_CASE("the monthly ranking scores patrols, incidents and visits", "[grids][reports]")
{
    test::TempDatabase db;
    const SmallMap m = SmallMap::create(*db);
    const Session admin = test::admin();
    // The west grid is walked every day of a past month, the east grid on ten days.
    const QDate first = QDate::currentDate().addMonths(-1);
    const QDate month(first.year(), first.month(), 1);
    PatrolLog log(*db, admin);
    for (int d = 0; d < month.daysInMonth(); ++d) {
        Patrol p;
        p.date = month.addDays(d);
        p.worker = QStringLiteral("王梦琪");
        p.gridId = m.west;
        REQUIRE(log.record(p).ok());
        if (d < 10) {
            p.gridId = m.east;
            REQUIRE(log.record(p).ok());
        }
    }
    const QList<GridPeriodRow> rows = GridPerformance::compute(*db, m.place.communityId, month, month.addDays(month.daysInMonth() - 1));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).gridName == QStringLiteral("第1网格"));
    CHECK(rows.at(0).rank == 1);
    CHECK(rows.at(0).score == Approx(100));
    CHECK(rows.at(1).patrolDays == 10);
    CHECK(rows.at(1).score == Approx(40.0 * 10 / month.daysInMonth() + 60));

    const ReportDocument doc = GridPerformance::monthlyRanking(*db, m.place.communityId, month.year(), month.month());
    const ReportBlock *table = doc.mainTable();
    REQUIRE(table);
    CHECK(table->rows.size() == 2);
    CHECK(table->rows.at(0).at(1).toString() == QStringLiteral("第1网格"));
}

TEST_CASE("the grid board and the map poster print as PDF with searchable Chinese", "[grids][reports]")
{
    test::TempDatabase db;
    const SmallMap m = SmallMap::create(*db);
    PlaceStore(*db).addGridStaff(m.west, QStringLiteral("网格长"), QStringLiteral("孙雪丹"), QStringLiteral("18868085458"));
    const QList<GridBoardCard> cards = GridBoard::cards(*db, m.place.communityId);
    REQUIRE(cards.size() == 2);
    CHECK(cards.at(0).staff.first().role == QStringLiteral("网格长"));
    CHECK(cards.at(0).buildings.first().startsWith(QStringLiteral("万科魅力之城")));

    QTemporaryDir dir;
    const QString board = dir.filePath(QStringLiteral("board.pdf"));
    const Result<int> pages = GridBoard::writePdf(cards, QDate(2026, 11, 29), board);
    REQUIRE(pages.ok());
    CHECK(pages.value() == 2);
    const QString text = test::pdfText(board);
    CHECK(text.contains(QStringLiteral("孙雪丹")));
    CHECK(text.contains(QStringLiteral("18868085458")));
    CHECK(text.contains(QStringLiteral("第2网格")));
    CHECK_FALSE(GridBoard::writePdf({}, QDate(2026, 11, 29), board).ok());

    const CommunityMap map = GridMapStore::load(*db, m.place.communityId);
    const QString poster = dir.filePath(QStringLiteral("poster.pdf"));
    const MapLayerValues none = MapLayers::compute(*db, m.place.communityId, MapLayer::None, QDate::currentDate());
    REQUIRE(MapPoster::writePdf(map, none, QDate(2026, 11, 29), QPageSize::A3, poster).ok());
    const QString posterText = test::pdfText(poster);
    CHECK(posterText.contains(QStringLiteral("第1网格")));
    CHECK(posterText.contains(QStringLiteral("魅力社区")));
}

TEST_CASE("the demo draws a map for its community and keeps a grid log", "[grids][demo]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.supermarket = false;
    options.today = QDate::currentDate();
    const Result<DemoSummary> demo = DemoGenerator::generate(*db, test::admin(), options);
    REQUIRE(demo.ok());
    const qint64 community = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM community")).toLongLong();
    const CommunityMap map = GridMapStore::load(*db, community);
    CHECK(map.buildings.size() == 62);
    CHECK(map.placedBuildings() == 62);
    // Every placed building lies inside the outline of the grid it belongs to.
    for (const MapBuilding &b : map.buildings) {
        const MapGrid *grid = map.grid(b.gridId);
        REQUIRE(grid);
        CHECK(grid->shape.containsPoint(b.position, Qt::OddEvenFill));
    }
    CHECK(demo.value().patrols > 200);
    CHECK(demo.value().incidents > 10);
    CHECK(demo.value().carePlans > 50);
    const int overdue = CarePlans::countOverdue(*db, options.today);
    CHECK(overdue > 0);
    CHECK(overdue < demo.value().carePlans / 4);
}

TEST_CASE("grid staff: roles are data, phones are checked, changes are audited", "[grids][staff]")
{
    test::TempDatabase db;
    const SmallMap m = SmallMap::create(*db);
    const Session admin = test::admin();
    GridStaff staff(*db, admin);
    QStringList roles;
    for (const GridRole &r : staff.roles())
        roles << r.name;
    CHECK(roles.mid(0, 2) == QStringList{QStringLiteral("网格长"), QStringLiteral("网格员")});
    CHECK(roles.contains(QStringLiteral("网格指导员")));

    const Result<qint64> guide = staff.addRole(QStringLiteral("  党建指导员 "));
    REQUIRE(guide.ok());
    CHECK(staff.addRole(QStringLiteral("党建指导员")).value() == guide.value()); // the same role, not a second one

    GridStaffMember member;
    member.gridId = m.west;
    member.roleId = guide.value();
    member.name = QStringLiteral("孙雪丹");
    member.phone = QStringLiteral("188 6808 545");
    const Result<qint64> bad = staff.save(member);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errors().first().field == QStringLiteral("phone"));
    member.phone = QStringLiteral("188-6808-5458");
    const Result<qint64> id = staff.save(member);
    INFO(id.errorText().toStdString());
    REQUIRE(id.ok());
    CHECK(staff.members(m.west).first().phone == QStringLiteral("18868085458"));
    CHECK(GridBoard::cards(*db, m.place.communityId).first().staff.first().name == QStringLiteral("孙雪丹"));

    const Session gridWorker = Session(QStringLiteral("gw"), Role::GridWorker);
    CHECK_FALSE(GridStaff(*db, gridWorker).remove(id.value()).ok());
    const Session readOnly = test::viewer();
    CHECK_FALSE(GridStaff(*db, readOnly).addRole(QStringLiteral("x")).ok());
    REQUIRE(staff.remove(id.value()).ok());
    CHECK(staff.members(m.west).isEmpty());
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'grid_staff'")).toInt() == 2);
}

TEST_CASE("a scanned site plan lies under the map where the user puts it", "[grids]")
{
    test::TempDatabase db;
    const SmallMap m = SmallMap::create(*db);
    const Session admin = test::admin();
    GridMapService maps(*db, admin);
    QImage plan(200, 100, QImage::Format_RGB32);
    plan.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(plan.save(&buffer, "PNG"));

    MapBackground background;
    background.image = QByteArray("not an image");
    CHECK(maps.setBackground(m.place.communityId, background).errors().first().field == QStringLiteral("image"));
    background.image = png;
    background.metresPerPixel = 0;
    CHECK(maps.setBackground(m.place.communityId, background).errors().first().field == QStringLiteral("scale"));
    background.metresPerPixel = 1.5;
    background.opacity = 2;
    CHECK(maps.setBackground(m.place.communityId, background).errors().first().field == QStringLiteral("opacity"));
    background.opacity = 0.5;
    background.origin = QPointF(-20, 10);
    REQUIRE(maps.setBackground(m.place.communityId, background).ok());
    const CommunityMap map = GridMapStore::load(*db, m.place.communityId);
    CHECK(map.background.image == png);
    CHECK(map.background.origin == QPointF(-20, 10));
    CHECK(map.background.metresPerPixel == 1.5);
    const Session readOnly = test::viewer();
    CHECK_FALSE(GridMapService(*db, readOnly).setBackground(m.place.communityId, {}).ok());
    // The anchor says where the plane lies on the globe; nonsense is refused.
    CHECK_FALSE(maps.setAnchor(m.place.communityId, 0, 0).ok());
    REQUIRE(maps.setAnchor(m.place.communityId, 121.6, 38.9).ok());
    CHECK(GridMapStore::load(*db, m.place.communityId).anchorLon == 121.6);
}
