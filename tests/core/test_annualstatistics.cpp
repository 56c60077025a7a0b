#include "testsupport.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "stats/annualstatistics.h"

using namespace jy;

TEST_CASE("the annual statistics count each community's year and add up to the total", "[stats]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.communities = 2;
    options.today = QDate(2026, 11, 29);
    REQUIRE(DemoGenerator::generate(*db, Session::localAdministrator(), options).ok());
    QSqlDatabase conn = db->connection();
    const auto count = [&conn](const char *statement) { return sql::scalar(conn, QString::fromUtf8(statement)).toInt(); };

    const AnnualStatistics s = AnnualStatistics::compute(*db, 2025);
    REQUIRE(s.rows.size() == 2);
    CHECK(s.rows.at(0).community == QStringLiteral("魅力社区"));
    CHECK(s.total.residents == count("SELECT count(*) FROM resident"));
    CHECK(s.total.households == count("SELECT count(*) FROM household"));
    CHECK(s.total.partyMembers == count("SELECT count(*) FROM party_member"));
    CHECK(s.total.ordersSubmitted == count("SELECT count(*) FROM service_order WHERE created_at LIKE '2025%'") );
    CHECK(s.total.ordersCompleted > 1000);
    CHECK(s.total.residentsServed <= s.total.ordersCompleted);
    CHECK(s.total.serviceHours > s.total.ordersCompleted * 0.4);
    CHECK(s.total.honors == count("SELECT count(*) FROM honor WHERE year = 2025"));
    CHECK(s.rows.at(0).ordersCompleted + s.rows.at(1).ordersCompleted == s.total.ordersCompleted);
    int byMonth = 0;
    for (int m : s.ordersByMonth)
        byMonth += m;
    CHECK(byMonth == s.total.ordersCompleted);
    int byCategory = 0;
    for (const auto &c : s.ordersByCategory)
        byCategory += c.second;
    CHECK(byCategory == s.total.ordersCompleted);
    CHECK(s.total.community == QStringLiteral("合计"));

    const AnnualStatistics one = AnnualStatistics::compute(*db, 2025, s.rows.at(1).communityId);
    REQUIRE(one.rows.size() == 1);
    CHECK(one.total.ordersCompleted == s.rows.at(1).ordersCompleted);
    int calls = 0;
    const AnnualStatistics stopped = AnnualStatistics::compute(*db, 2025, 0, [&calls](int, int) { return ++calls < 1; });
    CHECK(stopped.rows.isEmpty());
    CHECK(AnnualStatistics::compute(*db, 2030).total.ordersCompleted == 0);
}
