#include "testsupport.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "grids/careplans.h"
#include "stats/annualstatistics.h"
#include "stats/dashboarddata.h"

using namespace jy;

TEST_CASE("the dashboard's figures add up to the registers they come from", "[stats]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.today = QDate(2026, 11, 29);
    REQUIRE(DemoGenerator::generate(*db, Session::localAdministrator(), options).ok());
    QSqlDatabase conn = db->connection();
    const auto count = [&conn](const char *statement) { return sql::scalar(conn, QString::fromUtf8(statement)).toInt(); };

    const DashboardData d = DashboardData::collect(*db, 0, 2025, options.today);
    double residents = 0, households = 0, members = 0, byAge = 0, months = 0, categories = 0, hours = 0;
    for (const DashboardBar &b : d.byGrid) {
        residents += b.value;
        households += b.second;
    }
    for (const DashboardBar &b : d.partyByBranch)
        members += b.value;
    for (const DashboardBar &b : d.partyByAge)
        byAge += b.value;
    for (const DashboardBar &b : d.ordersByMonth)
        months += b.value;
    for (const DashboardBar &b : d.ordersByCategory)
        categories += b.value;
    for (const DashboardBar &b : d.hoursByTeam)
        hours += b.value;
    CHECK(d.byGrid.size() == 9);
    double overdue = 0;
    for (const DashboardBar &b : d.careOverdueByGrid)
        overdue += b.value;
    CHECK(d.careOverdueByGrid.size() == 9);
    CHECK(overdue == CarePlans::countOverdue(*db, options.today));
    CHECK(residents == count("SELECT count(*) FROM resident WHERE building_id IN (SELECT building_id FROM grid_building)"));
    CHECK(households > 4000);
    CHECK(members == count("SELECT count(*) FROM party_member"));
    CHECK(byAge == members);
    const AnnualStatistics s = AnnualStatistics::compute(*db, 2025);
    CHECK(months == s.total.ordersCompleted);
    CHECK(categories == s.total.ordersCompleted);
    CHECK(hours == Approx(s.total.serviceHours));
    CHECK(d.honorsByYearAndLevel.size() == 5);
    CHECK(d.honorsByYearAndLevel.contains(2021));
    CHECK(d.population.residents == count("SELECT count(*) FROM resident"));

    // The party and governance work of the year, register by register.
    QStringList keys;
    for (const DashboardBar &b : d.governanceOfYear)
        keys << b.code;
    CHECK(keys == QStringList{QStringLiteral("branch_meetings"), QStringLiteral("meetings"), QStringLiteral("mediation"), QStringLiteral("agency"),
                              QStringLiteral("activities"), QStringLiteral("projects")});
    CHECK(d.governanceOfYear.at(0).value == count("SELECT count(*) FROM party_meeting WHERE held_on BETWEEN '2025-01-01' AND '2025-12-31'"));
    CHECK(d.governanceOfYear.at(1).value == count("SELECT count(*) FROM governance_meeting WHERE held_on BETWEEN '2025-01-01' AND '2025-12-31'"));
    CHECK(d.governanceOfYear.at(4).value == count("SELECT count(*) FROM activity WHERE held_on BETWEEN '2025-01-01' AND '2025-12-31'"));
    for (const DashboardBar &b : d.governanceOfYear) {
        INFO(b.code.toStdString());
        CHECK(b.value > 0);
    }
    const DashboardData meili = DashboardData::collect(*db, 1, 2025, options.today);
    CHECK(meili.governanceOfYear.at(2).value <= d.governanceOfYear.at(2).value);
}
