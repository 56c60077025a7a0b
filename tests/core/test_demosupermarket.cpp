#include "testsupport.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "volunteer/orderservice.h"
#include "volunteer/orderworkflow.h"
#include "volunteer/supermarketsettings.h"
#include "volunteer/volunteerranking.h"

#include <QSqlQuery>

using namespace jy;

namespace {

qint64 count(Database &db, const QString &statement, std::initializer_list<QVariant> values = {})
{
    return sql::scalar(db.connection(), statement, values).toLongLong();
}

QStringList orderRows(Database &db)
{
    QStringList rows;
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral(
        "SELECT number, resident_id, item_id, state, state_since, volunteer_id, hours, rating FROM service_order ORDER BY id"));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 8; ++i)
            fields << q.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace

TEST_CASE("the demo's supermarket follows its own rules and is the same for the same seed and day", "[demo][supermarket]")
{
    test::TempDatabase a, b;
    const Session session = Session::localAdministrator();
    DemoOptions options;
    options.today = QDate(2026, 11, 29);
    const Result<DemoSummary> result = DemoGenerator::generate(*a, session, options);
    REQUIRE(result.ok());
    REQUIRE(DemoGenerator::generate(*b, session, options).ok());
    CHECK(orderRows(*a) == orderRows(*b));
    Database &db = *a;

    const DemoSummary &s = result.value();
    CHECK(s.teams == 11);              // the seed's eleven teams of 魅力社区
    CHECK(s.shops >= 1);
    CHECK(s.volunteers > 100);         // "at least 100 volunteers" come to the 12.17 day
    CHECK(s.orders > 2000);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM volunteer_team WHERE name = '春丽巾帼志愿服务队'")) == 1);
    CHECK(count(db, QStringLiteral("SELECT min(created_at) >= '2024-12-31' FROM service_order")) == 1);
    CHECK(count(db, QStringLiteral("SELECT max(created_at) <= '2026-11-29T10:00:00Z' FROM service_order")) == 1);

    // Closed orders are old; open ones are recent, and every open state is on the board.
    for (const QString &state : {order_state::Submitted, order_state::Approved, order_state::Dispatched, order_state::Accepted,
                                 order_state::InService, order_state::Completed, order_state::Rated, order_state::Rejected,
                                 order_state::Cancelled}) {
        INFO(state.toStdString());
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM service_order WHERE state = ?"), {state}) > 0);
    }
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM service_order WHERE state IN ('submitted', 'approved', 'dispatched', "
                                   "'accepted', 'in_service') AND created_at < '2026-11-15'")) == 0);

    // Each order's history ends in its state and starts with its submission.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM service_order o WHERE o.state <> (SELECT to_state FROM case_history h "
                                   "WHERE h.case_kind = 'volunteer_order' AND h.case_id = o.id ORDER BY h.id DESC LIMIT 1)")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM service_order o WHERE (SELECT action FROM case_history h "
                                   "WHERE h.case_kind = 'volunteer_order' AND h.case_id = o.id ORDER BY h.id LIMIT 1) <> 'submit'")) == 0);
    // Points: one credit per completed order, none for others; no balance below zero.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM service_order WHERE state IN ('completed', 'rated')"))
          == count(db, QStringLiteral("SELECT count(*) FROM points_ledger WHERE kind = 'credit'")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM points_ledger l JOIN service_order o ON o.id = l.order_id "
                                   "WHERE o.state NOT IN ('completed', 'rated') OR o.volunteer_id <> l.volunteer_id")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (SELECT volunteer_id FROM points_ledger GROUP BY volunteer_id HAVING SUM(points) < 0) x")) == 0);
    // The 2025 charity day handed out gifts; the 2026 one is planned, not yet held.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM redemption r JOIN redemption_event e ON e.id = r.event_id WHERE e.held_on = '2025-12-17'")) > 50);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM redemption r JOIN redemption_event e ON e.id = r.event_id WHERE e.held_on = '2026-12-17'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM gift_tier WHERE stock < 0")) == 0);

    // 王春丽 serves more than anyone, as the seed says.
    const VolunteerRanking ranking = VolunteerRanking::compute(db, 2025);
    REQUIRE_FALSE(ranking.rows.isEmpty());
    CHECK(ranking.rows.first().name == QStringLiteral("王春丽"));
    CHECK(ranking.rows.first().stars >= 4);
}
