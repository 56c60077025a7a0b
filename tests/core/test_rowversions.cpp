// Two workstations editing one record of a register: the second save, made from the version
// both read, is refused as a conflict instead of overwriting the first; a save from the
// reloaded record goes through. One table of every register a form edits, on the demo data.
#include "testsupport.h"

#include "cobuilding/cobuildingunits.h"
#include "cobuilding/twowaylists.h"
#include "common/conflict.h"
#include "db/schema.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "governance/activities.h"
#include "governance/governancemeetings.h"
#include "governance/merchants.h"
#include "grids/careplans.h"
#include "grids/gridstaff.h"
#include "honors/honorservice.h"
#include "party/branchmeetings.h"
#include "party/partymembers.h"
#include "party/partyorganisation.h"
#include "volunteer/catalogue.h"
#include "volunteer/pointsservice.h"
#include "volunteer/volunteers.h"

#include <QSet>
#include <QSqlQuery>
#include <functional>
#include <optional>

using namespace jy;

// A pair of open forms on the same record, as the tests below drive them.
template <typename Record>
struct TwoForms
{
    std::function<std::optional<Record>(Database &, qint64)> load;
    std::function<FieldErrors(Database &, const Record &)> save;
    std::function<void(Record &, int)> change;
    std::function<QVariant(const Record &)> probe;
};

template <typename Record>
void checkLostUpdateRefused(const char *name, Database &here, Database &there, qint64 id, const TwoForms<Record> &f)
{
    INFO(name);
    std::optional<Record> mine = f.load(here, id);
    std::optional<Record> theirs = f.load(there, id);
    REQUIRE(mine);
    REQUIRE(theirs);
    REQUIRE(mine->rowVersion > 0);
    REQUIRE(mine->rowVersion == theirs->rowVersion);

    f.change(*theirs, 1);
    const FieldErrors first = f.save(there, *theirs);
    INFO((first.isEmpty() ? std::string() : first.constFirst().message.toStdString()));
    REQUIRE(first.isEmpty());
    const QVariant theirChange = f.probe(*f.load(here, id));
    CHECK(theirChange == f.probe(*theirs));

    f.change(*mine, 2);
    const FieldErrors second = f.save(here, *mine);
    CHECK(isConflict(second));
    CHECK(f.probe(*f.load(here, id)) == theirChange); // their change stands, mine was not written

    std::optional<Record> reloaded = f.load(here, id);
    CHECK(reloaded->rowVersion == mine->rowVersion + 1);
    f.change(*reloaded, 2);
    const FieldErrors third = f.save(here, *reloaded);
    INFO((third.isEmpty() ? std::string() : third.constFirst().message.toStdString()));
    CHECK(third.isEmpty());
    CHECK(f.probe(*f.load(there, id)) == f.probe(*reloaded));
    // The form that saved first is now the stale one.
    f.change(*theirs, 3);
    CHECK(isConflict(f.save(there, *theirs)));
}

template <typename R>
FieldErrors errorsOf(const R &result) { return result.ok() ? FieldErrors{} : result.errors(); }

template <typename Record, typename List>
std::optional<Record> byId(const List &list, qint64 id)
{
    for (const Record &r : list)
        if (r.id == id)
            return r;
    return std::nullopt;
}

// One demo community with a record in every register.
void makeDemo(Database &db)
{
    DemoOptions options;
    options.today = QDate(2025, 3, 31); // a quarter of orders keeps the fixture quick on both databases
    REQUIRE(DemoGenerator::generate(db, test::admin(), options).ok());
}

QString mark(int n) { return QStringLiteral("第%1次修改").arg(n); }

TEST_CASE("every register a form edits refuses a save made from an older version", "[rowversion][conflict]")
{
    test::TempDatabase db;
    makeDemo(*db);
    // The second workstation: its own connection to the same database.
    const std::unique_ptr<Database> other = Database::open(db.settings(), Database::OpenMode::MustExist);
    const Session s = test::admin();
    auto first = [&](const char *sql) {
        const QVariant id = sql::scalar(db->connection(), QString::fromLatin1(sql));
        REQUIRE(id.isValid());
        return id.toLongLong();
    };
    QSet<QString> covered;
    auto cover = [&](const char *table) { covered.insert(QString::fromLatin1(table)); };

    checkLostUpdateRefused<PartyBranch>("branch", *db, *other, first("SELECT MIN(id) FROM party_branch"),
        {[&](Database &d, qint64 id) { return PartyOrganisation(d, s).find(id); },
         [&](Database &d, const PartyBranch &r) { return errorsOf(PartyOrganisation(d, s).save(r)); },
         [](PartyBranch &r, int n) { r.secretary = mark(n); }, [](const PartyBranch &r) { return QVariant(r.secretary); }});
    cover("party_branch");
    checkLostUpdateRefused<PartyMember>("party member", *db, *other, first("SELECT MIN(resident_id) FROM party_member"),
        {[&](Database &d, qint64 id) { return PartyMembers(d, s).find(id); },
         [&](Database &d, const PartyMember &r) { return errorsOf(PartyMembers(d, s).save(r)); },
         [](PartyMember &r, int n) { r.joinedOn = QDate(2000, 7, n); }, [](const PartyMember &r) { return QVariant(r.joinedOn); }});
    cover("party_member");
    checkLostUpdateRefused<BranchMeeting>("branch meeting", *db, *other, first("SELECT MIN(id) FROM party_meeting"),
        {[&](Database &d, qint64 id) { return BranchMeetings(d, s).find(id); },
         [&](Database &d, const BranchMeeting &r) { return errorsOf(BranchMeetings(d, s).save(r)); },
         [](BranchMeeting &r, int n) { r.notes = mark(n); }, [](const BranchMeeting &r) { return QVariant(r.notes); }});
    cover("party_meeting");
    checkLostUpdateRefused<GovernanceMeeting>("governance meeting", *db, *other, first("SELECT MIN(id) FROM governance_meeting"),
        {[&](Database &d, qint64 id) { return GovernanceMeetings(d, s).find(id); },
         [&](Database &d, const GovernanceMeeting &r) { return errorsOf(GovernanceMeetings(d, s).save(r)); },
         [](GovernanceMeeting &r, int n) { r.decisions = mark(n); }, [](const GovernanceMeeting &r) { return QVariant(r.decisions); }});
    cover("governance_meeting");
    checkLostUpdateRefused<Activity>("activity", *db, *other, first("SELECT MIN(id) FROM activity"),
        {[&](Database &d, qint64 id) { return Activities(d, s).find(id); },
         [&](Database &d, const Activity &r) { return errorsOf(Activities(d, s).save(r)); },
         [](Activity &r, int n) { r.notes = mark(n); }, [](const Activity &r) { return QVariant(r.notes); }});
    cover("activity");
    checkLostUpdateRefused<Merchant>("merchant", *db, *other, first("SELECT MIN(id) FROM merchant"),
        {[&](Database &d, qint64 id) { return Merchants(d, s).find(id); },
         [&](Database &d, const Merchant &r) { return errorsOf(Merchants(d, s).save(r)); },
         [](Merchant &r, int n) { r.owner = mark(n); }, [](const Merchant &r) { return QVariant(r.owner); }});
    cover("merchant");
    checkLostUpdateRefused<CoBuildingUnit>("co-building unit", *db, *other, first("SELECT MIN(id) FROM cobuilding_unit"),
        {[&](Database &d, qint64 id) { return CoBuildingUnits(d, s).find(id); },
         [&](Database &d, const CoBuildingUnit &r) { return errorsOf(CoBuildingUnits(d, s).save(r)); },
         [](CoBuildingUnit &r, int n) { r.notes = mark(n); }, [](const CoBuildingUnit &r) { return QVariant(r.notes); }});
    cover("cobuilding_unit");
    checkLostUpdateRefused<CoBuildingNeed>("co-building need", *db, *other, first("SELECT MIN(id) FROM cobuilding_need"),
        {[&](Database &d, qint64 id) { return TwoWayLists(d, s).findNeed(id); },
         [&](Database &d, const CoBuildingNeed &r) { return errorsOf(TwoWayLists(d, s).addNeed(r)); },
         [](CoBuildingNeed &r, int n) { r.notes = mark(n); }, [](const CoBuildingNeed &r) { return QVariant(r.notes); }});
    cover("cobuilding_need");
    checkLostUpdateRefused<CoBuildingResource>("co-building resource", *db, *other, first("SELECT MIN(id) FROM cobuilding_resource"),
        {[&](Database &d, qint64 id) { return TwoWayLists(d, s).findResource(id); },
         [&](Database &d, const CoBuildingResource &r) { return errorsOf(TwoWayLists(d, s).updateResource(r)); },
         [](CoBuildingResource &r, int n) { r.notes = mark(n); }, [](const CoBuildingResource &r) { return QVariant(r.notes); }});
    cover("cobuilding_resource");
    checkLostUpdateRefused<Honor>("honor", *db, *other, first("SELECT MIN(id) FROM honor"),
        {[&](Database &d, qint64 id) { return HonorService(d, s).find(id); },
         [&](Database &d, const Honor &r) { return errorsOf(HonorService(d, s).save(r)); },
         [](Honor &r, int n) { r.notes = mark(n); }, [](const Honor &r) { return QVariant(r.notes); }});
    cover("honor");
    checkLostUpdateRefused<Volunteer>("volunteer", *db, *other, first("SELECT MIN(id) FROM volunteer"),
        {[&](Database &d, qint64 id) { return VolunteerService(d, s).volunteer(id); },
         [&](Database &d, const Volunteer &r) { return errorsOf(VolunteerService(d, s).saveVolunteer(r)); },
         [](Volunteer &r, int n) { r.unitName = mark(n); }, [](const Volunteer &r) { return QVariant(r.unitName); }});
    cover("volunteer");
    checkLostUpdateRefused<VolunteerTeam>("volunteer team", *db, *other, first("SELECT MIN(id) FROM volunteer_team"),
        {[&](Database &d, qint64 id) { return byId<VolunteerTeam>(VolunteerService(d, s).teams(), id); },
         [&](Database &d, const VolunteerTeam &r) { return errorsOf(VolunteerService(d, s).saveTeam(r)); },
         [](VolunteerTeam &r, int n) { r.notes = mark(n); }, [](const VolunteerTeam &r) { return QVariant(r.notes); }});
    cover("volunteer_team");
    checkLostUpdateRefused<PartnerShop>("partner shop", *db, *other, first("SELECT MIN(id) FROM partner_shop"),
        {[&](Database &d, qint64 id) { return byId<PartnerShop>(VolunteerService(d, s).shops(), id); },
         [&](Database &d, const PartnerShop &r) { return errorsOf(VolunteerService(d, s).saveShop(r)); },
         [](PartnerShop &r, int n) { r.address = mark(n); }, [](const PartnerShop &r) { return QVariant(r.address); }});
    cover("partner_shop");
    checkLostUpdateRefused<ServiceOffer>("service offer", *db, *other, first("SELECT MIN(id) FROM service_offer"),
        {[&](Database &d, qint64 id) { return byId<ServiceOffer>(VolunteerService(d, s).offers(), id); },
         [&](Database &d, const ServiceOffer &r) { return errorsOf(VolunteerService(d, s).saveOffer(r)); },
         [](ServiceOffer &r, int n) { r.place = mark(n); }, [](const ServiceOffer &r) { return QVariant(r.place); }});
    cover("service_offer");
    checkLostUpdateRefused<ServiceCategory>("service category", *db, *other, first("SELECT MIN(id) FROM service_category"),
        {[&](Database &d, qint64 id) { return byId<ServiceCategory>(CatalogueService(d, s).categories(), id); },
         [&](Database &d, const ServiceCategory &r) { return errorsOf(CatalogueService(d, s).saveCategory(r)); },
         [](ServiceCategory &r, int n) { r.name = mark(n); }, [](const ServiceCategory &r) { return QVariant(r.name); }});
    cover("service_category");
    checkLostUpdateRefused<ServiceItem>("service item", *db, *other, first("SELECT MIN(id) FROM service_item"),
        {[&](Database &d, qint64 id) { return CatalogueService(d, s).item(id); },
         [&](Database &d, const ServiceItem &r) { return errorsOf(CatalogueService(d, s).saveItem(r)); },
         [](ServiceItem &r, int n) { r.description = mark(n); }, [](const ServiceItem &r) { return QVariant(r.description); }});
    cover("service_item");
    checkLostUpdateRefused<RedemptionEvent>("redemption event", *db, *other, first("SELECT MIN(id) FROM redemption_event"),
        {[&](Database &d, qint64 id) { return byId<RedemptionEvent>(PointsService(d, s).events(), id); },
         [&](Database &d, const RedemptionEvent &r) { return errorsOf(PointsService(d, s).saveEvent(r)); },
         [](RedemptionEvent &r, int n) { r.place = mark(n); }, [](const RedemptionEvent &r) { return QVariant(r.place); }});
    cover("redemption_event");
    const qint64 tier = first("SELECT MIN(id) FROM gift_tier");
    const qint64 tierEvent = first("SELECT event_id FROM gift_tier WHERE id = (SELECT MIN(id) FROM gift_tier)");
    checkLostUpdateRefused<GiftTier>("gift tier", *db, *other, tier,
        {[&](Database &d, qint64 id) { return byId<GiftTier>(PointsService(d, s).tiers(tierEvent), id); },
         [&](Database &d, const GiftTier &r) { return errorsOf(PointsService(d, s).saveTier(r)); },
         [](GiftTier &r, int n) { r.name = mark(n); }, [](const GiftTier &r) { return QVariant(r.name); }});
    cover("gift_tier");
    checkLostUpdateRefused<CarePlan>("care plan", *db, *other, first("SELECT MIN(id) FROM care_plan"),
        {[&](Database &d, qint64 id) { return CarePlans(d, s).find(id); },
         [&](Database &d, const CarePlan &r) { return errorsOf(CarePlans(d, s).savePlan(r)); },
         [](CarePlan &r, int n) { r.notes = mark(n); }, [](const CarePlan &r) { return QVariant(r.notes); }});
    cover("care_plan");
    const qint64 staffGrid = first("SELECT grid_id FROM grid_staff WHERE id = (SELECT MIN(id) FROM grid_staff)");
    checkLostUpdateRefused<GridStaffMember>("grid staff", *db, *other, first("SELECT MIN(id) FROM grid_staff"),
        {[&](Database &d, qint64 id) { return byId<GridStaffMember>(GridStaff(d, s).members(staffGrid), id); },
         [&](Database &d, const GridStaffMember &r) { return errorsOf(GridStaff(d, s).save(r)); },
         [](GridStaffMember &r, int n) { r.name = QStringLiteral("王%1").arg(QChar(0x4E00 + n)); },
         [](const GridStaffMember &r) { return QVariant(r.name); }});
    cover("grid_staff");

    // Every table the schema gives a row version is one a test above edits.
    QSet<QString> versioned;
    for (const char *table : schema::kVersionedRegisters)
        versioned.insert(QString::fromLatin1(table));
    CHECK(covered == versioned);
}

TEST_CASE("a redemption changes a gift tier's version: a form opened before it cannot put the old stock back", "[rowversion][supermarket]")
{
    test::TempDatabase db;
    makeDemo(*db);
    const Session s = test::admin();
    PointsService points(*db, s);
    // A tier with stock and a volunteer with enough points for it.
    QSqlQuery q = sql::exec(db->connection(), QStringLiteral(
        "SELECT g.id, g.event_id, g.points, (SELECT l.volunteer_id FROM points_ledger l GROUP BY l.volunteer_id "
        "HAVING SUM(l.points) >= g.points ORDER BY l.volunteer_id LIMIT 1) FROM gift_tier g WHERE g.stock > 0 ORDER BY g.points, g.id LIMIT 1"));
    REQUIRE(q.next());
    const qint64 tierId = q.value(0).toLongLong(), eventId = q.value(1).toLongLong(), volunteerId = q.value(3).toLongLong();
    REQUIRE(volunteerId);
    GiftTier open = *byId<GiftTier>(points.tiers(eventId), tierId);
    REQUIRE(points.redeem(eventId, tierId, volunteerId).ok());
    open.points += 1; // the form changes the price, showing the stock from before the redemption
    CHECK(isConflict(errorsOf(points.saveTier(open))));
    CHECK(byId<GiftTier>(points.tiers(eventId), tierId)->stock == open.stock - 1);
}
