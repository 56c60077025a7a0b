#include <catch2/catch.hpp>

#include "places/placestore.h"
#include "residents/addressformat.h"
#include "residents/householdfinder.h"
#include "residents/residentservice.h"
#include "testsupport.h"

using namespace jy;

namespace {

struct Street
{
    test::TempDatabase db;
    test::SmallPlace place;     // 万科魅力之城 3-2-401, with a household
    test::SmallPlace neighbour; // the same address in another community
    qint64 room402 = 0, room1001 = 0, household402 = 0, seaView = 0;

    Street()
    {
        place = test::SmallPlace::create(*db);
        neighbour = test::SmallPlace::create(*db, QStringLiteral("210211014002"));
        PlaceStore places(*db);
        room402 = places.addDwelling(place.unitId, QStringLiteral("402"), 70);
        room1001 = places.addDwelling(place.unitId, QStringLiteral("1001"), 70);
        const qint64 estate = places.addEstate(place.communityId, QStringLiteral("海景花园"));
        const qint64 unit = places.addUnit(places.addBuilding(estate, QStringLiteral("3"), 6), QStringLiteral("2"));
        seaView = places.addDwelling(unit, QStringLiteral("401"), 80);

        const Session session = test::admin();
        ResidentService service(*db, session);
        household402 = service.createHousehold(room402).value();
        test::addResident(service, QStringLiteral("张三"), place.householdId, relation::Head);
        test::addResident(service, QStringLiteral("李梅"), place.householdId, relation::Spouse);
        test::addResident(service, QStringLiteral("张小明"), place.householdId, relation::Son);
        test::addResident(service, QStringLiteral("王五"), household402, relation::Head);
    }

};

} // namespace

TEST_CASE("household finder lists the households and empty dwellings at an address", "[households]")
{
    Street s;
    HouseholdFinder finder(*s.db);

    const QList<HouseholdMatch> unit = finder.atAddress(QStringLiteral("3-2"), s.place.communityId);
    // Estates by name, then rooms in numeric order (401 before 1001).
    REQUIRE(unit.size() == 4);
    CHECK(unit[0].householdId == s.place.householdId);
    CHECK(unit[0].dwellingId == s.place.dwellingId);
    CHECK(unit[0].headName == QStringLiteral("张三"));
    CHECK(unit[0].members == 3);
    CHECK(unit[0].address == formatAddress(QStringLiteral("万科魅力之城"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("401")));
    CHECK(unit[1].householdId == s.household402);
    CHECK(unit[1].headName == QStringLiteral("王五"));
    CHECK(unit[1].members == 1);
    CHECK(unit[2].dwellingId == s.room1001);
    CHECK(unit[2].householdId == 0); // empty: found a new household here
    CHECK(unit[2].members == 0);
    CHECK(unit[2].headName.isEmpty());
    CHECK(unit[3].dwellingId == s.seaView);
    CHECK(unit[3].householdId == 0);
}

TEST_CASE("household finder reads the address forms staff type", "[households]")
{
    Street s;
    HouseholdFinder finder(*s.db);
    for (const QString &text : {QStringLiteral("3-2-401"), QStringLiteral("3栋2单元401"), QStringLiteral("3栋2单元401室"),
                                QStringLiteral(" 3-2-401 ")}) {
        INFO(text.toStdString());
        const QList<HouseholdMatch> found = finder.atAddress(text, s.place.communityId);
        REQUIRE(found.size() == 2); // 万科魅力之城 and 海景花园 both have a 3-2-401
        CHECK(found[0].householdId == s.place.householdId);
        CHECK(found[1].dwellingId == s.seaView);
    }
    // Another word narrows the estate.
    const QList<HouseholdMatch> seaView = finder.atAddress(QStringLiteral("海景 3-2-401"));
    REQUIRE(seaView.size() == 1);
    CHECK(seaView[0].dwellingId == s.seaView);

    CHECK(finder.atAddress(QStringLiteral("3-2-999")).isEmpty());
    CHECK(finder.atAddress(QStringLiteral("张三")).isEmpty()); // no address, no guess
    CHECK(finder.atAddress(QString()).isEmpty());
}

TEST_CASE("household finder keeps to a community when asked and honours the limit", "[households]")
{
    Street s;
    HouseholdFinder finder(*s.db);
    const QList<HouseholdMatch> everywhere = finder.atAddress(QStringLiteral("3-2-401"));
    CHECK(everywhere.size() == 3);
    const QList<HouseholdMatch> neighbour = finder.atAddress(QStringLiteral("3-2-401"), s.neighbour.communityId);
    REQUIRE(neighbour.size() == 1);
    CHECK(neighbour[0].householdId == s.neighbour.householdId);
    CHECK(neighbour[0].members == 0); // a household with nobody registered yet still counts as one

    CHECK(finder.atAddress(QStringLiteral("3-2"), 0, 2).size() == 2);
}
