#include <catch2/catch.hpp>

#include "db/sql.h"
#include "places/placestore.h"
#include "residents/residentservice.h"
#include "residents/rosterquery.h"
#include "residents/searchterm.h"
#include "tags/tagstore.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace jy;

namespace {

struct Roster
{
    test::TempDatabase db;
    test::SmallPlace place;
    qint64 otherHousehold = 0;
    qint64 otherBuilding = 0;
    qint64 gridId = 0;

    Roster()
    {
        place = test::SmallPlace::create(*db);
        PlaceStore places(*db);
        otherBuilding = places.addBuilding(place.estateId, QStringLiteral("5"), 6);
        const qint64 unit = places.addUnit(otherBuilding, QStringLiteral("1"));
        const qint64 dwelling = places.addDwelling(unit, QStringLiteral("102"), 60);
        gridId = places.addGrid(place.communityId, QStringLiteral("01"), QStringLiteral("第1网格"));
        places.addGridBuilding(gridId, otherBuilding);

        const Session session = test::admin();
        ResidentService service(*db, session);
        otherHousehold = service.createHousehold(dwelling).value();
        add(service, QStringLiteral("张三丰"), QStringLiteral("11010519491231002X"), QStringLiteral("13800001234"), place.householdId,
            relation::Head, residence::Registered, {QStringLiteral("独居")});
        add(service, QStringLiteral("王五"), QStringLiteral("210211199003071235"), QStringLiteral("13912345678"), place.householdId,
            relation::Spouse, residence::Floating, {});
        add(service, QStringLiteral("李四"), QStringLiteral("210211200001010020"), QString(), otherHousehold, relation::Head,
            residence::Registered, {QStringLiteral("党员")});
        add(service, QStringLiteral("张小明"), QString(), QStringLiteral("0411-84123456"), otherHousehold, relation::Son,
            residence::Registered, {});
    }

    void add(ResidentService &service, const QString &name, const QString &id, const QString &phone, qint64 household,
             const QString &rel, const QString &type, const QStringList &tags)
    {
        Resident r;
        r.name = name;
        r.idNumber = id;
        r.phone = phone;
        r.householdId = household;
        r.relation = rel;
        r.residenceType = type;
        r.tags = tags;
        if (id.isEmpty()) {
            r.birthDate = QDate(2015, 6, 1);
            r.sex = QStringLiteral("M");
        }
        const Result<qint64> created = service.create(r);
        REQUIRE(created.ok());
    }

    QStringList names(const RosterFilter &filter)
    {
        QStringList out;
        for (const RosterRow &row : RosterQuery(*db).page(filter, 0, 100))
            out << row.name;
        CHECK(RosterQuery(*db).count(filter) == out.size());
        return out;
    }
    QStringList names(const QString &text)
    {
        RosterFilter filter;
        filter.text = text;
        filter.today = QDate(2026, 11, 21);
        return names(filter);
    }
    QString plan(const QString &text)
    {
        RosterFilter filter;
        filter.text = text;
        QVariantList values;
        const QString where = RosterQuery::whereClause(filter, values, true);
        QSqlQuery q = sql::exec(db->connection(), QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM resident r") + where, values);
        QStringList steps;
        while (q.next())
            steps << q.value(3).toString();
        return steps.join(QLatin1Char('\n'));
    }
};

} // namespace

TEST_CASE("search terms are classified by what they look like", "[search]")
{
    using K = SearchTerm::Kind;
    CHECK(SearchTerm::parse(QStringLiteral("张三")).constFirst().kind == K::Name);
    CHECK(SearchTerm::parse(QStringLiteral("zsf")).constFirst().kind == K::Pinyin);
    CHECK(SearchTerm::parse(QStringLiteral("002X")).constFirst().kind == K::DigitsTail);
    CHECK(SearchTerm::parse(QStringLiteral("1234")).constFirst().kind == K::DigitsTail);
    CHECK(SearchTerm::parse(QStringLiteral("13800001234")).constFirst().kind == K::DigitsHead);
    CHECK(SearchTerm::parse(QStringLiteral("11010519491231002x")).constFirst().kind == K::IdNumber);
    const SearchTerm address = SearchTerm::parse(QStringLiteral("3栋2单元401室")).constFirst();
    CHECK(address.kind == K::Address);
    CHECK((address.building == QLatin1String("3") && address.unit == QLatin1String("2") && address.room == QLatin1String("401")));
    CHECK(SearchTerm::parse(QStringLiteral("张 3-2-401")).size() == 2);
    CHECK(SearchTerm::parse(QStringLiteral("0411-84123456")).constFirst().kind == K::Landline);
}

TEST_CASE("the roster is in pinyin order", "[search]")
{
    Roster roster;
    CHECK(roster.names(QString()) == QStringList{QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("张三丰"),
                                                 QStringLiteral("张小明")});
}

TEST_CASE("search finds by name substring, pinyin and initials", "[search]")
{
    Roster roster;
    CHECK(roster.names(QStringLiteral("张")) == QStringList{QStringLiteral("张三丰"), QStringLiteral("张小明")});
    CHECK(roster.names(QStringLiteral("三丰")) == QStringList{QStringLiteral("张三丰")});
    CHECK(roster.names(QStringLiteral("丰")) == QStringList{QStringLiteral("张三丰")});
    CHECK(roster.names(QStringLiteral("zsf")) == QStringList{QStringLiteral("张三丰")});
    CHECK(roster.names(QStringLiteral("ZS")) == QStringList{QStringLiteral("张三丰")});
    CHECK(roster.names(QStringLiteral("zhangsan")) == QStringList{QStringLiteral("张三丰")});
    CHECK(roster.names(QStringLiteral("zhang")) == QStringList{QStringLiteral("张三丰"), QStringLiteral("张小明")});
    CHECK(roster.names(QStringLiteral("w")) == QStringList{QStringLiteral("王五")});
    CHECK(roster.names(QStringLiteral("赵")).isEmpty());
}

TEST_CASE("search finds by ID number, its tail, phone and address", "[search]")
{
    Roster roster;
    CHECK(roster.names(QStringLiteral("11010519491231002X")) == QStringList{QStringLiteral("张三丰")});
    CHECK(roster.names(QStringLiteral("11010519491231002x")) == QStringList{QStringLiteral("张三丰")});
    CHECK(roster.names(QStringLiteral("002X")) == QStringList{QStringLiteral("张三丰")});
    CHECK(roster.names(QStringLiteral("071235")) == QStringList{QStringLiteral("王五")});
    CHECK(roster.names(QStringLiteral("5678")) == QStringList{QStringLiteral("王五")});    // phone tail
    CHECK(roster.names(QStringLiteral("13800001234")) == QStringList{QStringLiteral("张三丰")});
    CHECK(roster.names(QStringLiteral("2102112000")) == QStringList{QStringLiteral("李四")}); // ID prefix
    CHECK(roster.names(QStringLiteral("3-2-401")) == QStringList{QStringLiteral("王五"), QStringLiteral("张三丰")});
    CHECK(roster.names(QStringLiteral("5栋1单元102")) == QStringList{QStringLiteral("李四"), QStringLiteral("张小明")});
    CHECK(roster.names(QStringLiteral("张 5-1")) == QStringList{QStringLiteral("张小明")});
    CHECK(roster.names(QStringLiteral("0411-84123456")) == QStringList{QStringLiteral("张小明")});
    CHECK(roster.names(QStringLiteral("041184123456")) == QStringList{QStringLiteral("张小明")});
    CHECK(roster.names(QStringLiteral("3456")) == QStringList{QStringLiteral("张小明")}); // landline tail
}

TEST_CASE("filters narrow the roster", "[search]")
{
    Roster roster;
    RosterFilter filter;
    filter.today = QDate(2026, 11, 21);
    filter.residenceType = residence::Floating;
    CHECK(roster.names(filter) == QStringList{QStringLiteral("王五")});

    filter = {};
    filter.today = QDate(2026, 11, 21);
    filter.minAge = 60;
    CHECK(roster.names(filter) == QStringList{QStringLiteral("张三丰")});
    filter.minAge = 26;
    filter.maxAge = 36;
    CHECK(roster.names(filter) == QStringList{QStringLiteral("李四"), QStringLiteral("王五")});

    filter = {};
    const Session session = test::admin();
    filter.tagIds = {TagStore(*roster.db, session).idOf(QStringLiteral("党员"))};
    CHECK(roster.names(filter) == QStringList{QStringLiteral("李四")});

    filter = {};
    filter.gridId = roster.gridId;
    CHECK(roster.names(filter) == QStringList{QStringLiteral("李四"), QStringLiteral("张小明")});
    filter = {};
    filter.buildingId = roster.place.buildingId;
    CHECK(roster.names(filter) == QStringList{QStringLiteral("王五"), QStringLiteral("张三丰")});
    filter = {};
    filter.communityId = roster.place.communityId;
    CHECK(roster.names(filter).size() == 4);
}

TEST_CASE("searches use indexes, not a scan of the resident table", "[search][sqlite]")
{
    Roster roster;
    for (const char *text : {"zsf", "张三", "002X", "13800001234", "11010519491231002X", "2102112000"}) {
        INFO(text);
        const QString plan = roster.plan(QString::fromUtf8(text));
        INFO(plan.toStdString());
        CHECK_FALSE(plan.contains(QRegularExpression(QStringLiteral("SCAN r($| USING COVERING INDEX resident_(sort|community))"))));
        CHECK_FALSE(plan.contains(QLatin1String("SCAN r\n")));
    }
}

TEST_CASE("roster rows are masked for display unless revealed", "[search]")
{
    Roster roster;
    RosterFilter filter;
    filter.text = QStringLiteral("zsf");
    const RosterRow row = RosterQuery(*roster.db).page(filter, 0, 1).constFirst();
    CHECK(row.idNumber == QLatin1String("11010519491231002X"));
    CHECK(row.address.contains(QLatin1String("401")));
    CHECK(row.tags == QStringList{QStringLiteral("独居")});
    const RosterRow masked = row.masked();
    CHECK_FALSE(masked.idNumber.contains(QLatin1String("19491231")));
    CHECK(masked.idNumber.endsWith(QLatin1String("002X")));
    CHECK(masked.phone == QLatin1String("138****1234"));
}
