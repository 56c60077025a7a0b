#include "testsupport.h"
#include "audit/auditlog.h"
#include "db/sql.h"
#include "residents/residentservice.h"
#include "stats/statistics.h"
#include "volunteer/catalogue.h"
#include "volunteer/orderboard.h"
#include "volunteer/orderservice.h"
#include "volunteer/orderworkflow.h"
#include "volunteer/pointsservice.h"
#include "volunteer/servicecertificate.h"
#include "volunteer/supermarketsettings.h"
#include "volunteer/volunteerranking.h"
#include "volunteer/volunteers.h"

#include <algorithm>
#include <random>

using namespace jy;

namespace {

// A community with one resident who orders and two volunteers who serve.
struct Shop
{
    test::TempDatabase db;
    Session admin = test::admin();
    test::SmallPlace place;
    qint64 residentId = 0;
    qint64 volunteerA = 0, volunteerB = 0, teamId = 0;
    qint64 haircut = 0;   // per item, 2 points
    qint64 chat = 0;      // per hour, 1 point an hour

    Shop()
    {
        place = test::SmallPlace::create(*db);
        ResidentService residents(*db, admin);
        Resident r;
        r.name = QStringLiteral("李素芳");
        r.birthDate = QDate(1942, 3, 2);
        r.sex = QStringLiteral("F");
        r.householdId = place.householdId;
        r.relation = QStringLiteral("head");
        r.tags = QStringList{QStringLiteral("独居"), QStringLiteral("残疾")};
        residentId = residents.create(r).value();
        sql::exec(db->connection(), QStringLiteral("UPDATE resident SET community_id = ? WHERE id = ?"), {place.communityId, residentId});

        VolunteerService volunteers(*db, admin);
        VolunteerTeam team;
        team.name = QStringLiteral("小王义剪");
        team.communityId = place.communityId;
        teamId = volunteers.saveTeam(team).value();
        Volunteer a;
        a.name = QStringLiteral("王春丽");
        a.communityId = place.communityId;
        a.teamId = teamId;
        a.registeredOn = QDate(2020, 5, 1);
        volunteerA = volunteers.saveVolunteer(a).value();
        Volunteer b;
        b.name = QStringLiteral("张建国");
        b.communityId = place.communityId;
        b.unitName = QStringLiteral("甘井子区税务局");
        b.registeredOn = QDate(2021, 3, 1);
        volunteerB = volunteers.saveVolunteer(b).value();

        CatalogueService catalogue(*db, admin);
        for (const ServiceItem &i : catalogue.items()) {
            if (i.name == QStringLiteral("义务理发（义剪）"))
                haircut = i.id;
            if (i.name == QStringLiteral("唠家常（聊天陪伴）"))
                chat = i.id;
        }
        REQUIRE(haircut);
        REQUIRE(chat);
    }

    qint64 order(qint64 item, const QDateTime &at = {})
    {
        OrderService orders(*db, admin);
        ServiceOrder o;
        o.residentId = residentId;
        o.itemId = item;
        o.channel = order_channel::Phone;
        const Result<qint64> id = orders.submit(o, at);
        INFO(id.errorText().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    // Takes an order from submitted to completed with the given volunteer and hours.
    void complete(qint64 id, qint64 volunteer, double hours)
    {
        OrderService orders(*db, admin);
        const QList<QPair<QString, QVariantMap>> steps = {
            {QStringLiteral("approve"), {}},
            {QStringLiteral("dispatch"), {{QStringLiteral("volunteer_id"), volunteer}}},
            {QStringLiteral("accept"), {}},
            {QStringLiteral("start"), {}},
            {QStringLiteral("complete"), {{QStringLiteral("hours"), hours}, {QStringLiteral("note"), QStringLiteral("已完成")}}},
        };
        for (const auto &[action, fields] : steps) {
            const Status s = orders.take(id, action, fields);
            INFO(action.toStdString() << ": " << s.errorText().toStdString());
            REQUIRE(s.ok());
        }
    }
};

} // namespace

TEST_CASE("the default catalogue has ten categories and sixty items", "[supermarket]")
{
    test::TempDatabase db;
    Session admin = test::admin();
    CatalogueService catalogue(*db, admin);
    CHECK(catalogue.categories().size() == 10);
    CHECK(catalogue.items().size() == 60);
    ServiceItem item = catalogue.items().first();
    item.points = 5;
    REQUIRE(catalogue.saveItem(item).ok());
    CHECK(catalogue.item(item.id)->points == 5);
    CHECK(AuditLog::count(*db, QStringLiteral("service_item"), item.id) == 1);
    item.name.clear();
    CHECK_FALSE(catalogue.saveItem(item).ok());
    const Session staff(QStringLiteral("clerk"), Role::Staff);
    CatalogueService byStaff(*db, staff);
    CHECK_FALSE(byStaff.saveCategory({0, QStringLiteral("新类别"), 0, true}).ok());
}

TEST_CASE("an order goes from submission to rating with a history entry for each step", "[supermarket]")
{
    Shop shop;
    const qint64 id = shop.order(shop.haircut);
    OrderService orders(*shop.db, shop.admin);
    std::optional<ServiceOrder> o = orders.find(id);
    REQUIRE(o);
    CHECK(o->state == order_state::Submitted);
    CHECK(o->requesterName == QStringLiteral("李素芳"));
    CHECK(o->communityId == shop.place.communityId);
    CHECK(o->number.size() == 12);
    // Numbered within the (local) day.
    const QDateTime morning(QDate(2026, 3, 2), QTime(9, 0));
    const qint64 first = shop.order(shop.haircut, morning);
    const qint64 second = shop.order(shop.haircut, morning.addSecs(3600));
    CHECK(orders.find(first)->number == QStringLiteral("202603020001"));
    CHECK(orders.find(second)->number == QStringLiteral("202603020002"));

    shop.complete(id, shop.volunteerA, 1);
    REQUIRE(orders.take(id, QStringLiteral("rate"), {{QStringLiteral("rating"), 5}, {QStringLiteral("feedback"), QStringLiteral("剪得好")}}).ok());
    o = orders.find(id);
    CHECK(o->state == order_state::Rated);
    CHECK(o->volunteerId == shop.volunteerA);
    CHECK(o->teamId == shop.teamId); // the volunteer's team, unless the dispatcher named another
    CHECK(o->rating == 5);
    CHECK(o->hours == 1);

    const QList<HistoryEntry> history = orders.history(id);
    QStringList actions;
    for (const HistoryEntry &h : history)
        actions << h.action;
    CHECK(actions == QStringList{QStringLiteral("submit"), QStringLiteral("approve"), QStringLiteral("dispatch"), QStringLiteral("accept"),
                                 QStringLiteral("start"), QStringLiteral("complete"), QStringLiteral("rate")});
    CHECK(history.at(2).fields.value(QStringLiteral("volunteer")).toString() == QStringLiteral("王春丽"));
    CHECK(history.at(5).fields.value(QStringLiteral("note")).toString() == QStringLiteral("已完成"));
    CHECK(history.last().actor == QLatin1String("tester"));
}

TEST_CASE("completion credits points exactly once", "[supermarket]")
{
    Shop shop;
    PointsService points(*shop.db, shop.admin);
    const qint64 haircut = shop.order(shop.haircut);
    shop.complete(haircut, shop.volunteerA, 1.5);
    CHECK(points.balance(shop.volunteerA) == 2);          // per item
    CHECK(points.hours(shop.volunteerA) == 1.5);

    OrderService orders(*shop.db, shop.admin);
    // Completing again is refused by the workflow, and the credit itself refuses a second time.
    CHECK_FALSE(orders.take(haircut, QStringLiteral("complete"), {{QStringLiteral("hours"), 1}, {QStringLiteral("note"), QStringLiteral("再次")}}).ok());
    CHECK_FALSE(PointsService::creditCompletedOrder(*shop.db, shop.admin, haircut, QDateTime::currentDateTimeUtc()));
    CHECK(points.balance(shop.volunteerA) == 2);
    CHECK(points.ledger(shop.volunteerA).size() == 1);

    const qint64 chat = shop.order(shop.chat);
    shop.complete(chat, shop.volunteerA, 2.6);
    CHECK(points.balance(shop.volunteerA) == 2 + 3);      // per hour, rounded
    CHECK(points.ledger(shop.volunteerA).last().orderId == chat);
}

TEST_CASE("refused steps leave the order as it was", "[supermarket]")
{
    Shop shop;
    const qint64 id = shop.order(shop.haircut);
    OrderService orders(*shop.db, shop.admin);
    const int historyBefore = int(orders.history(id).size());

    CHECK_FALSE(orders.take(id, QStringLiteral("reject")).ok()); // no reason
    CHECK_FALSE(orders.take(id, QStringLiteral("start")).ok());  // not from submitted
    const Session staff(QStringLiteral("clerk"), Role::Staff);
    OrderService byStaff(*shop.db, staff);
    CHECK_FALSE(byStaff.take(id, QStringLiteral("approve")).ok()); // staff may not approve
    const Session viewer = test::viewer();
    OrderService byViewer(*shop.db, viewer);
    ServiceOrder o;
    o.residentId = shop.residentId;
    o.itemId = shop.haircut;
    CHECK_FALSE(byViewer.submit(o).ok());

    CHECK(orders.find(id)->state == order_state::Submitted);
    CHECK(orders.history(id).size() == historyBefore);

    REQUIRE(orders.take(id, QStringLiteral("approve")).ok());
    const Status unknown = orders.take(id, QStringLiteral("dispatch"), {{QStringLiteral("volunteer_id"), 9999}});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errors().first().field == QLatin1String("volunteer_id"));
    CHECK(orders.find(id)->state == order_state::Approved);

    REQUIRE(orders.take(id, QStringLiteral("cancel"), {{QStringLiteral("reason"), QStringLiteral("居民已住院")}}).ok());
    CHECK(orders.find(id)->state == order_state::Cancelled);
    CHECK_FALSE(orders.take(id, QStringLiteral("approve")).ok()); // cancelled is final
}

TEST_CASE("a declined order goes back for re-dispatch to another volunteer", "[supermarket]")
{
    Shop shop;
    const qint64 id = shop.order(shop.haircut);
    OrderService orders(*shop.db, shop.admin);
    REQUIRE(orders.take(id, QStringLiteral("approve")).ok());
    REQUIRE(orders.take(id, QStringLiteral("dispatch"), {{QStringLiteral("volunteer_id"), shop.volunteerA}}).ok());
    const Status declined = orders.moveTo(id, order_state::Approved, {{QStringLiteral("reason"), QStringLiteral("本周出差")}});
    REQUIRE(declined.ok());
    CHECK(orders.find(id)->state == order_state::Approved);
    CHECK(orders.find(id)->volunteerId == 0);
    REQUIRE(orders.moveTo(id, order_state::Dispatched, {{QStringLiteral("volunteer_id"), shop.volunteerB}}).ok());
    CHECK(orders.find(id)->volunteerId == shop.volunteerB);
    const Status jump = orders.moveTo(id, order_state::Completed);
    REQUIRE_FALSE(jump.ok());
    CHECK(jump.errorText().contains(QStringLiteral("已派单")));
}

TEST_CASE("orders waiting too long in a state are overdue, by the configured hours", "[supermarket]")
{
    Shop shop;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 old = shop.order(shop.haircut, now.addSecs(-30 * 3600));
    const qint64 fresh = shop.order(shop.haircut, now.addSecs(-2 * 3600));
    OrderBoard board(*shop.db);
    QList<OrderCard> cards = board.cards(order_state::Submitted, {}, 0, 10, now);
    REQUIRE(cards.size() == 2);
    CHECK(cards.at(0).id == old); // oldest waiting first
    CHECK(cards.at(0).overdue);
    CHECK_FALSE(cards.at(1).overdue);
    CHECK(cards.at(0).careTags == QStringList{QStringLiteral("独居"), QStringLiteral("残疾")});
    CHECK(cards.at(0).age >= 83);

    SupermarketSettings settings = SupermarketSettings::load(*shop.db);
    settings.overdueHours[order_state::Submitted] = 1;
    REQUIRE(SupermarketSettings::save(*shop.db, shop.admin, settings).ok());
    cards = board.cards(order_state::Submitted, {}, 0, 10, now);
    CHECK(cards.at(1).id == fresh);
    CHECK(cards.at(1).overdue);
    CHECK(board.counts({}).value(order_state::Submitted) == 2);
    OrderFilter other;
    other.volunteerId = shop.volunteerA;
    CHECK(board.counts(other).value(order_state::Submitted) == 0);
}

TEST_CASE("star levels follow cumulative hours and configurable thresholds", "[supermarket]")
{
    SupermarketSettings s;
    CHECK(s.starsFor(0) == 0);
    CHECK(s.starsFor(99.5) == 0);
    CHECK(s.starsFor(100) == 1);
    CHECK(s.starsFor(650) == 3);
    CHECK(s.starsFor(1500) == 5);
    s.starHours = {30, 60, 100, 200, 300};
    CHECK(s.starsFor(100) == 3);

    test::TempDatabase db;
    Session admin = test::admin();
    s.starHours = {30, 20, 100, 200, 300};
    CHECK_FALSE(SupermarketSettings::save(*db, admin, s).ok());
    s.starHours = {30, 60, 100, 200, 300};
    REQUIRE(SupermarketSettings::save(*db, admin, s).ok());
    CHECK(SupermarketSettings::load(*db).starHours == QList<int>{30, 60, 100, 200, 300});
    CHECK(SupermarketSettings::save(*db, test::viewer(), s).errorText().contains(Session::roleName(Role::Viewer)));
}

TEST_CASE("redemption never overspends points or stock", "[supermarket]")
{
    Shop shop;
    for (int i = 0; i < 3; ++i)
        shop.complete(shop.order(shop.haircut), shop.volunteerA, 1); // 6 points
    PointsService points(*shop.db, shop.admin);
    const qint64 event = points.saveEvent({0, shop.place.communityId, QStringLiteral("2026年“12.17”慈善日积分兑换"), QDate(2026, 12, 17), QStringLiteral("社区党群服务中心")}).value();
    const qint64 towel = points.saveTier({0, event, QStringLiteral("毛巾"), 2, 2, 15}).value();
    const qint64 rice = points.saveTier({0, event, QStringLiteral("大米"), 5, 10, 60}).value();
    // A second gift of the same name at one event is refused with a reason, not a database error.
    const Result<qint64> twice = points.saveTier({0, event, QStringLiteral("大米"), 6, 3, 60});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.errors().first().field == QStringLiteral("name"));
    CHECK(points.saveTier({rice, event, QStringLiteral("大米"), 5, 10, 60}).ok()); // saving itself again is fine

    REQUIRE(points.redeem(event, rice, shop.volunteerA).ok());     // 6 → 1
    const Result<qint64> tooDear = points.redeem(event, towel, shop.volunteerA);
    REQUIRE_FALSE(tooDear.ok());
    CHECK(tooDear.errors().first().field == QLatin1String("points"));
    CHECK(points.balance(shop.volunteerA) == 1);

    REQUIRE(points.adjust(shop.volunteerB, 10, 0, QStringLiteral("2024年纸质台账补录"), QStringLiteral("毕唱")).ok());
    REQUIRE(points.redeem(event, towel, shop.volunteerB, 2).ok());
    const Result<qint64> noStock = points.redeem(event, towel, shop.volunteerB);
    REQUIRE_FALSE(noStock.ok());
    CHECK(noStock.errors().first().field == QLatin1String("quantity"));
    CHECK(points.balance(shop.volunteerB) == 6);
    CHECK(points.tiers(event).first().stock == 0);
    CHECK(points.redemptions(event).size() == 2);

    CHECK_FALSE(points.adjust(shop.volunteerB, -7, 0, QStringLiteral("更正"), QStringLiteral("毕唱")).ok()); // below zero
    CHECK_FALSE(points.adjust(shop.volunteerB, -1, 0, QString(), QStringLiteral("毕唱")).ok());             // no reason
    const Session viewer = test::viewer();
    PointsService byViewer(*shop.db, viewer);
    CHECK_FALSE(byViewer.redeem(event, rice, shop.volunteerA).ok());
}

TEST_CASE("ledger sums equal balances after a random sequence of operations", "[supermarket]")
{
    Shop shop;
    PointsService points(*shop.db, shop.admin);
    OrderService orders(*shop.db, shop.admin);
    const qint64 event = points.saveEvent({0, 0, QStringLiteral("积分兑换"), QDate(2026, 12, 17), QString()}).value();
    const qint64 gift = points.saveTier({0, event, QStringLiteral("保温杯"), 3, 1000, 30}).value();
    std::mt19937 random(20261217);
    QMap<qint64, int> expected{{shop.volunteerA, 0}, {shop.volunteerB, 0}};
    for (int step = 0; step < 120; ++step) {
        const qint64 v = random() % 2 ? shop.volunteerA : shop.volunteerB;
        switch (random() % 4) {
        case 0:
        case 1: {
            const double hours = 0.5 * double(1 + random() % 6);
            const bool perHour = random() % 2;
            shop.complete(shop.order(perHour ? shop.chat : shop.haircut), v, hours);
            expected[v] += perHour ? int(std::lround(hours)) : 2;
            break;
        }
        case 2: {
            const bool ok = points.redeem(event, gift, v).ok();
            CHECK(ok == (expected[v] >= 3));
            if (ok)
                expected[v] -= 3;
            break;
        }
        case 3: {
            const int delta = int(random() % 7) - 3;
            const bool ok = points.adjust(v, delta, 0, QStringLiteral("更正"), QStringLiteral("毕唱")).ok();
            CHECK(ok == (delta != 0 && expected[v] + delta >= 0));
            if (ok)
                expected[v] += delta;
            break;
        }
        }
        CHECK(points.balance(v) >= 0);
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        int sum = 0;
        for (const LedgerEntry &e : points.ledger(it.key()))
            sum += e.points;
        CHECK(sum == it.value());
        CHECK(points.balance(it.key()) == it.value());
    }
    CHECK(points.outstanding() == expected.value(shop.volunteerA) + expected.value(shop.volunteerB));
    const Statistics stats = Statistics::collect(*shop.db);
    CHECK(stats.pointsOutstanding == points.outstanding());
    CHECK(stats.volunteers == 2);
    CHECK(stats.teams == 1);
    CHECK(stats.orders.value(order_state::Completed) > 0);
    CHECK(stats.orders.contains(order_state::Rejected));
    (void)orders;
}

TEST_CASE("the annual ranking orders volunteers by the year's hours", "[supermarket]")
{
    Shop shop;
    const QDateTime lastYear(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC);
    OrderService orders(*shop.db, shop.admin);
    const qint64 early = shop.order(shop.chat, lastYear);
    const QList<QPair<QString, QVariantMap>> steps = {
        {QStringLiteral("approve"), {}}, {QStringLiteral("dispatch"), {{QStringLiteral("volunteer_id"), shop.volunteerB}}},
        {QStringLiteral("accept"), {}}, {QStringLiteral("start"), {}},
        {QStringLiteral("complete"), {{QStringLiteral("hours"), 10}, {QStringLiteral("note"), QStringLiteral("陪伴")}}}};
    int minute = 0;
    for (const auto &[action, fields] : steps)
        REQUIRE(orders.take(early, action, fields, lastYear.addSecs(60 * ++minute)).ok());
    shop.complete(shop.order(shop.chat), shop.volunteerA, 3);
    shop.complete(shop.order(shop.haircut), shop.volunteerA, 1);
    shop.complete(shop.order(shop.haircut), shop.volunteerB, 2);

    const int year = QDate::currentDate().year();
    const VolunteerRanking ranking = VolunteerRanking::compute(*shop.db, year, shop.place.communityId);
    REQUIRE(ranking.rows.size() == 2);
    CHECK(ranking.rows.at(0).name == QStringLiteral("王春丽"));
    CHECK(ranking.rows.at(0).hours == 4);
    CHECK(ranking.rows.at(0).services == 2);
    CHECK(ranking.rows.at(0).points == 3 + 2);
    CHECK(ranking.rows.at(1).hours == 2);           // last year's 10 hours do not count …
    CHECK(ranking.rows.at(1).totalHours == 12);     // … but do for the stars
    CHECK(ranking.totalHours == 6);
    CHECK(VolunteerRanking::compute(*shop.db, 2025).rows.size() == 1);
}

TEST_CASE("a service certificate sums the period's services and gets the next number", "[supermarket]")
{
    Shop shop;
    shop.complete(shop.order(shop.chat), shop.volunteerA, 3);
    shop.complete(shop.order(shop.chat), shop.volunteerA, 2);
    shop.complete(shop.order(shop.haircut), shop.volunteerA, 1);
    const QDate today = QDate::currentDate();
    const Result<ServiceCertificate> c = ServiceCertificate::issue(*shop.db, shop.admin, shop.volunteerA, QDate(today.year(), 1, 1), today);
    REQUIRE(c.ok());
    CHECK(c.value().name == QStringLiteral("王春丽"));
    CHECK(c.value().totalHours == 6);
    CHECK(c.value().services == 3);
    REQUIRE(c.value().lines.size() == 2);
    CHECK(c.value().lines.at(0).times == 2);
    CHECK(c.value().number.contains(QStringLiteral("0001")));
    const Result<ServiceCertificate> second = ServiceCertificate::issue(*shop.db, shop.admin, shop.volunteerA, QDate(today.year(), 1, 1), today);
    CHECK(second.value().number.contains(QStringLiteral("0002")));
    CHECK_FALSE(ServiceCertificate::issue(*shop.db, shop.admin, shop.volunteerA, today, today.addDays(-1)).ok());
    CHECK_FALSE(ServiceCertificate::issue(*shop.db, test::viewer(), shop.volunteerA, today, today).ok());
    CHECK(AuditLog::count(*shop.db, QStringLiteral("service_certificate")) == 2);
}

TEST_CASE("volunteers are validated and listed with hours, points and stars", "[supermarket]")
{
    Shop shop;
    VolunteerService volunteers(*shop.db, shop.admin);
    Volunteer dup;
    dup.residentId = shop.residentId;
    REQUIRE(volunteers.saveVolunteer(dup).ok());
    const Result<qint64> again = volunteers.saveVolunteer(dup);
    REQUIRE_FALSE(again.ok());
    CHECK(again.errors().first().field == QLatin1String("resident"));
    Volunteer bad;
    bad.name = QStringLiteral("赵六");
    bad.idNumber = QStringLiteral("110105194912310021");
    bad.phone = QStringLiteral("123");
    const Result<qint64> badResult = volunteers.saveVolunteer(bad);
    REQUIRE_FALSE(badResult.ok());
    CHECK(badResult.errors().size() == 2);

    PointsService points(*shop.db, shop.admin);
    REQUIRE(points.adjust(shop.volunteerA, 0, 320, QStringLiteral("2019–2024年服务时长补录"), QStringLiteral("毕唱")).ok());
    shop.complete(shop.order(shop.haircut), shop.volunteerA, 1);
    const QList<VolunteerSummary> list = volunteers.summaries(shop.place.communityId, QStringLiteral("春丽"));
    REQUIRE(list.size() == 1);
    CHECK(list.first().hours == 321);
    CHECK(list.first().stars == 2);
    CHECK(list.first().balance == 2);
    CHECK(list.first().services == 1);
    CHECK(list.first().teamName == QStringLiteral("小王义剪"));
    CHECK(volunteers.findVolunteer(QStringLiteral("王春丽"))->id == shop.volunteerA);
    CHECK(volunteers.findVolunteer(list.first().volunteer.volunteerNo)->id == shop.volunteerA);
    CHECK_FALSE(volunteers.findVolunteer(QStringLiteral("无此人")).has_value());
}

TEST_CASE("board pages seek past the last card: open columns oldest first, closed ones newest first", "[supermarket]")
{
    Shop shop;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-20);
    OrderService orders(*shop.db, shop.admin);
    QList<qint64> ids;
    for (int i = 0; i < 7; ++i) {
        // Two orders share each second, so the id must break ties.
        const qint64 id = shop.order(shop.haircut, start.addSecs(3600 * (i / 2)));
        ids << id;
        REQUIRE(orders.take(id, QStringLiteral("reject"), {{QStringLiteral("reason"), QStringLiteral("转物业")}}, start.addSecs(3600 * (i / 2) + 60)).ok());
    }
    for (int i = 0; i < 5; ++i)
        shop.order(shop.chat, start.addSecs(7200 * i));

    OrderBoard board(*shop.db);
    QList<qint64> seen;
    const OrderCard *last = nullptr;
    QList<OrderCard> page;
    QList<OrderCard> all;
    do {
        page = board.cardsAfter(order_state::Rejected, {}, last, 3);
        all += page;
        last = all.isEmpty() ? nullptr : &all.last();
        for (const OrderCard &c : page)
            seen << c.id;
    } while (page.size() == 3);
    QList<qint64> newestFirst = ids;
    std::reverse(newestFirst.begin(), newestFirst.end());
    CHECK(seen == newestFirst);
    CHECK(board.cards(order_state::Rejected, {}, 3, 2).first().id == newestFirst.at(3)); // offsets agree

    const QList<OrderCard> first = board.cardsAfter(order_state::Submitted, {}, nullptr, 2);
    REQUIRE(first.size() == 2);
    const QList<OrderCard> second = board.cardsAfter(order_state::Submitted, {}, &first.last(), 10);
    REQUIRE(second.size() == 3);
    CHECK(first.first().stateSince < second.first().stateSince);
    CHECK(OrderBoard::newestFirst(order_state::Cancelled));
    CHECK_FALSE(OrderBoard::newestFirst(order_state::Completed));
}
