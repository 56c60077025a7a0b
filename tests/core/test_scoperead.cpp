// Reading is scoped: an account of one community (staff, or a grid worker through their grids'
// community) reads only that community's registers, supermarket, dashboard and reports; a
// street account reads both. Two demo communities hold data in every register.
#include "testsupport.h"

#include "accounts/accountservice.h"
#include "accounts/scope.h"
#include "cobuilding/cobuildingprojects.h"
#include "cobuilding/cobuildingunits.h"
#include "cobuilding/twowaylists.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "governance/activities.h"
#include "governance/agencyservices.h"
#include "governance/governancemeetings.h"
#include "governance/mediationcases.h"
#include "governance/merchants.h"
#include "honors/honorservice.h"
#include "party/branchmeetings.h"
#include "party/partymembers.h"
#include "party/partyorganisation.h"
#include "party/partypoints.h"
#include "party/starassessment.h"
#include "reports/annualreports.h"
#include "stats/annualstatistics.h"
#include "stats/dashboarddata.h"
#include "stats/statistics.h"
#include "volunteer/orderboard.h"
#include "volunteer/orderservice.h"
#include "volunteer/orderworkflow.h"
#include "volunteer/pointsservice.h"
#include "volunteer/volunteers.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

using namespace jy;

namespace {

using Ids = QList<qint64>;

// One register's reads: its list for a session, the community of a listed row (SQL on its id),
// and its get-by-id for a session.
struct Reader
{
    const char *name;
    const char *communityOf; // SELECT community_id … WHERE … = ?
    std::function<Ids(Database &, const Session &)> list;
    std::function<bool(Database &, const Session &, qint64)> get;
};

template <typename T, typename Id>
Ids idsOf(const QList<T> &rows, Id id)
{
    Ids out;
    for (const T &row : rows)
        out << id(row);
    return out;
}

const QList<Reader> &readers()
{
    static const QList<Reader> all = {
        {"party branches", "SELECT community_id FROM party_branch WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(PartyOrganisation(db, s).list(), [](const PartyBranch &b) { return b.id; }); },
         [](Database &db, const Session &s, qint64 id) { return PartyOrganisation(db, s).find(id).has_value(); }},
        {"party members", "SELECT community_id FROM resident WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(PartyMembers(db, s).list(), [](const PartyMember &m) { return m.residentId; }); },
         [](Database &db, const Session &s, qint64 id) { return PartyMembers(db, s).find(id).has_value(); }},
        {"branch meetings", "SELECT b.community_id FROM party_meeting g JOIN party_branch b ON b.id = g.branch_id WHERE g.id = ?",
         [](Database &db, const Session &s) { return idsOf(BranchMeetings(db, s).list(), [](const BranchMeeting &m) { return m.id; }); },
         [](Database &db, const Session &s, qint64 id) { return BranchMeetings(db, s).find(id).has_value(); }},
        {"party points", "SELECT community_id FROM resident WHERE id = ?",
         [](Database &db, const Session &s) {
             // Members with points, read through the ledger of every member on the street.
             Ids out;
             QSqlQuery q = sql::exec(db.connection(), QStringLiteral("SELECT DISTINCT resident_id FROM party_points ORDER BY resident_id"));
             while (q.next())
                 if (!PartyPoints(db, s).entries(q.value(0).toLongLong()).isEmpty())
                     out << q.value(0).toLongLong();
             return out;
         },
         [](Database &db, const Session &s, qint64 id) { return !PartyPoints(db, s).entries(id).isEmpty(); }},
        {"five-star assessment", "SELECT community_id FROM party_branch WHERE id = ?",
         [](Database &db, const Session &s) {
             Ids out;
             for (int year = 2015; year <= 2025; ++year)
                 out << idsOf(StarAssessment(db, s).ofYear(0, year), [](const StarAssessmentResult &r) { return r.branchId; });
             return out;
         },
         [](Database &db, const Session &s, qint64 id) {
             for (int year = 2015; year <= 2025; ++year)
                 if (!StarAssessment(db, s).result(id, year).scores.isEmpty())
                     return true;
             return false;
         }},
        {"co-building units", "SELECT community_id FROM cobuilding_unit WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(CoBuildingUnits(db, s).list(), [](const CoBuildingUnit &u) { return u.id; }); },
         [](Database &db, const Session &s, qint64 id) { return CoBuildingUnits(db, s).find(id).has_value(); }},
        {"co-building needs", "SELECT community_id FROM cobuilding_need WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(TwoWayLists(db, s).needs(), [](const CoBuildingNeed &n) { return n.id; }); },
         [](Database &db, const Session &s, qint64 id) { return TwoWayLists(db, s).findNeed(id).has_value(); }},
        {"co-building resources", "SELECT u.community_id FROM cobuilding_resource r JOIN cobuilding_unit u ON u.id = r.unit_id WHERE r.id = ?",
         [](Database &db, const Session &s) { return idsOf(TwoWayLists(db, s).resources(), [](const CoBuildingResource &r) { return r.id; }); },
         [](Database &db, const Session &s, qint64 id) { return TwoWayLists(db, s).findResource(id).has_value(); }},
        {"co-building projects", "SELECT community_id FROM cobuilding_project WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(CoBuildingProjects(db, s).list(), [](const CoBuildingProject &p) { return p.id; }); },
         [](Database &db, const Session &s, qint64 id) { return CoBuildingProjects(db, s).find(id).has_value(); }},
        {"activities", "SELECT community_id FROM activity WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(Activities(db, s).list(), [](const Activity &a) { return a.id; }); },
         [](Database &db, const Session &s, qint64 id) { return Activities(db, s).find(id).has_value(); }},
        {"agency services", "SELECT community_id FROM agency_service WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(AgencyServices(db, s).list(), [](const AgencyService &a) { return a.id; }); },
         [](Database &db, const Session &s, qint64 id) {
             return AgencyServices(db, s).find(id).has_value() && !AgencyServices(db, s).history(id).isEmpty();
         }},
        {"residents' meetings", "SELECT community_id FROM governance_meeting WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(GovernanceMeetings(db, s).list(), [](const GovernanceMeeting &m) { return m.id; }); },
         [](Database &db, const Session &s, qint64 id) { return GovernanceMeetings(db, s).find(id).has_value(); }},
        {"mediation cases", "SELECT community_id FROM mediation_case WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(MediationCases(db, s).list(), [](const MediationCase &k) { return k.id; }); },
         [](Database &db, const Session &s, qint64 id) {
             return MediationCases(db, s).find(id).has_value() && !MediationCases(db, s).history(id).isEmpty();
         }},
        {"merchants", "SELECT community_id FROM merchant WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(Merchants(db, s).list(), [](const Merchant &m) { return m.id; }); },
         [](Database &db, const Session &s, qint64 id) { return Merchants(db, s).find(id).has_value(); }},
        {"honors", "SELECT community_id FROM honor WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(HonorService(db, s).list(), [](const Honor &h) { return h.id; }); },
         [](Database &db, const Session &s, qint64 id) { return HonorService(db, s).find(id).has_value(); }},
        {"volunteers", "SELECT community_id FROM volunteer WHERE id = ?",
         [](Database &db, const Session &s) {
             return idsOf(VolunteerService(db, s).summaries(0, {}, -1), [](const VolunteerSummary &v) { return v.volunteer.id; });
         },
         [](Database &db, const Session &s, qint64 id) {
             return VolunteerService(db, s).volunteer(id).has_value() && VolunteerService(db, s).findVolunteer(QString::number(id)).has_value();
         }},
        {"points ledgers", "SELECT community_id FROM volunteer WHERE id = ?",
         [](Database &db, const Session &s) {
             Ids out;
             QSqlQuery q = sql::exec(db.connection(), QStringLiteral("SELECT DISTINCT volunteer_id FROM points_ledger ORDER BY volunteer_id"));
             while (q.next())
                 if (!PointsService(db, s).ledger(q.value(0).toLongLong()).isEmpty())
                     out << q.value(0).toLongLong();
             return out;
         },
         [](Database &db, const Session &s, qint64 id) { return !PointsService(db, s).ledger(id).isEmpty(); }},
        {"volunteer teams", "SELECT community_id FROM volunteer_team WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(VolunteerService(db, s).teams(), [](const VolunteerTeam &t) { return t.id; }); },
         nullptr},
        {"partner shops", "SELECT community_id FROM partner_shop WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(VolunteerService(db, s).shops(), [](const PartnerShop &p) { return p.id; }); },
         nullptr},
        {"service offers",
         "SELECT COALESCE(v.community_id, t.community_id, s.community_id) FROM service_offer o LEFT JOIN volunteer v ON v.id = o.volunteer_id "
         "LEFT JOIN volunteer_team t ON t.id = o.team_id LEFT JOIN partner_shop s ON s.id = o.shop_id WHERE o.id = ?",
         [](Database &db, const Session &s) { return idsOf(VolunteerService(db, s).offers(), [](const ServiceOffer &o) { return o.id; }); },
         nullptr},
        {"redemption events", "SELECT community_id FROM redemption_event WHERE id = ?",
         [](Database &db, const Session &s) { return idsOf(PointsService(db, s).events(), [](const RedemptionEvent &e) { return e.id; }); },
         [](Database &db, const Session &s, qint64 id) { return !PointsService(db, s).tiers(id).isEmpty(); }},
        {"order board", "SELECT community_id FROM service_order WHERE id = ?",
         [](Database &db, const Session &s) {
             Ids out;
             for (const QString &state : volunteerOrderWorkflow().states())
                 out << idsOf(OrderBoard(db, s).cards(state, {}, 0, 100000), [](const OrderCard &c) { return c.id; });
             return out;
         },
         [](Database &db, const Session &s, qint64 id) {
             return OrderService(db, s).find(id).has_value() && !OrderService(db, s).history(id).isEmpty();
         }},
    };
    return all;
}

Session accountSession(Database &db, AccountService &accounts, const QString &user, Role role, qint64 community, const Ids &grids)
{
    Account a;
    a.username = user;
    a.displayName = user;
    a.role = role;
    a.communityId = community;
    a.gridIds = grids;
    const Result<qint64> id = accounts.save(a, QStringLiteral("chunfeng2026"));
    INFO(id.errorText().toStdString());
    REQUIRE(id.ok());
    return AccountService::sessionFor(db, id.value());
}

qint64 ownerOf(Database &db, const char *statement, qint64 id)
{
    return sql::scalar(db.connection(), QString::fromLatin1(statement), {id}).toLongLong();
}

// The communities the rows belong to; rows of the street's head store (no community: a street
// team, the street's own honors) are shared with every account and left out.
QSet<qint64> communitiesOf(Database &db, const char *statement, const Ids &ids)
{
    QSet<qint64> out;
    for (qint64 id : ids)
        if (const qint64 owner = ownerOf(db, statement, id))
            out.insert(owner);
    return out;
}

} // namespace

TEST_CASE("reading is scoped: an account of one community reads only its registers, supermarket, dashboard and reports", "[scope-read][scope]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.communities = 2;
    options.today = QDate(2025, 3, 31); // a quarter of orders keeps the fixture quick on both databases
    REQUIRE(DemoGenerator::generate(*db, test::admin(), options).ok());
    QList<qint64> communities;
    QSqlQuery q = sql::exec(db->connection(), QStringLiteral("SELECT id FROM community ORDER BY code"));
    while (q.next())
        communities << q.value(0).toLongLong();
    REQUIRE(communities.size() == 2);
    const qint64 mine = communities[0], other = communities[1];
    Ids myGrids;
    QSqlQuery g = sql::exec(db->connection(), QStringLiteral("SELECT id FROM grid WHERE community_id = ? ORDER BY code LIMIT 2"), {mine});
    while (g.next())
        myGrids << g.value(0).toLongLong();
    REQUIRE_FALSE(myGrids.isEmpty());

    // The demo scores the five stars of finished years only: one score per community for 2025.
    for (qint64 community : communities) {
        const QVariant branch = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM party_branch WHERE community_id = ? AND level = 'branch' "
                                                                             "ORDER BY id LIMIT 1"), {community});
        REQUIRE(branch.isValid());
        const Session administrator = test::admin();
        const Status assessed = StarAssessment(*db, administrator).assess(branch.toLongLong(), 2025, branch_star::all().first(), 92,
                                                                           QStringLiteral("支部班子健全"));
        INFO(assessed.errorText().toStdString());
        REQUIRE(assessed.ok());
    }
    // The demo's street administrator makes the accounts.
    const QVariant adminId = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM account WHERE role = 'admin' AND community_id IS NULL "
                                                                          "ORDER BY id LIMIT 1"));
    REQUIRE(adminId.isValid());
    const Session street = AccountService::sessionFor(*db, adminId.toLongLong());
    AccountService accounts(*db, street);
    const Session staff = accountSession(*db, accounts, QStringLiteral("shequ"), Role::Staff, mine, {});
    // A grid worker set to no community: their grids tell which community they read.
    const Session grid = accountSession(*db, accounts, QStringLiteral("wangge"), Role::GridWorker, 0, myGrids);
    const Session viewer = accountSession(*db, accounts, QStringLiteral("chakan"), Role::Viewer, mine, {});
    REQUIRE_FALSE(staff.unrestricted());
    REQUIRE(street.unrestricted());

    for (const Reader &reader : readers()) {
        INFO(reader.name);
        const Ids all = reader.list(*db, street);
        // The fixture has rows of both communities in every register.
        REQUIRE(communitiesOf(*db, reader.communityOf, all) == QSet<qint64>{mine, other});
        for (const auto &[who, session] : {std::pair{"staff", &staff}, std::pair{"grid worker", &grid}, std::pair{"viewer", &viewer}}) {
            INFO(who);
            const Ids seen = reader.list(*db, *session);
            CHECK_FALSE(seen.isEmpty());
            CHECK(communitiesOf(*db, reader.communityOf, seen) == QSet<qint64>{mine});
            // Everything of its community is there, nothing of the other.
            const auto inScope = [&](qint64 id) {
                const qint64 owner = ownerOf(*db, reader.communityOf, id);
                return owner == mine || owner == 0;
            };
            CHECK(seen.size() == std::count_if(all.begin(), all.end(), inScope));
            if (!reader.get)
                continue;
            for (qint64 id : all) {
                if (reader.get(*db, *session, id) != inScope(id)) {
                    FAIL_CHECK("get-by-id of " << id << " answers " << !inScope(id));
                    break;
                }
            }
        }
        if (reader.get && !all.isEmpty())
            CHECK(reader.get(*db, street, all.last()));
    }

    {
        INFO("counts follow the lists, whatever community the filter asks for");
        RegisterFilter askOther;
        askOther.communityId = other;
        CHECK(Activities(*db, staff).count(askOther) == 0);
        CHECK(MediationCases(*db, staff).count(askOther) == 0);
        CHECK(PartyMembers(*db, staff).count(askOther) == 0);
        CHECK(PartyMembers(*db, staff).count() == PartyMembers(*db, street).count(RegisterFilter{mine}));
        CHECK(PartyOrganisation(*db, staff).list(other).isEmpty());
        OrderFilter orders;
        orders.communityId = other;
        CHECK(OrderBoard(*db, staff).counts(orders).isEmpty());
        CHECK_FALSE(OrderBoard(*db, street).counts(orders).isEmpty());
        CHECK(VolunteerService(*db, staff).summaries(other).isEmpty());
        CHECK(PointsService(*db, staff).outstanding() < PointsService(*db, street).outstanding());
    }

    {
        INFO("a community account registers in its own community only");
        Activity talk;
        talk.title = QStringLiteral("防诈骗讲座");
        talk.heldOn = QDate(2025, 3, 20);
        talk.communityId = other;
        const Result<qint64> refused = Activities(*db, staff).save(talk);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errors().first().field == QLatin1String("community"));
        talk.communityId = mine;
        CHECK(Activities(*db, staff).save(talk).ok());
        // The street registers anywhere.
        talk.communityId = other;
        CHECK(Activities(*db, street).save(talk).ok());
    }

    {
        INFO("the member form's resident lookup finds only the account's community's people");
        const QString theirs = sql::scalar(db->connection(), QStringLiteral("SELECT id_number FROM resident WHERE community_id = ? "
                                                                            "AND id_number IS NOT NULL ORDER BY id LIMIT 1"), {other})
                                   .toString();
        const QString ours = sql::scalar(db->connection(), QStringLiteral("SELECT id_number FROM resident WHERE community_id = ? "
                                                                          "AND id_number IS NOT NULL ORDER BY id LIMIT 1"), {mine})
                                 .toString();
        REQUIRE_FALSE(theirs.isEmpty());
        CHECK(PartyMembers(*db, street).residentFor(theirs).ok());
        CHECK_FALSE(PartyMembers(*db, staff).residentFor(theirs).ok());
        CHECK_FALSE(PartyMembers(*db, grid).residentFor(theirs).ok());
        CHECK(PartyMembers(*db, staff).residentFor(ours).ok());
    }

    {
        INFO("the supermarket's registers, branch meetings and honors: made and changed in the account's community only");
        const Session market = accountSession(*db, accounts, QStringLiteral("chaoshi"), Role::SupermarketAdmin, mine, {});
        const auto branchOf = [&](qint64 community) {
            return sql::scalar(db->connection(), QStringLiteral("SELECT id FROM party_branch WHERE community_id = ? ORDER BY id LIMIT 1"),
                               {community})
                .toLongLong();
        };
        const auto eventOf = [&](qint64 community) {
            RedemptionEvent e;
            e.communityId = community;
            e.name = QStringLiteral("积分兑换日");
            e.heldOn = QDate(2025, 3, 15);
            return PointsService(*db, street).saveEvent(e).value();
        };
        const qint64 myEvent = eventOf(mine), otherEvent = eventOf(other);
        // Each writer saves a record for a community (id 0: a new one) as a session; names that
        // must be unique get a running number.
        int made = 0;
        struct Writer
        {
            const char *name;
            const Session *as;
            std::function<Result<qint64>(const Session &, qint64 community, qint64 id)> save;
        };
        const QList<Writer> writers = {
            {"volunteer", &market, [&](const Session &s, qint64 community, qint64 id) {
                 Volunteer v;
                 v.id = id;
                 v.name = QStringLiteral("外来志愿者");
                 v.communityId = community;
                 return VolunteerService(*db, s).saveVolunteer(v);
             }},
            {"team", &market, [&](const Session &s, qint64 community, qint64 id) {
                 VolunteerTeam t;
                 t.id = id;
                 t.name = QStringLiteral("便民小队%1").arg(++made);
                 t.communityId = community;
                 return VolunteerService(*db, s).saveTeam(t);
             }},
            {"shop", &market, [&](const Session &s, qint64 community, qint64 id) {
                 PartnerShop shop;
                 shop.id = id;
                 shop.name = QStringLiteral("加盟理发店%1").arg(++made);
                 shop.communityId = community;
                 return VolunteerService(*db, s).saveShop(shop);
             }},
            {"redemption event", &market, [&](const Session &s, qint64 community, qint64 id) {
                 RedemptionEvent e;
                 e.id = id;
                 e.name = QStringLiteral("春节兑换");
                 e.heldOn = QDate(2025, 2, 1);
                 e.communityId = community;
                 return PointsService(*db, s).saveEvent(e);
             }},
            {"gift tier", &market, [&](const Session &s, qint64 community, qint64 id) {
                 GiftTier g;
                 g.id = id;
                 g.eventId = community == mine ? myEvent : otherEvent;
                 g.name = QStringLiteral("洗衣液%1").arg(++made);
                 g.points = 20;
                 g.stock = 5;
                 return PointsService(*db, s).saveTier(g);
             }},
            {"branch meeting", &staff, [&](const Session &s, qint64 community, qint64 id) {
                 BranchMeeting m;
                 m.id = id;
                 m.branchId = branchOf(community);
                 m.kind = branch_meeting_kind::all().first();
                 m.heldOn = QDate(2025, 3, 10);
                 m.topic = QStringLiteral("学习会");
                 return BranchMeetings(*db, s).save(m);
             }},
            {"honor", &staff, [&](const Session &s, qint64 community, qint64 id) {
                 Honor h;
                 h.id = id;
                 h.communityId = community;
                 h.year = 2024;
                 h.title = QStringLiteral("先进社区");
                 h.level = honor_level::all().first();
                 h.recipientKind = honor_recipient::all().first();
                 h.recipient = QStringLiteral("社区");
                 return HonorService(*db, s).save(h);
             }},
        };
        for (const Writer &w : writers) {
            INFO(w.name);
            const Result<qint64> own = w.save(*w.as, mine, 0);
            INFO(own.errorText().toStdString());
            REQUIRE(own.ok());
            const Result<qint64> elsewhere = w.save(*w.as, other, 0);
            REQUIRE_FALSE(elsewhere.ok());
            CHECK(elsewhere.errors().first().field == QLatin1String("community"));
            // Another community's record cannot be changed, nor an own one moved there.
            const Result<qint64> theirs = w.save(street, other, 0);
            REQUIRE(theirs.ok());
            CHECK_FALSE(w.save(*w.as, mine, theirs.value()).ok());
            CHECK_FALSE(w.save(*w.as, other, own.value()).ok());
            CHECK(w.save(street, other, own.value()).ok()); // the street may move it
        }
        // Deleting another community's meeting or the street's honor is refused too.
        const qint64 theirMeeting = sql::scalar(db->connection(), QStringLiteral("SELECT g.id FROM party_meeting g JOIN party_branch b "
                                                                                 "ON b.id = g.branch_id WHERE b.community_id = ? LIMIT 1"), {other})
                                        .toLongLong();
        REQUIRE(theirMeeting);
        CHECK_FALSE(BranchMeetings(*db, staff).remove(theirMeeting).ok());
        CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM party_meeting WHERE id = ?"), {theirMeeting}).toInt() == 1);
        const qint64 streetHonor = writers.last().save(street, 0, 0).value();
        CHECK_FALSE(HonorService(*db, staff).remove(streetHonor).ok());
        CHECK(HonorService(*db, street).remove(streetHonor).ok());
    }

    {
        INFO("the dashboard of a community account is its community's, and another community is refused");
        const DashboardData ours = DashboardData::collect(*db, mine, 2025, options.today);
        for (const Session *session : {&staff, &grid}) {
            const Result<DashboardData> asked = DashboardData::collect(*db, *session, 0, 2025, options.today);
            REQUIRE(asked.ok());
            CHECK(asked.value().communityId == mine);
            CHECK(asked.value().population.residents == ours.population.residents);
            CHECK(asked.value().byGrid.size() == ours.byGrid.size());
            CHECK(communitiesOf(*db, "SELECT community_id FROM grid WHERE id = ?", idsOf(asked.value().byGrid, [](const DashboardBar &b) { return b.id; }))
                  == QSet<qint64>{mine});
            CHECK(communitiesOf(*db, "SELECT community_id FROM party_branch WHERE id = ?",
                                idsOf(asked.value().partyByBranch, [](const DashboardBar &b) { return b.id; })) == QSet<qint64>{mine});
            const Result<DashboardData> refused = DashboardData::collect(*db, *session, other, 2025, options.today);
            REQUIRE_FALSE(refused.ok());
            CHECK_FALSE(refused.errorText().isEmpty());
        }
        const Result<DashboardData> whole = DashboardData::collect(*db, street, 0, 2025, options.today);
        REQUIRE(whole.ok());
        CHECK(whole.value().population.residents > ours.population.residents);
        CHECK(communitiesOf(*db, "SELECT community_id FROM grid WHERE id = ?", idsOf(whole.value().byGrid, [](const DashboardBar &b) { return b.id; }))
              == QSet<qint64>{mine, other});
    }

    {
        INFO("the overview's counts of a community and of the other add up to the street's");
        const Statistics whole = Statistics::collect(*db, 0, options.today);
        const Statistics a = Statistics::collect(*db, mine, options.today);
        const Statistics b = Statistics::collect(*db, other, options.today);
        const std::pair<const char *, std::function<qint64(const Statistics &)>> fields[] = {
            {"communities", [](const Statistics &s) { return s.communities; }}, {"estates", [](const Statistics &s) { return s.estates; }},
            {"grids", [](const Statistics &s) { return s.grids; }},             {"buildings", [](const Statistics &s) { return s.buildings; }},
            {"dwellings", [](const Statistics &s) { return s.dwellings; }},     {"households", [](const Statistics &s) { return s.households; }},
            {"residents", [](const Statistics &s) { return s.residents; }},     {"party members", [](const Statistics &s) { return s.partyMembers; }},
            {"branches", [](const Statistics &s) { return s.partyBranches; }},  {"volunteers", [](const Statistics &s) { return s.volunteers; }},
            {"teams", [](const Statistics &s) { return s.teams; }},             {"shops", [](const Statistics &s) { return s.shops; }},
            {"honors", [](const Statistics &s) { return s.honors; }},           {"units", [](const Statistics &s) { return s.cobuildingUnits; }},
            {"meetings", [](const Statistics &s) { return s.meetings; }},       {"mediation", [](const Statistics &s) { return s.mediationCases; }},
            {"agency", [](const Statistics &s) { return s.agencyServices; }},   {"activities", [](const Statistics &s) { return s.activities; }},
            {"merchants", [](const Statistics &s) { return s.merchants; }},
            {"orders", [](const Statistics &s) { qint64 n = 0; for (int v : s.orders) n += v; return n; }},
            {"incidents", [](const Statistics &s) { qint64 n = 0; for (int v : s.incidents) n += v; return n; }},
            {"overdue visits", [](const Statistics &s) { return s.careVisitsOverdue; }},
            {"points", [](const Statistics &s) { return s.pointsOutstanding; }},
        };
        for (const auto &[name, value] : fields) {
            INFO(name);
            CHECK(value(a) + value(b) == value(whole));
        }
        CHECK(a.residents > 0);
        CHECK(b.residents > 0);
        CHECK(a.communities == 1);
        CHECK(Scope::homeCommunity(*db, grid) == mine);
        CHECK(Scope::homeCommunity(*db, street) == 0);
    }

    {
        INFO("a report asked for the street by a community account covers its community only");
        const auto names = [&](qint64 community) {
            QStringList out;
            for (const AnnualStatisticsRow &row : AnnualStatistics::compute(*db, 2025, community).rows)
                out << row.community;
            return out;
        };
        const QString myName = sql::scalar(db->connection(), QStringLiteral("SELECT name FROM community WHERE id = ?"), {mine}).toString();
        CHECK(Scope::readableCommunity(*db, street, 0).value() == 0);
        CHECK(names(Scope::readableCommunity(*db, street, 0).value()).size() == 2);
        for (const Session *session : {&staff, &grid}) {
            const Result<qint64> readable = Scope::readableCommunity(*db, *session, 0);
            REQUIRE(readable.ok());
            CHECK(readable.value() == mine);
            CHECK(names(readable.value()) == QStringList{myName});
            CHECK(Scope::readableCommunity(*db, *session, mine).value() == mine);
            CHECK_FALSE(Scope::readableCommunity(*db, *session, other).ok());
            const ReportDocument doc = AnnualReports::statistics(*db, 2025, readable.value(), options.today);
            CHECK_FALSE(doc.title.isEmpty());
        }
        const auto pickers = [&](const Session &session) { return Scope::readableCommunities(*db, session).size(); };
        CHECK(pickers(staff) == 1);
        CHECK(pickers(grid) == 1);
        CHECK(pickers(street) == 2);
    }
}
