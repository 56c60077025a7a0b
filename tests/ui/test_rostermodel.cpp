#include <catch2/catch.hpp>

#include "db/transaction.h"
#include "idnumber/idnumber.h"
#include "residents/residentcodes.h"
#include "residents/residentservice.h"
#include "residents/rostermodel.h"
#include "residents/rosterquery.h"
#include "testsupport.h"

#include <QSet>

using namespace jy;

namespace {

// A valid 18-digit number from its first 17 digits.
QString withCheckDigit(const QString &first17)
{
    return first17 + IdNumber::checkDigit(first17);
}

Resident person(const QString &name, qint64 householdId, const QString &relation, const QString &idNumber = {})
{
    Resident r;
    r.name = name;
    r.householdId = householdId;
    r.relation = relation;
    r.idNumber = idNumber;
    r.residenceType = residence::Registered;
    if (idNumber.isEmpty()) {
        r.birthDate = QDate(1980, 5, 1);
        r.sex = QStringLiteral("M");
    }
    return r;
}

// 张三丰 (head), 王五 and 李四 in one household of 魅力社区 3-2-401.
struct Roster
{
    test::TempDatabase db;
    test::SmallPlace place;
    Session session = test::admin();
    qint64 zhang = 0, wang = 0, li = 0;
    const QString zhangId = withCheckDigit(QStringLiteral("21021119560312003"));

    Roster()
    {
        place = test::SmallPlace::create(*db);
        ResidentService service(*db, session);
        Resident head = person(QStringLiteral("张三丰"), place.householdId, relation::Head, zhangId);
        head.phone = QStringLiteral("13800001234");
        zhang = service.create(head).value();
        wang = service.create(person(QStringLiteral("王五"), place.householdId, relation::Son,
                                     withCheckDigit(QStringLiteral("21021119851120001")))).value();
        li = service.create(person(QStringLiteral("李四"), place.householdId, relation::Spouse)).value();
    }

    // Many more residents, one transaction so the test stays fast.
    void addMany(int n)
    {
        static const QStringList surnames = QStringLiteral("赵 钱 孙 周 吴 郑 冯 陈 褚 卫 蒋 沈 韩 杨").split(QLatin1Char(' '));
        static const QStringList given = QStringLiteral("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 涛 明").split(QLatin1Char(' '));
        ResidentService service(*db, session);
        Transaction tx(*db);
        for (int i = 0; i < n; ++i) {
            const QString name = surnames.at(i % surnames.size()) + given.at((i / surnames.size()) % given.size())
                + given.at((i / 7) % given.size());
            REQUIRE(service.create(person(name, place.householdId, relation::Other)).ok());
        }
        tx.commit();
    }
};

QString text(const RosterModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_CASE("roster model counts residents and lists them in pinyin order", "[ui]")
{
    Roster r;
    RosterModel model(*r.db, r.session);
    CHECK(model.rowCount() == 3);
    CHECK(model.columnCount() == RosterModel::ColumnCount);
    CHECK(model.cachedPages() == 0); // nothing read before a view asks
    CHECK(text(model, 0, RosterModel::Name) == QStringLiteral("李四"));
    CHECK(text(model, 1, RosterModel::Name) == QStringLiteral("王五"));
    CHECK(text(model, 2, RosterModel::Name) == QStringLiteral("张三丰"));
    CHECK(model.residentId(2) == r.zhang);
    CHECK(model.residentId(3) == 0);
    CHECK(model.data(model.index(2, RosterModel::Name), RosterModel::HouseholdIdRole).toLongLong() == r.place.householdId);
    CHECK_FALSE(model.data(model.index(0, RosterModel::Name), Qt::DecorationRole).isValid());

    CHECK(text(model, 2, RosterModel::Community) == QStringLiteral("魅力社区"));
    CHECK(text(model, 2, RosterModel::Address).contains(QStringLiteral("万科魅力之城")));
    CHECK(text(model, 2, RosterModel::Sex) == ResidentCodes::sexLabel(QStringLiteral("M")));
    CHECK(text(model, 2, RosterModel::Relation) == ResidentCodes::relationLabel(relation::Head));
    CHECK(text(model, 2, RosterModel::ResidenceType) == ResidentCodes::residenceTypeLabel(residence::Registered));
    CHECK(text(model, 2, RosterModel::Age) == QString::number(ageOn(QDate(1956, 3, 12), QDate::currentDate())));
    for (int column = 0; column < RosterModel::ColumnCount; ++column)
        CHECK_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

TEST_CASE("roster model masks ID numbers and phones unless asked and allowed", "[ui]")
{
    Roster r;
    RosterModel model(*r.db, r.session);
    const int row = 2; // 张三丰
    CHECK(text(model, row, RosterModel::IdNumber) == IdNumber::mask(r.zhangId));
    CHECK(text(model, row, RosterModel::IdNumber) != r.zhangId);
    CHECK(text(model, row, RosterModel::Phone) == QStringLiteral("138****1234"));
    CHECK_FALSE(model.personalDataVisible());

    int changes = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&changes] { ++changes; });
    model.setShowPersonalData(true);
    CHECK(changes == 1);
    CHECK(model.personalDataVisible());
    CHECK(text(model, row, RosterModel::IdNumber) == r.zhangId);
    CHECK(text(model, row, RosterModel::Phone) == QStringLiteral("13800001234"));

    const Session viewer = test::viewer();
    RosterModel viewerModel(*r.db, viewer);
    viewerModel.setShowPersonalData(true); // the toggle alone does not unmask
    CHECK_FALSE(viewerModel.personalDataVisible());
    CHECK(text(viewerModel, row, RosterModel::IdNumber) == IdNumber::mask(r.zhangId));
}

TEST_CASE("setting a filter resets the roster model and re-counts", "[ui]")
{
    Roster r;
    RosterModel model(*r.db, r.session);
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    text(model, 0, RosterModel::Name);
    CHECK(model.cachedPages() == 1);

    RosterFilter filter;
    filter.text = QStringLiteral("王");
    model.setFilter(filter);
    CHECK(resets == 1);
    CHECK(model.cachedPages() == 0);
    REQUIRE(model.rowCount() == 1);
    CHECK(text(model, 0, RosterModel::Name) == QStringLiteral("王五"));

    filter.text = QStringLiteral("zsf"); // pinyin initials
    model.setFilter(filter);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.residentId(0) == r.zhang);

    filter.text = QStringLiteral("9999"); // no ID number or phone ends so
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.data(model.index(0, RosterModel::Name)).isValid());

    model.setFilter(RosterFilter{});
    CHECK(model.rowCount() == 3);
    CHECK(resets == 4);
}

TEST_CASE("refresh shows changes made through the service", "[ui]")
{
    Roster r;
    RosterModel model(*r.db, r.session);
    CHECK(text(model, 1, RosterModel::Name) == QStringLiteral("王五"));
    ResidentService service(*r.db, r.session);
    REQUIRE(service.remove(r.wang).ok());
    CHECK(text(model, 1, RosterModel::Name) == QStringLiteral("王五")); // cached until refreshed
    model.refresh();
    CHECK(model.rowCount() == 2);
    CHECK(text(model, 1, RosterModel::Name) == QStringLiteral("张三丰"));
}

TEST_CASE("roster model loads the page of a row on demand", "[ui]")
{
    Roster r;
    r.addMany(450);
    RosterModel model(*r.db, r.session);
    REQUIRE(model.rowCount() == 453);
    CHECK(model.pageSize() == RosterModel::kPageSize);
    CHECK(model.pagesLoaded() == 0);

    // A row on the third page: only that page is read.
    CHECK_FALSE(text(model, 420, RosterModel::Name).isEmpty());
    CHECK(model.pagesLoaded() == 1);
    CHECK(model.cachedPages() == 1);
    text(model, 401, RosterModel::Name);
    text(model, 452, RosterModel::Name);
    CHECK(model.pagesLoaded() == 1);
    CHECK_FALSE(model.data(model.index(453, RosterModel::Name)).isValid());

    // Rows agree with the query they come from, across page boundaries.
    RosterQuery query(*r.db);
    for (int row : {0, 199, 200, 201, 399, 400, 452})
        CHECK(model.residentId(row) == query.page(RosterFilter{}, row, 1).constFirst().id);
    CHECK(model.cachedPages() == 3);
}

TEST_CASE("roster model holds no more pages than its cache allows", "[ui]")
{
    Roster r;
    r.addMany(450);
    RosterModel model(*r.db, r.session, nullptr, 50, 3);
    REQUIRE(model.rowCount() == 453);
    CHECK(model.maxCachedPages() == 3);
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.residentId(row));
        REQUIRE(model.cachedPages() <= 3);
    }
    CHECK(seen.size() == 453); // every row, each once
    CHECK(model.pagesLoaded() == 10);
    // Scrolling back reloads an evicted page.
    model.residentId(0);
    CHECK(model.pagesLoaded() == 11);
    CHECK(model.cachedPages() == 3);
}
