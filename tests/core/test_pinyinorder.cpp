#include "testsupport.h"
#include "pinyin/pinyin.h"
#include "residents/residentservice.h"
#include "residents/rosterquery.h"
#include "volunteer/volunteers.h"

using namespace jy;

// zh_CN name lists follow the dictionary (pinyin), not Unicode: 张 (U+5F20) < 白 (U+767D) < 阿 (U+963F)
// by code point, 阿 (a) < 白 (bai) < 张 (zhang) by pinyin.

TEST_CASE("sortByPinyin puts names in dictionary order and keeps equal names in their order", "[pinyin]")
{
    struct Row
    {
        QString name;
        int id;
    };
    QList<Row> rows = {{QStringLiteral("张伟"), 1}, {QStringLiteral("白雪"), 2}, {QStringLiteral("阿丽"), 3},
                       {QStringLiteral("单田芳"), 4}, {QStringLiteral("白雪"), 5}, {QStringLiteral("Anna"), 6}};
    sortByPinyin(rows, [](const Row &r) { return r.name; });
    QList<int> ids;
    for (const Row &r : rows)
        ids << r.id;
    // 阿丽 a li, Anna anna, 白雪 bai xue (twice, in the given order), 单 as a surname reads shan, 张 zhang.
    CHECK(ids == QList<int>{3, 6, 2, 5, 4, 1});
}

TEST_CASE("the volunteer list is in pinyin order, and a cut list keeps the first names", "[pinyin][supermarket]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    VolunteerService volunteers(*db, admin);
    for (const char *name : {"张建国", "白玉兰", "阿依古丽", "曾小贤"}) {
        Volunteer v;
        v.name = QString::fromUtf8(name);
        v.communityId = place.communityId;
        v.unitName = QStringLiteral("甘井子区税务局");
        v.registeredOn = QDate(2021, 3, 1);
        REQUIRE(volunteers.saveVolunteer(v).ok());
    }
    QStringList names;
    for (const VolunteerSummary &s : volunteers.summaries(place.communityId))
        names << s.volunteer.name;
    // 曾 as a surname reads zeng, before zhang.
    CHECK(names == QStringList{QStringLiteral("阿依古丽"), QStringLiteral("白玉兰"), QStringLiteral("曾小贤"), QStringLiteral("张建国")});

    names.clear();
    for (const VolunteerSummary &s : volunteers.summaries(place.communityId, {}, 2))
        names << s.volunteer.name;
    CHECK(names == QStringList{QStringLiteral("阿依古丽"), QStringLiteral("白玉兰")});
}

TEST_CASE("the roster pages come in pinyin order", "[pinyin][residents]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    ResidentService residents(*db, admin);
    test::addResident(residents, QStringLiteral("张三"), place.householdId, relation::Head);
    test::addResident(residents, QStringLiteral("白娟"), place.householdId, relation::Spouse);
    test::addResident(residents, QStringLiteral("阿明"), place.householdId, relation::Son);
    QStringList names;
    for (const RosterRow &row : RosterQuery(*db, admin).page(RosterFilter(), 0, 10))
        names << row.name;
    CHECK(names == QStringList{QStringLiteral("阿明"), QStringLiteral("白娟"), QStringLiteral("张三")});
}
