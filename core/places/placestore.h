#pragma once
#include <QList>
#include <QString>

namespace jy {

class Database;

struct Place
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString code;   // 统计用区划代码 for streets and communities, the number for buildings
    QString name;
};

// Reads and creates the places hierarchy: street → community → estate → building → unit →
// dwelling, and the grids laid over buildings.
class PlaceStore
{
public:
    explicit PlaceStore(Database &db) : mDb(db) {}

    QList<Place> streets() const;
    QList<Place> communities(qint64 streetId = 0) const;
    QList<Place> estates(qint64 communityId) const;
    QList<Place> buildings(qint64 communityId) const;  // name: "万科魅力之城 3栋"
    QList<Place> grids(qint64 communityId = 0) const;
    QList<Place> gridBuildings(qint64 gridId) const;

    // A new office's database starts with one street and one community, named and coded later
    // (codes of zeros mark them): imports and forms then have somewhere to put people.
    // Returns the first community's id; creates nothing when a community exists.
    qint64 ensureFirstCommunity();

    qint64 addStreet(const QString &code, const QString &name);
    qint64 addCommunity(qint64 streetId, const QString &code, const QString &name);
    qint64 addEstate(qint64 communityId, const QString &name);
    qint64 addBuilding(qint64 estateId, const QString &number, int floors);
    qint64 addUnit(qint64 buildingId, const QString &number);
    qint64 addDwelling(qint64 unitId, const QString &room, double area);
    qint64 addGrid(qint64 communityId, const QString &code, const QString &name);
    void addGridBuilding(qint64 gridId, qint64 buildingId);
    qint64 addGridStaff(qint64 gridId, const QString &roleName, const QString &name, const QString &phone, qint64 residentId = 0);

private:
    Database &mDb;
};

} // namespace jy
