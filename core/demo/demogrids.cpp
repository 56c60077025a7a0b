#include "demo/demogrids.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "demo/demorandom.h"
#include "grids/careplans.h"
#include "grids/gridincident.h"
#include "grids/gridmapservice.h"
#include "grids/incidentworkflow.h"
#include "grids/patrollog.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTime>
#include <QTimeZone>
#include <cmath>

namespace jy {

namespace {

constexpr double kRoad = 28;        // metres between blocks
constexpr double kDepth = 12;       // a slab building's depth
constexpr double kUnitWidth = 13;   // one stairwell (单元) of frontage
constexpr double kRowGap = 26;      // between rows, for light and green space
constexpr int kPerRow = 3;

struct DemoBuilding
{
    qint64 id = 0;
    int units = 1;
};

void demoCheck(const Status &s)
{
    if (!s)
        throw DbError(QStringLiteral("demo grid work: ") + s.errorText());
}

template <typename T>
T demoValue(const Result<T> &r)
{
    if (!r)
        throw DbError(QStringLiteral("demo grid work: ") + r.errorText());
    return r.value();
}

QDateTime localAt(const QDate &day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), QTimeZone(QTimeZone::systemTimeZoneId())).toUTC();
}

// Lays out one community: grids as blocks in rows of blocks, buildings in rows inside them.
int layOut(Database &db, GridMapService &maps, DemoRandom &random, qint64 communityId, int index)
{
    QSqlDatabase conn = db.connection();
    demoCheck(maps.setAnchor(communityId, 121.53 + (index % 5) * 0.012, 38.96 - (index / 5) * 0.010));
    QList<qint64> grids;
    QHash<qint64, QList<DemoBuilding>> buildings;
    QSqlQuery g = sql::exec(conn, QStringLiteral("SELECT id FROM grid WHERE community_id = ? ORDER BY code"), {communityId});
    while (g.next())
        grids << g.value(0).toLongLong();
    QSqlQuery b = sql::exec(conn, QStringLiteral(
        "SELECT gb.grid_id, b.id, (SELECT count(*) FROM unit u WHERE u.building_id = b.id) FROM grid_building gb "
        "JOIN building b ON b.id = gb.building_id JOIN grid g ON g.id = gb.grid_id WHERE g.community_id = ? ORDER BY gb.grid_id, b.id"),
        {communityId});
    while (b.next())
        buildings[b.value(0).toLongLong()].append({b.value(1).toLongLong(), std::max(1, b.value(2).toInt())});

    const int columns = std::max(1, int(std::ceil(std::sqrt(grids.size() * 1.2))));
    const double blockWidth = kPerRow * (4 * kUnitWidth + 14) + 16;
    double top = 0;
    int placed = 0;
    for (int row = 0; row * columns < grids.size(); ++row) {
        double rowHeight = 0;
        for (int col = 0; col < columns && row * columns + col < grids.size(); ++col) {
            const qint64 gridId = grids.at(row * columns + col);
            const QList<DemoBuilding> &list = buildings.value(gridId);
            const int rows = std::max(1, int(std::ceil(list.size() / double(kPerRow))));
            rowHeight = std::max(rowHeight, rows * (kDepth + kRowGap) + 16);
        }
        for (int col = 0; col < columns && row * columns + col < grids.size(); ++col) {
            const qint64 gridId = grids.at(row * columns + col);
            const double left = col * (blockWidth + kRoad);
            // A block's corners lean a little, as real plots do, but never into the road.
            auto lean = [&random] { return random.below(7) - 3.0; };
            const QPolygonF shape({QPointF(left + std::abs(lean()), top + std::abs(lean())),
                                   QPointF(left + blockWidth - std::abs(lean()), top + std::abs(lean())),
                                   QPointF(left + blockWidth - std::abs(lean()), top + rowHeight - std::abs(lean())),
                                   QPointF(left + std::abs(lean()), top + rowHeight - std::abs(lean()))});
            demoCheck(maps.setGridShape(gridId, shape));
            const QList<DemoBuilding> &list = buildings.value(gridId);
            for (int i = 0; i < list.size(); ++i) {
                const double width = list.at(i).units * kUnitWidth;
                const double slot = blockWidth / kPerRow;
                const double x = left + (i % kPerRow) * slot + (slot - width) / 2;
                const double y = top + 18 + (i / kPerRow) * (kDepth + kRowGap);
                const QPolygonF footprint(QRectF(x, y, width, kDepth));
                demoCheck(maps.placeBuilding(list.at(i).id, true, footprint.boundingRect().center(), footprint));
                ++placed;
            }
        }
        top += rowHeight + kRoad;
    }
    return placed;
}

struct Finding
{
    const char *title;
    int category;     // index into incidentCategories()
};

const Finding kFindings[] = {
    {"楼道堆放杂物，影响消防通道", 2}, {"单元门禁损坏", 1}, {"路灯不亮", 1}, {"垃圾桶满溢未及时清运", 0},
    {"电动车楼道内充电", 2}, {"下水道堵塞返味", 1}, {"楼上漏水影响楼下住户", 3}, {"占用绿地种菜", 4},
    {"小广告乱贴乱画", 0}, {"井盖松动", 2}, {"居民反映噪音扰民", 3}, {"独居老人家中燃气报警器失灵", 2},
    {"车辆乱停占用消防通道", 4}, {"楼顶防水层破损", 1}, {"宠物粪便无人清理", 0}, {"居民咨询医保缴费", 5},
};

const char *const kQuietFindings[] = {"网格内环境整洁，无异常", "走访独居老人两户，情况良好", "检查消防通道畅通",
                                      "宣传防诈骗知识", "巡查楼道，清理小广告", "了解居民诉求，无需处理事项"};

const char *const kResolutions[] = {"已联系物业处理完毕", "已协调相关住户整改", "已报修并修复", "已清理完毕，居民满意",
                                    "已上门调解，双方达成一致", "已协调社区共建单位解决"};

int patrolsAndIncidents(Database &db, const Session &session, DemoRandom &random, qint64 communityId, const QDate &today,
                        int *incidentCount)
{
    QSqlDatabase conn = db.connection();
    QList<QPair<qint64, QString>> walkers;   // grid, the worker who walks it
    QHash<qint64, QList<qint64>> buildingsOf;
    QSqlQuery g = sql::exec(conn, QStringLiteral(
        "SELECT g.id, (SELECT s.name FROM grid_staff s JOIN grid_role r ON r.id = s.role_id WHERE s.grid_id = g.id "
        "ORDER BY CASE r.name WHEN '网格员' THEN 0 WHEN '专职网格员' THEN 0 WHEN '网格长' THEN 1 ELSE 2 END, s.id LIMIT 1) "
        "FROM grid g WHERE g.community_id = ? ORDER BY g.code"), {communityId});
    while (g.next())
        walkers.append({g.value(0).toLongLong(), g.value(1).toString().isEmpty() ? QStringLiteral("网格员") : g.value(1).toString()});
    QSqlQuery b = sql::exec(conn, QStringLiteral("SELECT gb.grid_id, gb.building_id FROM grid_building gb JOIN grid g ON g.id = gb.grid_id "
                                                 "WHERE g.community_id = ?"), {communityId});
    while (b.next())
        buildingsOf[b.value(0).toLongLong()].append(b.value(1).toLongLong());

    PatrolLog log(db, session);
    IncidentService incidents(db, session);
    const QStringList categories = incidentCategories();
    int patrols = 0;
    // Six weeks of patrols; a grid is skipped now and then (sick days, meetings), more so on
    // weekends, so the bulletin has differences to show.
    for (int daysAgo = 41; daysAgo >= 0; --daysAgo) {
        const QDate day = today.addDays(-daysAgo);
        const bool weekend = day.dayOfWeek() >= 6;
        for (const auto &[gridId, worker] : walkers) {
            if (random.chance(weekend ? 0.55 : 0.12))
                continue;
            Patrol patrol;
            patrol.gridId = gridId;
            patrol.date = day;
            patrol.worker = worker;
            if (!random.chance(0.14)) {
                patrol.findings = QString::fromUtf8(kQuietFindings[random.below(int(std::size(kQuietFindings)))]);
                demoValue(log.record(patrol));
                ++patrols;
                continue;
            }
            const Finding &f = kFindings[random.below(int(std::size(kFindings)))];
            patrol.findings = QString::fromUtf8(f.title);
            PatrolFinding finding;
            finding.title = QString::fromUtf8(f.title);
            finding.category = categories.at(f.category);
            const QList<qint64> &inGrid = buildingsOf.value(gridId);
            finding.buildingId = inGrid.isEmpty() ? 0 : inGrid.at(random.below(int(inGrid.size())));
            const qint64 patrolId = demoValue(log.record(patrol, &finding));
            ++patrols;
            ++*incidentCount;
            const qint64 incidentId = sql::scalar(conn, QStringLiteral("SELECT incident_id FROM patrol WHERE id = ?"), {patrolId}).toLongLong();
            // Older incidents have run their course; recent ones are still on their way.
            QDateTime at = localAt(day, 17, 0);
            auto step = [&](const QString &action, const QVariantMap &fields, int hours) {
                at = at.addSecs(3600 * hours);
                if (at > QDateTime::currentDateTimeUtc())
                    return false;
                demoCheck(incidents.take(incidentId, action, fields, at));
                return true;
            };
            const int age = daysAgo;
            if (age == 0)
                continue;   // found today: still waiting to be accepted
            const bool big = random.chance(0.12);
            if ((age <= 2 && random.chance(0.5)) || !step(QStringLiteral("accept"), {}, random.between(1, 16)))
                continue;
            if (big) {
                if (!step(QStringLiteral("escalate"), {{QStringLiteral("reason"), QStringLiteral("涉及公共维修资金，需社区协调")}}, random.between(2, 30)))
                    continue;
                if (!step(QStringLiteral("accept"), {}, random.between(2, 24)))
                    continue;
            }
            if (age < 1 || !step(QStringLiteral("start"), {}, random.between(1, 24)))
                continue;
            const int handling = random.chance(0.15) ? random.between(72, 200) : random.between(4, 60);
            if (age < 3 && random.chance(0.5))
                continue;
            if (!step(QStringLiteral("resolve"),
                      {{QStringLiteral("resolution"), QString::fromUtf8(kResolutions[random.below(int(std::size(kResolutions)))])}}, handling))
                continue;
            if (age < 5 && random.chance(0.6))
                continue;
            step(QStringLiteral("close"), {}, random.between(4, 48));
        }
    }
    return patrols;
}

int care(Database &db, const Session &session, DemoRandom &random, qint64 communityId, const QDate &today, int *visitCount)
{
    QSqlDatabase conn = db.connection();
    // Who is responsible: the grid's 网格员, or its leader.
    QSqlQuery q = sql::exec(conn, QStringLiteral(
        "SELECT r.id, t.name, "
        "(SELECT s.name FROM grid_building gb JOIN grid_staff s ON s.grid_id = gb.grid_id WHERE gb.building_id = r.building_id ORDER BY s.id LIMIT 1), "
        "(SELECT s.phone FROM grid_building gb JOIN grid_staff s ON s.grid_id = gb.grid_id WHERE gb.building_id = r.building_id ORDER BY s.id LIMIT 1) "
        "FROM resident r JOIN resident_tag rt ON rt.resident_id = r.id JOIN tag t ON t.id = rt.tag_id "
        "WHERE r.community_id = ? AND t.name IN ('独居', '孤寡', '残疾', '高龄') ORDER BY r.id, t.name"), {communityId});
    struct Candidate { qint64 resident; QString list; QString responsible; QString phone; };
    std::vector<Candidate> candidates;
    QSet<qint64> seen;
    while (q.next()) {
        const qint64 resident = q.value(0).toLongLong();
        if (seen.contains(resident))
            continue;   // one plan per person here, under their first list
        seen.insert(resident);
        candidates.push_back({resident, q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    random.shuffle(candidates);
    if (candidates.size() > 160)
        candidates.resize(160);
    CarePlans plans(db, session);
    int made = 0;
    for (const Candidate &c : candidates) {
        CarePlan plan;
        plan.residentId = c.resident;
        plan.category = c.list;
        plan.frequencyDays = (c.list == QLatin1String("独居") || c.list == QLatin1String("孤寡")) ? 7 : c.list == QLatin1String("残疾") ? 14 : 30;
        plan.responsible = c.responsible.isEmpty() ? QStringLiteral("网格员") : c.responsible;
        plan.phone = c.phone;
        plan.startedOn = today.addDays(-random.between(60, 400));
        const qint64 planId = demoValue(plans.savePlan(plan));
        ++made;
        // Visits at roughly the plan's rhythm over the last three months; one plan in ten
        // has slipped lately, which is what the overdue list is for.
        const bool slipping = random.chance(0.10);
        QDate day = std::max(plan.startedOn, today.addDays(-90));
        const QDate stop = slipping ? today.addDays(-plan.frequencyDays - random.between(2, 10)) : today;
        while (true) {
            day = day.addDays(std::max(1, plan.frequencyDays - random.between(0, plan.frequencyDays / 3)));
            if (day > stop)
                break;
            CareVisit visit;
            visit.planId = planId;
            visit.visitedOn = day;
            visit.mode = random.chance(0.35) ? QStringLiteral("phone") : QStringLiteral("home");
            visit.visitor = plan.responsible;
            visit.notes = visit.mode == QLatin1String("phone") ? QStringLiteral("电话问候，身体状况良好")
                                                                : QStringLiteral("入户走访，了解生活需求");
            demoValue(plans.recordVisit(visit));
            ++*visitCount;
        }
    }
    return made;
}

} // namespace

DemoGrids::Summary DemoGrids::generate(Database &db, const Session &session, DemoRandom &random, const QList<qint64> &communityIds,
                                       const QDate &today)
{
    Summary summary;
    GridMapService maps(db, session);
    for (int i = 0; i < communityIds.size(); ++i) {
        summary.placedBuildings += layOut(db, maps, random, communityIds.at(i), i);
        summary.patrols += patrolsAndIncidents(db, session, random, communityIds.at(i), today, &summary.incidents);
        summary.carePlans += care(db, session, random, communityIds.at(i), today, &summary.careVisits);
    }
    return summary;
}

} // namespace jy
