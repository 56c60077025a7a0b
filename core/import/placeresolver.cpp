#include "import/placeresolver.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/bulkinsert.h"

#include <QCoreApplication>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::PlaceResolver", text); }
PlaceKey key(qint64 parent, const QString &name) { return {parent, name}; }
// Walk-ups without units are written "5号楼302": their rooms sit in unit 1.
QString unitNumber(const AddressParts &a) { return a.unit.isEmpty() ? QStringLiteral("1") : a.unit; }
} // namespace

struct PlaceResolver::Inserts
{
    explicit Inserts(Database &db)
        : estate(db, "INSERT INTO estate (community_id, name) VALUES (?, ?)"),
          building(db, "INSERT INTO building (estate_id, number) VALUES (?, ?)"),
          unit(db, "INSERT INTO unit (building_id, number) VALUES (?, ?)"),
          dwelling(db, "INSERT INTO dwelling (unit_id, room) VALUES (?, ?)"),
          grid(db, "INSERT INTO grid (community_id, code, name) VALUES (?, ?, ?)"),
          gridBuilding(db, "INSERT INTO grid_building (grid_id, building_id) VALUES (?, ?)", false)
    {
    }
    BulkInsert estate, building, unit, dwelling, grid, gridBuilding;
};

PlaceResolver::PlaceResolver(Database &db, bool dryRun)
    : mDb(db), mConn(db.connection()), mDryRun(dryRun)
{
    load();
    if (!mDryRun)
        mInsert = std::make_unique<Inserts>(db);
}

PlaceResolver::~PlaceResolver() = default;

void PlaceResolver::load()
{
    QSqlQuery q = sql::exec(mConn, QStringLiteral(
        "SELECT c.id, c.street_id, c.code, c.name, (SELECT count(*) FROM estate e WHERE e.community_id = c.id) "
        "FROM community c ORDER BY c.id"));
    while (q.next())
        mCommunities.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toInt() > 0});
    q = sql::exec(mConn, QStringLiteral("SELECT id, community_id, name FROM estate"));
    while (q.next()) {
        mEstates.insert(key(q.value(1).toLongLong(), q.value(2).toString()), q.value(0).toLongLong());
        mEstateNames[q.value(1).toLongLong()].append(q.value(2).toString());
        mEstateName.insert(q.value(0).toLongLong(), q.value(2).toString());
    }
    q = sql::exec(mConn, QStringLiteral("SELECT b.id, b.estate_id, b.number, e.community_id FROM building b JOIN estate e ON e.id = b.estate_id"));
    while (q.next()) {
        mBuildings.insert(key(q.value(1).toLongLong(), q.value(2).toString()), q.value(0).toLongLong());
        mEstatesWithBuilding[key(q.value(3).toLongLong(), q.value(2).toString())].append(q.value(1).toLongLong());
    }
    q = sql::exec(mConn, QStringLiteral("SELECT id, building_id, number FROM unit"));
    while (q.next())
        mUnits.insert(key(q.value(1).toLongLong(), q.value(2).toString()), q.value(0).toLongLong());
    q = sql::exec(mConn, QStringLiteral("SELECT id, unit_id, room FROM dwelling"));
    while (q.next())
        mDwellings.insert(key(q.value(1).toLongLong(), q.value(2).toString()), q.value(0).toLongLong());
    q = sql::exec(mConn, QStringLiteral("SELECT id, community_id, code, name FROM grid"));
    while (q.next()) {
        mGrids.insert(key(q.value(1).toLongLong(), q.value(3).toString()), q.value(0).toLongLong());
        mGrids.insert(key(q.value(1).toLongLong(), q.value(2).toString()), q.value(0).toLongLong());
    }
    q = sql::exec(mConn, QStringLiteral("SELECT building_id, grid_id FROM grid_building"));
    while (q.next())
        mGridOfBuilding.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
}

QString PlaceResolver::communityName(qint64 id) const
{
    for (const Community &c : mCommunities) {
        if (c.id == id)
            return c.name;
    }
    return {};
}

qint64 PlaceResolver::community(const QString &written, qint64 fallback, QString *error)
{
    // A street's roster names the same 19 communities 200,000 times; matching one means
    // trimming and comparing against every community.
    if (!written.isEmpty()) {
        if (const auto known = mCommunityOf.constFind(written); known != mCommunityOf.cend())
            return *known;
        const qint64 id = matchCommunity(written, fallback, error);
        if (id)
            mCommunityOf.insert(written, id);
        return id;
    }
    return matchCommunity(written, fallback, error);
}

qint64 PlaceResolver::matchCommunity(const QString &written, qint64 fallback, QString *error)
{
    const QString text = written.simplified();
    if (text.isEmpty()) {
        if (fallback)
            return fallback;
        if (mCommunities.size() == 1)
            return mCommunities.first().id;
        *error = mCommunities.isEmpty() ? tr("The database has no community yet: run 初始化 (jiayuan-cli init) first.")
                                        : tr("Which community? Fill in the community column, or choose one for the whole import.");
        return 0;
    }
    // "魅力" finds 魅力社区, "魅力社区" finds 魅力.
    const auto bare = [](QString name) { return name.endsWith(QStringLiteral("社区")) ? name.chopped(2) : name; };
    for (const Community &c : mCommunities) {
        if (c.code == text || c.name == text || (!bare(text).isEmpty() && bare(c.name) == bare(text)))
            return c.id;
    }
    // A community named by `init` and still empty takes the roster's name; any other new one is
    // created with a placeholder code the office fills in later.
    for (Community &c : mCommunities) {
        if (isPlaceholderCode(c.code) && !c.used) {
            if (!mDryRun)
                sql::exec(mConn, QStringLiteral("UPDATE community SET name = ? WHERE id = ?"), {text, c.id});
            c.name = text;
            c.used = true;
            mCreated.names << tr("community %1 (the unnamed community takes this name)").arg(text);
            return c.id;
        }
    }
    if (mCommunities.isEmpty()) {
        *error = tr("The database has no street yet: run 初始化 (jiayuan-cli init) first.");
        return 0;
    }
    int placeholders = 0;
    for (const Community &c : mCommunities)
        placeholders += isPlaceholderCode(c.code) ? 1 : 0;
    const QString code = QStringLiteral("000000%1").arg(placeholders + 1, 6, 10, QLatin1Char('0'));
    const qint64 streetId = mCommunities.first().streetId;
    qint64 id = mNextPlanned--;
    if (!mDryRun)
        id = sql::insert(mConn, QStringLiteral("INSERT INTO community (street_id, code, name) VALUES (?, ?, ?)"),
                         {streetId, code, text});
    mCommunities.append({id, streetId, code, text, true});
    ++mCreated.communities;
    mCreated.names << tr("community %1 (division code to be filled in)").arg(text);
    return id;
}

qint64 PlaceResolver::existingEstate(qint64 communityId, const QString &written, const QString &building) const
{
    // No estate written: the one estate of the community that has this building number.
    if (written.isEmpty()) {
        const QList<qint64> with = mEstatesWithBuilding.value(key(communityId, building));
        if (with.size() == 1)
            return with.first();
    }
    const QString name = written.isEmpty() ? communityName(communityId) : written;
    if (const qint64 id = mEstates.value(key(communityId, name)))
        return id;
    // "魅力之城" for 万科魅力之城, or "大连市甘井子区万科魅力之城" for it: a single near match is
    // the same estate; two are ambiguous.
    QStringList near;
    for (const QString &existing : mEstateNames.value(communityId)) {
        if (existing.contains(name) || name.contains(existing))
            near << existing;
    }
    return near.size() == 1 ? mEstates.value(key(communityId, near.first())) : 0;
}

qint64 PlaceResolver::estate(qint64 communityId, const QString &written, const QString &building)
{
    if (const qint64 id = existingEstate(communityId, written, building)) {
        if (!written.isEmpty())
            mEstates.insert(key(communityId, written), id); // near matches are looked for once
        return id;
    }
    // Buildings written without an estate go to one named after the community.
    const QString name = written.isEmpty() ? communityName(communityId) : written;
    const qint64 id = mInsert ? mInsert->estate.number(communityId).textNotNull(name).run() : mNextPlanned--;
    mEstates.insert(key(communityId, name), id);
    mEstateNames[communityId].append(name);
    mEstateName.insert(id, name);
    ++mCreated.estates;
    mCreated.names << tr("estate %1").arg(name);
    return id;
}

qint64 PlaceResolver::existingDwelling(qint64 communityId, const AddressParts &address) const
{
    if (!address.hasBuilding() || address.room.isEmpty())
        return 0;
    const qint64 estateId = existingEstate(communityId, address.estate, address.building);
    const qint64 buildingId = estateId ? mBuildings.value(key(estateId, address.building)) : 0;
    const qint64 unitId = buildingId ? mUnits.value(key(buildingId, unitNumber(address))) : 0;
    return unitId ? mDwellings.value(key(unitId, address.room)) : 0;
}

qint64 PlaceResolver::building(qint64 communityId, qint64 estateId, const QString &label, const QString &number)
{
    const PlaceKey cacheKey = key(estateId, number);
    if (const qint64 id = mBuildings.value(cacheKey))
        return id;
    const qint64 id = mInsert ? mInsert->building.number(estateId).textNotNull(number).run() : mNextPlanned--;
    mBuildings.insert(cacheKey, id);
    mEstatesWithBuilding[key(communityId, number)].append(estateId);
    ++mCreated.buildings;
    mCreated.names << tr("%1 building %2").arg(label, number);
    return id;
}

qint64 PlaceResolver::unit(qint64 buildingId, const QString &number)
{
    const PlaceKey cacheKey = key(buildingId, number);
    if (const qint64 id = mUnits.value(cacheKey))
        return id;
    const qint64 id = mInsert ? mInsert->unit.number(buildingId).textNotNull(number).run() : mNextPlanned--;
    mUnits.insert(cacheKey, id);
    ++mCreated.units;
    return id;
}

qint64 PlaceResolver::dwelling(qint64 unitId, const QString &room)
{
    const PlaceKey cacheKey = key(unitId, room);
    if (const qint64 id = mDwellings.value(cacheKey))
        return id;
    const qint64 id = mInsert ? mInsert->dwelling.number(unitId).textNotNull(room).run() : mNextPlanned--;
    mDwellings.insert(cacheKey, id);
    ++mCreated.dwellings;
    return id;
}

qint64 PlaceResolver::grid(qint64 communityId, const QString &name)
{
    const PlaceKey cacheKey = key(communityId, name);
    if (const qint64 id = mGrids.value(cacheKey))
        return id;
    int inCommunity = 0;
    for (auto it = mGrids.cbegin(); it != mGrids.cend(); ++it)
        inCommunity += it.key().parent == communityId ? 1 : 0;
    // Grids are cached under name and code: half the entries are codes.
    const QString code = QStringLiteral("%1").arg(inCommunity / 2 + 1, 3, 10, QLatin1Char('0'));
    const qint64 id = mInsert ? mInsert->grid.number(communityId).textNotNull(code).textNotNull(name).run() : mNextPlanned--;
    mGrids.insert(cacheKey, id);
    mGrids.insert(key(communityId, code), id);
    ++mCreated.grids;
    mCreated.names << tr("grid %1").arg(name);
    return id;
}

void PlaceResolver::linkGrid(qint64 gridId, qint64 buildingId)
{
    if (mGridOfBuilding.contains(buildingId))
        return;
    mGridOfBuilding.insert(buildingId, gridId);
    if (mInsert)
        mInsert->gridBuilding.number(gridId).number(buildingId).run();
}

ResolvedPlace PlaceResolver::resolve(qint64 communityId, const AddressParts &address, const QString &gridName)
{
    ResolvedPlace place;
    place.communityId = communityId;
    if (!address.hasBuilding())
        return place;
    const qint64 estateId = estate(communityId, address.estate, address.building);
    place.buildingId = building(communityId, estateId, mEstateName.value(estateId), address.building);
    if (!gridName.isEmpty())
        linkGrid(grid(communityId, gridName), place.buildingId);
    if (address.room.isEmpty())
        return place;
    const qint64 unitId = unit(place.buildingId, unitNumber(address));
    place.dwellingId = dwelling(unitId, address.room);
    return place;
}

} // namespace jy
