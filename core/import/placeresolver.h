#pragma once
#include "import/addressparser.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <memory>

namespace jy {

class Database;

// A place under its parent (an estate in a community, a room in a unit …) as a cache key: no
// "id|name" string to build for each of a street's 200,000 lookups.
struct PlaceKey
{
    qint64 parent = 0;
    QString name;
    friend bool operator==(const PlaceKey &a, const PlaceKey &b) { return a.parent == b.parent && a.name == b.name; }
};
inline size_t qHash(const PlaceKey &key, size_t seed = 0) { return qHashMulti(seed, key.parent, key.name); }

struct ResolvedPlace
{
    qint64 communityId = 0;
    qint64 buildingId = 0;  // 0: the row gave no building
    qint64 dwellingId = 0;  // 0: the row gave no room
};

// How many places an import creates (or, in a dry run, would create).
struct NewPlaces
{
    int communities = 0, estates = 0, buildings = 0, units = 0, dwellings = 0, grids = 0;
    QStringList names;      // communities, estates, buildings and grids, as users read them
    int total() const { return communities + estates + buildings + units + dwellings + grids; }
};

// Matches the places a roster names to the places in the database, creating those that do
// not exist yet. In a dry run nothing is written: new places get negative ids and are only
// counted. Everything is cached, so a street's 200,000 rows cost a handful of queries.
class PlaceResolver
{
public:
    PlaceResolver(Database &db, bool dryRun);
    ~PlaceResolver();

    // The community a row names by name or 12-digit code; unnamed rows go to `fallback`, or to
    // the only community there is. 0 with *error set when there is no answer.
    qint64 community(const QString &written, qint64 fallback, QString *error);
    ResolvedPlace resolve(qint64 communityId, const AddressParts &address, const QString &grid);
    // The dwelling an address names if it exists already (0 otherwise); creates nothing.
    qint64 existingDwelling(qint64 communityId, const AddressParts &address) const;
    const NewPlaces &created() const { return mCreated; }

    // A community made by `init` or by an import, whose official code is still to be filled.
    static bool isPlaceholderCode(const QString &code) { return code.startsWith(QLatin1String("000000")); }

private:
    struct Community { qint64 id; qint64 streetId; QString code; QString name; bool used; };

    qint64 matchCommunity(const QString &written, qint64 fallback, QString *error);
    qint64 estate(qint64 communityId, const QString &name, const QString &building);
    qint64 existingEstate(qint64 communityId, const QString &name, const QString &building) const;
    qint64 building(qint64 communityId, qint64 estateId, const QString &label, const QString &number);
    qint64 unit(qint64 buildingId, const QString &number);
    qint64 dwelling(qint64 unitId, const QString &room);
    qint64 grid(qint64 communityId, const QString &name);
    void linkGrid(qint64 gridId, qint64 buildingId);
    struct Inserts;
    QString communityName(qint64 id) const;
    void load();

    Database &mDb;
    QSqlDatabase mConn;
    bool mDryRun;
    qint64 mNextPlanned = -1;
    NewPlaces mCreated;

    QList<Community> mCommunities;
    QHash<QString, qint64> mCommunityOf; // as written in the sheet → community
    QHash<PlaceKey, qint64> mEstates;    // (community, name)
    QHash<qint64, QStringList> mEstateNames; // community → its estates' names, for near matches
    QHash<qint64, QString> mEstateName;
    QHash<PlaceKey, qint64> mBuildings;  // (estate, number)
    QHash<PlaceKey, QList<qint64>> mEstatesWithBuilding; // (community, building number) → estates
    QHash<PlaceKey, qint64> mUnits;      // (building, number)
    QHash<PlaceKey, qint64> mDwellings;  // (unit, room)
    QHash<PlaceKey, qint64> mGrids;      // (community, name) and (community, code)
    QHash<qint64, qint64> mGridOfBuilding;
    std::unique_ptr<Inserts> mInsert; // none in a dry run
};

} // namespace jy
