#include <catch2/catch.hpp>

#include "residents/residentservice.h"
#include "stats/populationprofile.h"
#include "testsupport.h"

using namespace jy;

namespace {

Resident born(const QString &name, const QDate &birthDate, const QString &sex, qint64 householdId,
              const QString &type = residence::Registered)
{
    Resident r;
    r.name = name;
    r.birthDate = birthDate;
    r.sex = sex;
    r.householdId = householdId;
    r.relation = relation::Other;
    r.residenceType = type;
    return r;
}

} // namespace

TEST_CASE("population profile counts residents by age band, sex and residence type", "[stats]")
{
    test::TempDatabase db;
    const auto place = test::SmallPlace::create(*db);
    const Session session = test::admin();
    ResidentService service(*db, session);
    const QDate today(2024, 6, 15);

    // Ages on 2024-06-15: 0, 9 (turns 10 tomorrow), 10 (today), 35, 79, 80, 95.
    REQUIRE(service.create(born(QStringLiteral("小宝"), QDate(2024, 1, 1), QStringLiteral("M"), place.householdId)).ok());
    REQUIRE(service.create(born(QStringLiteral("小明"), QDate(2014, 6, 16), QStringLiteral("M"), place.householdId)).ok());
    REQUIRE(service.create(born(QStringLiteral("小红"), QDate(2014, 6, 15), QStringLiteral("F"), place.householdId)).ok());
    REQUIRE(service.create(born(QStringLiteral("王五"), QDate(1989, 3, 1), QStringLiteral("M"), place.householdId,
                                residence::Floating)).ok());
    REQUIRE(service.create(born(QStringLiteral("李四"), QDate(1944, 6, 16), QStringLiteral("F"), place.householdId)).ok());
    REQUIRE(service.create(born(QStringLiteral("赵六"), QDate(1944, 6, 15), QStringLiteral("F"), place.householdId)).ok());
    REQUIRE(service.create(born(QStringLiteral("张三丰"), QDate(1929, 1, 1), QStringLiteral("M"), place.householdId,
                                residence::Absent)).ok());

    const PopulationProfile p = PopulationProfile::collect(*db, today);
    REQUIRE(p.ageBands.size() == 9);
    CHECK(p.residents == 7);
    CHECK(p.unknownAge == 0);
    CHECK(p.ageBands[0].minAge == 0);
    CHECK(p.ageBands[0].maxAge == 9);
    CHECK(p.ageBands[0].male == 2);
    CHECK(p.ageBands[0].female == 0);
    CHECK(p.ageBands[1].female == 1);    // 10 today
    CHECK(p.ageBands[3].male == 1);      // 35
    CHECK(p.ageBands[7].female == 1);    // 79
    CHECK(p.ageBands[8].maxAge == -1);
    CHECK(p.ageBands[8].female == 1);    // 80 today
    CHECK(p.ageBands[8].male == 1);      // 95
    int sum = 0;
    for (const auto &band : p.ageBands)
        sum += band.total();
    CHECK(sum == 7);

    CHECK(p.residenceTypes.value(residence::Registered) == 5);
    CHECK(p.residenceTypes.value(residence::Floating) == 1);
    CHECK(p.residenceTypes.value(residence::Absent) == 1);
    CHECK(p.residenceTypes.value(residence::Resident) == 0);
}

TEST_CASE("population profile of one community leaves the others out", "[stats]")
{
    test::TempDatabase db;
    const auto first = test::SmallPlace::create(*db);
    const auto second = test::SmallPlace::create(*db, QStringLiteral("210211014002"));
    const Session session = test::admin();
    ResidentService service(*db, session);
    REQUIRE(service.create(born(QStringLiteral("王五"), QDate(1990, 1, 1), QStringLiteral("M"), first.householdId)).ok());
    REQUIRE(service.create(born(QStringLiteral("李四"), QDate(1950, 1, 1), QStringLiteral("F"), second.householdId)).ok());
    REQUIRE(service.create(born(QStringLiteral("赵六"), QDate(1951, 1, 1), QStringLiteral("F"), second.householdId)).ok());

    const QDate today(2024, 6, 15);
    CHECK(PopulationProfile::collect(*db, today).residents == 3);
    const PopulationProfile p = PopulationProfile::collect(*db, today, second.communityId);
    CHECK(p.residents == 2);
    CHECK(p.ageBands[7].female == 2);
    CHECK(p.ageBands[3].male == 0);
    CHECK(p.residenceTypes.value(residence::Registered) == 2);
}

TEST_CASE("population profile of an empty database", "[stats]")
{
    test::TempDatabase db;
    const PopulationProfile p = PopulationProfile::collect(*db);
    CHECK(p.residents == 0);
    CHECK(p.ageBands.size() == 9);
    CHECK(p.residenceTypes.isEmpty());
}
