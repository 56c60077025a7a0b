#include "demo/demogenerator.h"
#include "demo/demoaccounts.h"
#include "demo/demogrids.h"
#include "demo/demogovernance.h"
#include "demo/demohonors.h"
#include "demo/demosupermarket.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "demo/demonames.h"
#include "residents/resident.h"
#include "residents/residentbulkwriter.h"
#include "residents/searchkeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace jy {

namespace {

const QString kStreetCode = QStringLiteral("210211014");
const QString kStreetName = QStringLiteral("辛寨子街道");

// The seed's 魅力社区, and the themes of its nine branches in the order the report gives them.
constexpr int kMeiliHouseholds = 4692;
constexpr int kMeiliResidents = 9475;
constexpr int kMeiliBuildings = 62;
constexpr int kMeiliPartyMembers = 243;
constexpr int kMeiliGrids = 9;
const char16_t *const kThemes[] = {u"服务", u"学习", u"孝老", u"睦邻", u"护绿", u"智慧", u"慈善", u"文艺", u"环保"};

QString padded(int n, int width) { return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0')); }

// A building's shape: 多层 walk-ups, 小高层 and 高层 towers.
struct Layout
{
    int floors, units, doors, minFloors, maxFloors, areaLow, areaHigh;
};

Layout layout(DemoRandom &r, bool oldEstate)
{
    if (oldEstate)
        return {r.between(6, 7), r.between(2, 4), 2, 6, 7, 48, 78};
    const double x = r.unit();
    if (x < 0.3)
        return {r.between(6, 7), r.between(3, 4), 2, 6, 7, 85, 125};
    if (x < 0.65)
        return {r.between(11, 18), r.between(2, 3), 2, 11, 18, 80, 120};
    return {r.between(24, 33), 2, r.between(2, 3), 24, 33, 70, 140};
}

int capacity(const std::vector<Layout> &layouts)
{
    int total = 0;
    for (const Layout &l : layouts)
        total += l.floors * l.units * l.doors;
    return total;
}

} // namespace

DemoGenerator::DemoGenerator(Database &db, const DemoOptions &options)
    : mDb(db), mConn(db.connection()), mOptions(options), mRandom(options.seed), mFamily(mRandom, options.referenceDate),
      mStamp(QDateTime(options.referenceDate, QTime(0, 0), Qt::UTC).toString(Qt::ISODate)), mWriter(db, mStamp)
{
    if (db.dialect() == Dialect::SQLite) {
        // A street is ~110 MB: keep the run's pages in memory instead of spilling them to disk
        // and reading them back. The connection's own setting returns in the destructor.
        mPreviousCacheSize = sql::scalar(mConn, QStringLiteral("PRAGMA cache_size")).toLongLong();
        sql::exec(mConn, QStringLiteral("PRAGMA cache_size = -262144"));
    }

    const auto insert = [&](const QString &statement) { return sql::prepare(mConn, returningId(db, statement)); };
    mEstate = insert(QStringLiteral("INSERT INTO estate (community_id, name) VALUES (?, ?)"));
    mBuilding = insert(QStringLiteral("INSERT INTO building (estate_id, number, floors) VALUES (?, ?, ?)"));
    mUnit = insert(QStringLiteral("INSERT INTO unit (building_id, number) VALUES (?, ?)"));
    mDwelling = insert(QStringLiteral("INSERT INTO dwelling (unit_id, room, area) VALUES (?, ?, ?)"));
    mGrid = insert(QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (?, ?, ?)"));
    mGridBuilding = sql::prepare(mConn, QStringLiteral("INSERT INTO grid_building (grid_id, building_id) VALUES (?, ?)"));
    mBranch = insert(QStringLiteral("INSERT INTO party_branch (community_id, name, theme) VALUES (?, ?, ?)"));
    mMember = sql::prepare(mConn, QStringLiteral(
        "INSERT INTO party_member (resident_id, branch_id, status, kind, joined_on) VALUES (?, ?, ?, ?, ?)"));
    mStaff = sql::prepare(mConn, QStringLiteral(
        "INSERT INTO grid_staff (grid_id, role_id, name, phone, resident_id) VALUES (?, ?, ?, ?, ?)"));
}

DemoGenerator::~DemoGenerator()
{
    if (mPreviousCacheSize == 0)
        return;
    try {
        sql::exec(mConn, QStringLiteral("PRAGMA cache_size = %1").arg(mPreviousCacheSize));
    } catch (const DbError &e) {
        qWarning("cannot restore the cache size: %s", e.what());
    }
}

Result<DemoSummary> DemoGenerator::generate(Database &db, const Session &session, const DemoOptions &options)
{
    using R = Result<DemoSummary>;
    if (!session.can(Permission::ImportData))
        return R::fail(QString(),
                       QCoreApplication::translate("jy::DemoGenerator", "You are not allowed to generate demo data."));
    if (options.communities < 1 || options.communities > DemoNames::communityCount())
        return R::fail(QStringLiteral("communities"),
                       QCoreApplication::translate("jy::DemoGenerator", "Choose between 1 and %1 communities.")
                           .arg(DemoNames::communityCount()));
    if (!options.referenceDate.isValid())
        return R::fail(QStringLiteral("reference_date"),
                       QCoreApplication::translate("jy::DemoGenerator", "Choose a valid reference date."));

    QSqlDatabase conn = db.connection();
    // Demo people mixed with real ones would be a disaster to untangle: only an empty roster.
    if (sql::scalar(conn, QStringLiteral("SELECT count(*) FROM resident")).toLongLong() > 0)
        return R::fail(QString(), QCoreApplication::translate("jy::DemoGenerator",
                                                              "The database already holds residents; demo data is only "
                                                              "generated into an empty database."));

    QList<Plan> plans;
    for (int i = 0; i < options.communities; ++i) {
        Plan plan;
        plan.index = i;
        plan.code = kStreetCode + padded(i + 1, 3);
        plan.name = DemoNames::communityName(i);
        // A community an office already set up (by code) is filled if it is still empty.
        QSqlQuery existing = sql::exec(conn, QStringLiteral("SELECT id, name FROM community WHERE code = ?"), {plan.code});
        if (existing.next()) {
            plan.id = existing.value(0).toLongLong();
            plan.name = existing.value(1).toString();
            const qint64 used = sql::scalar(conn, QStringLiteral(
                "SELECT (SELECT count(*) FROM estate WHERE community_id = ?) + (SELECT count(*) FROM grid WHERE community_id = ?) "
                "+ (SELECT count(*) FROM party_branch WHERE community_id = ?)"), {plan.id, plan.id, plan.id}).toLongLong();
            if (used > 0)
                return R::fail(QString(), QCoreApplication::translate("jy::DemoGenerator",
                                                                      "The community %1 (%2) already has estates, grids or "
                                                                      "party branches; demo data only goes into an empty community.")
                                              .arg(plan.name, plan.code));
        }
        plans << plan;
    }

    Transaction tx(db);
    // The unnamed community `init` leaves behind would stand empty beside the demo's.
    sql::exec(conn, QStringLiteral("DELETE FROM community WHERE code LIKE '000000%' AND NOT EXISTS "
                                   "(SELECT 1 FROM estate WHERE community_id = community.id) AND NOT EXISTS "
                                   "(SELECT 1 FROM grid WHERE community_id = community.id)"));
    sql::exec(conn, QStringLiteral("DELETE FROM street WHERE code LIKE '000000%' AND NOT EXISTS "
                                   "(SELECT 1 FROM community WHERE street_id = street.id)"));
    DemoSummary summary;
    try {
        DemoGenerator generator(db, options);
        generator.run(plans);
        summary = generator.mSummary;
        QList<DemoSupermarket::Community> communities;
        for (const Plan &plan : plans)
            communities.append({sql::scalar(conn, QStringLiteral("SELECT id FROM community WHERE code = ?"), {plan.code}).toLongLong(),
                                plan.index, plan.name});
        // The supermarket and the honors are filled through the services, which audit every
        // save; the demo keeps to one entry for the whole run, written below.
        const qint64 auditBefore = sql::scalar(conn, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")).toLongLong();
        // Random streams of their own, so the roster stays what it was before these existed.
        if (options.supermarket) {
            DemoRandom random(options.seed ^ 0x12170000u);
            const DemoSupermarket::Summary s = DemoSupermarket::generate(db, session, random, communities, options.today);
            summary.volunteers = s.volunteers;
            summary.teams = s.teams;
            summary.shops = s.shops;
            summary.orders = s.orders;
        }
        DemoRandom honorRandom(options.seed ^ 0x20180000u);
        summary.honors = DemoHonors::generate(db, session, honorRandom, communities, options.today);
        if (options.gridWork) {
            DemoRandom gridRandom(options.seed ^ 0x30690000u);
            QList<qint64> ids;
            for (const DemoSupermarket::Community &c : communities)
                ids << c.id;
            const DemoGrids::Summary g = DemoGrids::generate(db, session, gridRandom, ids, options.today);
            summary.patrols = g.patrols;
            summary.incidents = g.incidents;
            summary.carePlans = g.carePlans;
        }
        DemoRandom governanceRandom(options.seed ^ 0x20250000u);
        DemoGovernance::generate(db, session, governanceRandom, communities, options.today);
        QList<qint64> communityIds;
        for (const DemoSupermarket::Community &c : communities)
            communityIds << c.id;
        DemoAccounts::generate(db, communityIds);
        sql::exec(conn, QStringLiteral("DELETE FROM audit_log WHERE id > ?"), {auditBefore});
    } catch (const Cancelled &) {
        tx.rollback();
        return R::fail(QString(), QCoreApplication::translate("jy::DemoGenerator",
                                                              "Demo data generation was cancelled; nothing was written."));
    }
    // One entry for the whole run rather than 200,000 row entries nobody reads.
    AuditLog::record(db, session, QStringLiteral("demo"), QStringLiteral("database"), 0,
                     QJsonObject{{QStringLiteral("seed"), qint64(options.seed)},
                                 {QStringLiteral("reference_date"), options.referenceDate.toString(Qt::ISODate)},
                                 {QStringLiteral("communities"), summary.communities},
                                 {QStringLiteral("buildings"), summary.buildings},
                                 {QStringLiteral("households"), summary.households},
                                 {QStringLiteral("residents"), summary.residents},
                                 {QStringLiteral("party_members"), summary.partyMembers},
                                 {QStringLiteral("grids"), summary.grids},
                                 {QStringLiteral("volunteers"), summary.volunteers},
                                 {QStringLiteral("orders"), summary.orders},
                                 {QStringLiteral("honors"), summary.honors},
                                 {QStringLiteral("patrols"), summary.patrols},
                                 {QStringLiteral("incidents"), summary.incidents},
                                 {QStringLiteral("care_plans"), summary.carePlans},
                                 {QStringLiteral("orders_until"), options.today.toString(Qt::ISODate)}});
    tx.commit();
    return summary;
}

qint64 DemoGenerator::lookupOrInsert(const QString &select, const QString &insert, const QVariantList &insertValues,
                                     const QString &key)
{
    const QVariant id = sql::scalar(mConn, select, {key});
    return id.isValid() ? id.toLongLong() : sql::insert(mConn, insert, insertValues);
}

void DemoGenerator::run(const QList<Plan> &input)
{
    QList<Plan> plans = input;
    // Targets first, so progress has a total: the seed's numbers for 魅力社区, about 10,500
    // residents in somewhat larger households for the others.
    for (Plan &plan : plans) {
        if (plan.index == 0) {
            plan.households = kMeiliHouseholds;
            plan.residents = kMeiliResidents;
        } else {
            plan.residents = int(10500 * (0.96 + 0.08 * mRandom.unit()));
            plan.households = int(plan.residents / (2.2 + 0.25 * mRandom.unit()));
        }
        mTotal += plan.residents;
    }

    // Offices may have renamed or removed built-in tags and roles: find or recreate them.
    const QList<QPair<const char16_t *, const char *>> tags = {
        {u"党员", "party"}, {u"退役军人", "care"}, {u"独居", "care"}, {u"孤寡", "care"}, {u"空巢", "care"},
        {u"残疾", "care"}, {u"低保", "care"}, {u"失业", "work"}, {u"困境儿童", "care"}, {u"高龄", "care"},
        {u"优抚对象", "care"}, {u"志愿者", "work"}};
    for (const auto &[name, category] : tags) {
        const QString n = QString::fromUtf16(name);
        mTagIds.insert(n, lookupOrInsert(QStringLiteral("SELECT id FROM tag WHERE name = ?"),
                                         QStringLiteral("INSERT INTO tag (name, category, builtin) VALUES (?, ?, 1)"),
                                         {n, QString::fromLatin1(category)}, n));
    }
    const char16_t *const roles[] = {u"网格长", u"网格员", u"楼栋长", u"信息员"};
    for (const char16_t *role : roles) {
        const QString n = QString::fromUtf16(role);
        const int order = sql::scalar(mConn, QStringLiteral("SELECT count(*) FROM grid_role")).toInt() + 1;
        mRoleIds.insert(n, lookupOrInsert(QStringLiteral("SELECT id FROM grid_role WHERE name = ?"),
                                          QStringLiteral("INSERT INTO grid_role (name, sort_order) VALUES (?, ?)"), {n, order}, n));
    }

    // With no residents, any rows left in the name index are stale.
    if (mDb.dialect() == Dialect::SQLite)
        sql::exec(mConn, QStringLiteral("DELETE FROM resident_name_fts"));

    mStreetId = lookupOrInsert(QStringLiteral("SELECT id FROM street WHERE code = ?"),
                               QStringLiteral("INSERT INTO street (code, name) VALUES (?, ?)"), {kStreetCode, kStreetName},
                               kStreetCode);
    // A bulk load into SQLite is several times faster when the resident table's secondary
    // indexes are built once at the end than when each row updates a dozen of them. DDL is
    // transactional there, so a cancelled run gets its indexes back with the rollback.
    QList<QPair<QString, QString>> indexes;
    if (mDb.dialect() == Dialect::SQLite) {
        QSqlQuery q = sql::exec(mConn, QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'resident' AND sql IS NOT NULL ORDER BY name"));
        while (q.next())
            indexes << qMakePair(q.value(0).toString(), q.value(1).toString());
        q.finish();
        for (const auto &index : indexes)
            sql::exec(mConn, QStringLiteral("DROP INDEX \"%1\"").arg(index.first));
    }
    reportProgress(true);
    for (const Plan &plan : plans)
        community(plan);
    for (const auto &index : indexes)
        sql::exec(mConn, index.second);
    mSummary.communities = int(plans.size());
    mDone = mTotal;
    reportProgress(true);
}

void DemoGenerator::community(const Plan &plan)
{
    const qint64 communityId = plan.id ? plan.id
                                       : sql::insert(mConn, QStringLiteral("INSERT INTO community (street_id, code, name) VALUES (?, ?, ?)"),
                                                     {mStreetId, plan.code, plan.name});
    mBuildings.clear();
    mDwellings.clear();
    mGridIds.clear();
    mBranchIds.clear();
    mPlaced.clear();
    places(plan, communityId);
    grids(plan, communityId);
    residents(plan, communityId);
    partyMembers(plan, communityId);
    gridStaff();
}

void DemoGenerator::places(const Plan &plan, qint64 communityId)
{
    // Enough dwellings that 5–12% stand empty.
    const int needed = int(std::ceil(plan.households / (0.88 + 0.07 * mRandom.unit())));
    QStringList estates;
    std::vector<std::vector<Layout>> layouts;
    if (plan.index == 0) {
        // 万科魅力之城: a newer estate of 62 buildings, walk-ups and towers, sized to the seed.
        estates = DemoNames::estateNames(mRandom, 0, 1);
        std::vector<Layout> all;
        for (int i = 0; i < kMeiliBuildings; ++i)
            all.push_back(layout(mRandom, false));
        for (int guard = 0; guard < 100000 && capacity(all) > needed * 1.03; ++guard) {
            Layout &l = all[size_t(mRandom.below(kMeiliBuildings))];
            if (l.floors > l.minFloors)
                --l.floors;
        }
        for (int guard = 0; guard < 100000 && capacity(all) < needed; ++guard) {
            Layout &l = all[size_t(mRandom.below(kMeiliBuildings))];
            if (l.floors < l.maxFloors)
                ++l.floors;
        }
        layouts.push_back(all);
    } else {
        const int count = mRandom.between(1, 4);
        estates = DemoNames::estateNames(mRandom, plan.index, count);
        std::vector<double> shares;
        for (int i = 0; i < count; ++i)
            shares.push_back(1 + mRandom.below(3));
        const double sum = std::accumulate(shares.begin(), shares.end(), 0.0);
        for (int i = 0; i < count; ++i) {
            // Old walk-up estates (老旧小区) next to newer ones with towers.
            const bool old = mRandom.chance(0.5);
            const int share = int(std::ceil(needed * shares[size_t(i)] / sum));
            std::vector<Layout> estate;
            while (capacity(estate) < share)
                estate.push_back(layout(mRandom, old));
            layouts.push_back(estate);
        }
    }

    for (int e = 0; e < estates.size(); ++e) {
        mEstate.addBindValue(communityId);
        mEstate.addBindValue(estates.at(e));
        const qint64 estateId = insertId(mEstate);
        const std::vector<Layout> &estate = layouts[size_t(e)];
        for (size_t b = 0; b < estate.size(); ++b) {
            const Layout &l = estate[b];
            mBuilding.addBindValue(estateId);
            mBuilding.addBindValue(QString::number(b + 1));
            mBuilding.addBindValue(l.floors);
            const qint64 buildingId = insertId(mBuilding);
            const int buildingIndex = int(mBuildings.size());
            mBuildings.push_back({buildingId, 0});
            for (int u = 1; u <= l.units; ++u) {
                mUnit.addBindValue(buildingId);
                mUnit.addBindValue(QString::number(u));
                const qint64 unitId = insertId(mUnit);
                for (int floor = 1; floor <= l.floors; ++floor) {
                    for (int door = 1; door <= l.doors; ++door) {
                        // Rooms are the floor and a two-digit door: 401, 1502.
                        mDwelling.addBindValue(unitId);
                        mDwelling.addBindValue(QString::number(floor) + padded(door, 2));
                        mDwelling.addBindValue(l.areaLow + mRandom.below((l.areaHigh - l.areaLow) * 100) / 100.0);
                        mDwellings.push_back({insertId(mDwelling), buildingIndex});
                    }
                }
            }
        }
    }
    mSummary.buildings += int(mBuildings.size());
}

void DemoGenerator::grids(const Plan &plan, qint64 communityId)
{
    // Each grid covers a run of neighbouring buildings, so a grid worker walks one area.
    const int count = plan.index == 0 ? kMeiliGrids : mRandom.between(7, 9);
    const int buildings = int(mBuildings.size());
    for (int g = 0; g < count; ++g) {
        mGrid.addBindValue(communityId);
        mGrid.addBindValue(plan.code + padded(g + 1, 3));
        mGrid.addBindValue(QStringLiteral("第%1网格").arg(g + 1));
        const qint64 gridId = insertId(mGrid);
        mGridIds.push_back(gridId);
        const int from = buildings * g / count;
        const int to = buildings * (g + 1) / count;
        for (int b = from; b < to; ++b) {
            mBuildings[size_t(b)].grid = g;
            mGridBuilding.addBindValue(gridId);
            mGridBuilding.addBindValue(mBuildings[size_t(b)].id);
            sql::exec(mGridBuilding);
        }
    }
    mSummary.grids += count;
}

qint64 DemoGenerator::insertResident(const DemoPerson &p, qint64 householdId, qint64 buildingId, qint64 communityId)
{
    Resident r;
    r.householdId = householdId;
    r.relation = p.relation;
    r.name = p.name;
    r.idNumber = p.idNumber;
    r.birthDate = p.birthDate;
    r.sex = p.male ? QStringLiteral("M") : QStringLiteral("F");
    r.birthplaceCode = p.idNumber.left(6);
    r.phone = p.phone;
    r.residenceType = p.residenceType;
    r.ethnicity = p.ethnicity;
    r.tags = p.tags;
    return mWriter.insert(r, buildingId, communityId);
}

void DemoGenerator::residents(const Plan &plan, qint64 communityId)
{
    // Which dwellings are lived in: a random choice, written in address order.
    std::vector<int> occupied(mDwellings.size());
    std::iota(occupied.begin(), occupied.end(), 0);
    mRandom.shuffle(occupied);
    occupied.resize(std::min(occupied.size(), size_t(plan.households)));
    std::sort(occupied.begin(), occupied.end());

    // Steer between small households and families so the community lands on its target
    // head count, whatever the dice did so far.
    double smallSum = 1.55 * 20, smallCount = 20, largeSum = 3.7 * 20, largeCount = 20;
    int people = 0;
    const int households = int(occupied.size());
    for (int h = 0; h < households; ++h) {
        const double wanted = double(plan.residents - people) / (households - h);
        const double small = smallSum / smallCount, large = largeSum / largeCount;
        const bool family = mRandom.chance(std::clamp((wanted - small) / (large - small), 0.0, 1.0));
        const std::vector<DemoPerson> members = mFamily.household(family);
        (family ? largeSum : smallSum) += double(members.size());
        (family ? largeCount : smallCount) += 1;

        const Dwelling &dwelling = mDwellings[size_t(occupied[size_t(h)])];
        const qint64 householdId = mWriter.insertHousehold(dwelling.id, plan.code + padded(h + 1, 4));
        const qint64 buildingId = mBuildings[size_t(dwelling.building)].id;
        for (const DemoPerson &p : members) {
            const qint64 id = insertResident(p, householdId, buildingId, communityId);
            mPlaced.push_back({id, dwelling.building, p.age, p.birthDate, p.residenceType, p.name, p.phone,
                               p.tags.contains(QStringLiteral("志愿者")), false});
            ++people;
            ++mDone;
            reportProgress();
        }
    }
    mSummary.households += households;
    mSummary.residents += people;
}

void DemoGenerator::partyMembers(const Plan &plan, qint64 communityId)
{
    // One branch per grid (the seed's branches follow the grids), each with a theme.
    std::vector<int> themes(std::size(kThemes));
    std::iota(themes.begin(), themes.end(), 0);
    if (plan.index != 0)
        mRandom.shuffle(themes);
    for (size_t g = 0; g < mGridIds.size(); ++g) {
        const QString theme = QString::fromUtf16(kThemes[themes[g % themes.size()]]);
        mBranch.addBindValue(communityId);
        mBranch.addBindValue(theme + QStringLiteral("党支部"));
        mBranch.addBindValue(theme);
        mBranchIds.push_back(insertId(mBranch));
    }

    // Adults living here; retired people are the backbone of a community's party members.
    std::vector<std::pair<double, int>> keyed;
    int adults = 0;
    for (int i = 0; i < int(mPlaced.size()); ++i) {
        const Placed &p = mPlaced[size_t(i)];
        if (p.age < 18)
            continue;
        ++adults;
        if (p.residenceType == residence::Absent)
            continue;
        double w = p.age < 25 ? 0.3 : p.age < 35 ? 0.8 : p.age < 45 ? 1.0 : p.age < 60 ? 1.2 : p.age < 75 ? 2.0 : 1.8;
        if (p.residenceType == residence::Floating)
            w *= 0.6;
        // Weighted sampling without replacement (Efraimidis–Spirakis): the largest u^(1/w) win.
        const double u = (mRandom.next() + 0.5) / 4294967296.0;
        keyed.emplace_back(std::log(u) / w, i);
    }
    const int wanted = plan.index == 0 ? kMeiliPartyMembers : int(std::lround(adults * 0.025));
    const size_t count = std::min(keyed.size(), size_t(wanted));
    std::partial_sort(keyed.begin(), keyed.begin() + std::ptrdiff_t(count), keyed.end(),
                      [](const auto &a, const auto &b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    std::vector<int> chosen;
    for (size_t k = 0; k < count; ++k)
        chosen.push_back(keyed[k].second);
    std::sort(chosen.begin(), chosen.end());

    const QDate ref = mOptions.referenceDate;
    for (int i : chosen) {
        Placed &p = mPlaced[size_t(i)];
        p.partyMember = true;
        const QDate &birth = p.birthDate;
        const QDate earliest = birth.addYears(18).addDays(1);
        const QDate latestFull = ref.addDays(-366);
        bool probationary = mRandom.chance(0.03) || earliest > latestFull;
        QDate joined;
        if (!probationary) {
            int age = 19 + mRandom.below(12);
            age += mRandom.below(12);
            joined = birth.addYears(age).addDays(mRandom.below(365));
            if (joined > latestFull) {
                // Young members would all share the last possible day: spread them over the years
                // since they came of age, by a number of their own so the random stream stays as it was.
                const qint64 span = std::min<qint64>(earliest.daysTo(latestFull), 3 * 365);
                joined = latestFull.addDays(-((birth.toJulianDay() * 7919 + i) % (span + 1)));
            }
            joined = std::clamp(joined, earliest, latestFull);
        } else {
            joined = std::clamp(ref.addDays(-mRandom.between(1, 360)), std::min(earliest, ref), ref);
        }
        QString kind = QStringLiteral("community");
        if (p.residenceType == residence::Floating && mRandom.chance(0.75))
            kind = QStringLiteral("floating");
        else if (p.age < 60 && mRandom.chance(0.45))
            kind = QStringLiteral("work_unit"); // 双报到: registered here by their work unit
        mMember.addBindValue(p.id);
        mMember.addBindValue(mBranchIds[size_t(mBuildings[size_t(p.building)].grid)]);
        mMember.addBindValue(probationary ? QStringLiteral("probationary") : QStringLiteral("full"));
        mMember.addBindValue(kind);
        mMember.addBindValue(joined.toString(Qt::ISODate));
        sql::exec(mMember);
        mWriter.addTag(p.id, QStringLiteral("党员"));
        if (!p.volunteer && mRandom.chance(0.3)) {
            p.volunteer = true;
            mWriter.addTag(p.id, QStringLiteral("志愿者"));
        }
    }
    mSummary.partyMembers += int(chosen.size());
}

void DemoGenerator::gridStaff()
{
    std::vector<std::vector<int>> byBuilding(mBuildings.size());
    for (int i = 0; i < int(mPlaced.size()); ++i)
        byBuilding[size_t(mPlaced[size_t(i)].building)].push_back(i);
    const int year = mOptions.referenceDate.year();

    const auto staff = [this](qint64 gridId, const QString &role, const QString &name, const QString &phone, qint64 residentId) {
        mStaff.addBindValue(gridId);
        mStaff.addBindValue(mRoleIds.value(role));
        mStaff.addBindValue(name);
        mStaff.addBindValue(sql::nullableText(phone));
        mStaff.addBindValue(residentId ? QVariant(residentId) : QVariant(QMetaType::fromType<qint64>()));
        sql::exec(mStaff);
    };
    // A resident who lives here, weighted by how suited they are; -1 if nobody fits.
    const auto choose = [this](const std::vector<int> &candidates, const auto &weight) {
        std::vector<double> weights;
        double total = 0;
        for (int i : candidates) {
            weights.push_back(weight(mPlaced[size_t(i)]));
            total += weights.back();
        }
        return total > 0 ? candidates[size_t(mRandom.weighted(weights))] : -1;
    };
    const auto present = [](const Placed &p) {
        return p.residenceType != residence::Absent && p.residenceType != residence::Floating;
    };

    for (size_t g = 0; g < mGridIds.size(); ++g) {
        const qint64 gridId = mGridIds[g];
        // 网格长 and 网格员 are community workers, who need not live in their grid.
        // (One draw per statement: argument evaluation order is unspecified in C++.)
        const auto worker = [&](const QString &role, int youngest, int oldest) {
            const bool male = mRandom.chance(0.4);
            const int born = year - mRandom.between(youngest, oldest);
            const QString name = mFamily.personName(male, born);
            staff(gridId, role, name, mFamily.mobile(), 0);
        };
        worker(QStringLiteral("网格长"), 30, 50);
        const int workers = mRandom.chance(0.5) ? 2 : 1;
        for (int w = 0; w < workers; ++w)
            worker(QStringLiteral("网格员"), 24, 45);
        // 楼栋长: a settled neighbour in each building, often a retired party member.
        std::vector<int> inGrid;
        for (size_t b = 0; b < mBuildings.size(); ++b) {
            if (mBuildings[b].grid != int(g))
                continue;
            inGrid.insert(inGrid.end(), byBuilding[b].begin(), byBuilding[b].end());
            int pick = choose(byBuilding[b], [&](const Placed &p) {
                return present(p) && p.age >= 40 && p.age <= 75 ? (p.partyMember ? 4.0 : 1.0) : 0.0;
            });
            if (pick < 0)
                pick = choose(byBuilding[b], [](const Placed &p) { return p.age >= 18 ? 1.0 : 0.0; });
            if (pick >= 0)
                staff(gridId, QStringLiteral("楼栋长"), mPlaced[size_t(pick)].name, mPlaced[size_t(pick)].phone, mPlaced[size_t(pick)].id);
        }
        // 信息员: a younger resident who reports what they see, often a volunteer.
        int pick = choose(inGrid, [&](const Placed &p) {
            return present(p) && p.age >= 25 && p.age <= 60 ? (p.volunteer ? 3.0 : 1.0) : 0.0;
        });
        if (pick >= 0)
            staff(gridId, QStringLiteral("信息员"), mPlaced[size_t(pick)].name, mPlaced[size_t(pick)].phone, mPlaced[size_t(pick)].id);
    }
}

void DemoGenerator::reportProgress(bool force)
{
    if (!mOptions.progress || (!force && mDone - mReported < 1000))
        return;
    mReported = mDone;
    // The total is a plan; until the end, never claim to be done.
    const int done = force ? std::min(mDone, mTotal) : std::min(mDone, mTotal - 1);
    if (!mOptions.progress(done, mTotal))
        throw Cancelled{};
}

} // namespace jy
