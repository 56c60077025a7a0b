#include "stats/dashboarddata.h"
#include "accounts/scope.h"
#include "grids/careplans.h"
#include "db/database.h"
#include "db/sql.h"
#include "stats/annualstatistics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace jy {

namespace {

QList<DashboardBar> bars(QSqlQuery q, bool twoValues = false)
{
    QList<DashboardBar> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(), twoValues ? q.value(3).toDouble() : 0, {}, -1});
    return out;
}

} // namespace

Result<DashboardData> DashboardData::collect(Database &db, const Session &session, qint64 communityId, int year, const QDate &today)
{
    const Result<qint64> community = Scope::readableCommunity(db, session, communityId);
    if (!community)
        return community.errors();
    return collect(db, community.value(), year, today);
}

DashboardData DashboardData::collect(Database &db, qint64 communityId, int year, const QDate &today)
{
    DashboardData d;
    d.communityId = communityId;
    d.year = year;
    d.population = PopulationProfile::collect(db, today, communityId);
    QSqlDatabase conn = db.connection();
    const QVariantList scope{communityId, communityId};

    d.byGrid = bars(sql::exec(conn, QStringLiteral(
        "SELECT g.id, g.name, count(r.id), count(DISTINCT r.household_id) FROM grid g "
        "JOIN grid_building gb ON gb.grid_id = g.id JOIN resident r ON r.building_id = gb.building_id "
        "WHERE ? = 0 OR g.community_id = ? GROUP BY g.id, g.name ORDER BY g.community_id, g.code"), scope), true);
    const QMap<qint64, int> overdue = CarePlans::overdueByGrid(db, today, communityId);
    QSqlQuery grids = sql::exec(conn, QStringLiteral("SELECT id, name FROM grid WHERE ? = 0 OR community_id = ? ORDER BY community_id, code"), scope);
    while (grids.next())
        d.careOverdueByGrid.append({grids.value(0).toLongLong(), grids.value(1).toString(), double(overdue.value(grids.value(0).toLongLong())),
                                    0, {}, -1});
    d.partyByBranch = bars(sql::exec(conn, QStringLiteral(
        "SELECT b.id, b.name, count(m.resident_id) FROM party_branch b LEFT JOIN party_member m ON m.branch_id = b.id "
        "WHERE ? = 0 OR b.community_id = ? GROUP BY b.id, b.name ORDER BY b.community_id, b.id"), scope));

    // Party members by age band, from birth dates: ISO dates compare as text.
    const struct { int from; int to; const char *label; } bands[] = {
        {0, 34, QT_TRANSLATE_NOOP("jy::DashboardData", "under 35")}, {35, 59, QT_TRANSLATE_NOOP("jy::DashboardData", "35–59")},
        {60, 79, QT_TRANSLATE_NOOP("jy::DashboardData", "60–79")}, {80, 200, QT_TRANSLATE_NOOP("jy::DashboardData", "80 and over")}};
    for (const auto &band : bands) {
        const QString born_after = today.addYears(-(band.to + 1)).toString(Qt::ISODate);
        const QString born_by = today.addYears(-band.from).toString(Qt::ISODate);
        const int n = sql::scalar(conn, QStringLiteral(
            "SELECT count(*) FROM party_member m JOIN resident r ON r.id = m.resident_id "
            "WHERE r.birth_date > ? AND r.birth_date <= ? AND (? = 0 OR r.community_id = ?)"),
            {born_after, born_by, communityId, communityId}).toInt();
        d.partyByAge.append({band.from, QCoreApplication::translate("jy::DashboardData", band.label), double(n), 0, {}, band.to});
    }

    const AnnualStatistics s = AnnualStatistics::compute(db, year, communityId);
    for (int m = 1; m <= 12; ++m)
        d.ordersByMonth.append({m, QString::number(m), double(s.ordersByMonth.value(m - 1)), 0, {}, -1});
    const QString from = QDateTime(QDate(year, 1, 1), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    const QString to = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    d.ordersByCategory = bars(sql::exec(conn, QStringLiteral(
        "SELECT c.id, c.name, count(o.id) FROM service_category c JOIN service_item i ON i.category_id = c.id "
        "JOIN service_order o ON o.item_id = i.id AND o.completed_at >= ? AND o.completed_at < ? AND (? = 0 OR o.community_id = ?) "
        "GROUP BY c.id, c.name, c.sort_order ORDER BY c.sort_order"), {from, to, communityId, communityId}));
    d.hoursByTeam = bars(sql::exec(conn, QStringLiteral(
        "SELECT COALESCE(t.id, 0), COALESCE(t.name, ?), SUM(o.hours) FROM service_order o LEFT JOIN volunteer_team t ON t.id = o.team_id "
        "WHERE o.completed_at >= ? AND o.completed_at < ? AND (? = 0 OR o.community_id = ?) "
        "GROUP BY t.id, t.name ORDER BY 3 DESC"),
        {QCoreApplication::translate("jy::DashboardData", "on their own"), from, to, communityId, communityId}));

    for (int y = year - 4; y <= year; ++y)
        d.honorsByYearAndLevel.insert(y, {});
    QSqlQuery honors = sql::exec(conn, QStringLiteral(
        "SELECT year, level, count(*) FROM honor WHERE year BETWEEN ? AND ? AND (? = 0 OR community_id = ?) GROUP BY year, level"),
        {year - 4, year, communityId, communityId});
    while (honors.next())
        d.honorsByYearAndLevel[honors.value(0).toInt()].insert(honors.value(1).toString(), honors.value(2).toInt());

    // Dates are ISO text, times UTC ISO text: both compare as text on SQLite and PostgreSQL.
    const QString firstDay = QDate(year, 1, 1).toString(Qt::ISODate);
    const QString lastDay = QDate(year, 12, 31).toString(Qt::ISODate);
    const struct { const char *key; const char *label; const char *statement; bool times; } registers[] = {
        {"branch_meetings", QT_TRANSLATE_NOOP("jy::DashboardData", "branch meetings"),
         "SELECT count(*) FROM party_meeting m JOIN party_branch b ON b.id = m.branch_id "
         "WHERE m.held_on >= ? AND m.held_on <= ? AND (? = 0 OR b.community_id = ?)", false},
        {"meetings", QT_TRANSLATE_NOOP("jy::DashboardData", "residents' meetings"),
         "SELECT count(*) FROM governance_meeting WHERE held_on >= ? AND held_on <= ? AND (? = 0 OR community_id = ?)", false},
        {"mediation", QT_TRANSLATE_NOOP("jy::DashboardData", "mediation cases"),
         "SELECT count(*) FROM mediation_case WHERE created_at >= ? AND created_at < ? AND (? = 0 OR community_id = ?)", true},
        {"agency", QT_TRANSLATE_NOOP("jy::DashboardData", "agency services"),
         "SELECT count(*) FROM agency_service WHERE created_at >= ? AND created_at < ? AND (? = 0 OR community_id = ?)", true},
        {"activities", QT_TRANSLATE_NOOP("jy::DashboardData", "activities"),
         "SELECT count(*) FROM activity WHERE held_on >= ? AND held_on <= ? AND (? = 0 OR community_id = ?)", false},
        {"projects", QT_TRANSLATE_NOOP("jy::DashboardData", "co-building projects"),
         "SELECT count(*) FROM cobuilding_project WHERE created_at >= ? AND created_at < ? AND (? = 0 OR community_id = ?)", true},
    };
    for (const auto &r : registers) {
        const int n = sql::scalar(conn, QString::fromLatin1(r.statement),
                                  {r.times ? from : firstDay, r.times ? to : lastDay, communityId, communityId}).toInt();
        d.governanceOfYear.append({0, QCoreApplication::translate("jy::DashboardData", r.label), double(n), 0, QString::fromLatin1(r.key), -1});
    }
    return d;
}

} // namespace jy
