#include "places/placestore.h"
#include "db/database.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QList<Place> readPlaces(QSqlQuery &q)
{
    QList<Place> out;
    while (q.next())
        out << Place{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
    return out;
}
} // namespace

QList<Place> PlaceStore::streets() const
{
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT id, 0, code, name FROM street ORDER BY code"));
    return readPlaces(q);
}

QList<Place> PlaceStore::communities(qint64 streetId) const
{
    QSqlQuery q = streetId
        ? sql::exec(mDb.connection(), QStringLiteral("SELECT id, street_id, code, name FROM community WHERE street_id = ? ORDER BY code"), {streetId})
        : sql::exec(mDb.connection(), QStringLiteral("SELECT id, street_id, code, name FROM community ORDER BY code"));
    return readPlaces(q);
}

QList<Place> PlaceStore::estates(qint64 communityId) const
{
    QSqlQuery q = sql::exec(mDb.connection(),
                            QStringLiteral("SELECT id, community_id, '', name FROM estate WHERE community_id = ? ORDER BY id"), {communityId});
    return readPlaces(q);
}

QList<Place> PlaceStore::buildings(qint64 communityId) const
{
    QSqlQuery q = sql::exec(mDb.connection(),
                            QStringLiteral("SELECT b.id, b.estate_id, b.number, e.name FROM building b JOIN estate e ON e.id = b.estate_id "
                                           "WHERE e.community_id = ? ORDER BY e.id, CAST(b.number AS INTEGER), b.number"),
                            {communityId});
    QList<Place> out = readPlaces(q);
    for (Place &p : out)
        p.name = QCoreApplication::translate("jy::PlaceStore", "%1 building %2").arg(p.name, p.code);
    return out;
}

QList<Place> PlaceStore::grids(qint64 communityId) const
{
    QSqlQuery q = communityId
        ? sql::exec(mDb.connection(), QStringLiteral("SELECT id, community_id, code, name FROM grid WHERE community_id = ? ORDER BY code"), {communityId})
        : sql::exec(mDb.connection(), QStringLiteral("SELECT id, community_id, code, name FROM grid ORDER BY community_id, code"));
    return readPlaces(q);
}

QList<Place> PlaceStore::gridBuildings(qint64 gridId) const
{
    QSqlQuery q = sql::exec(mDb.connection(),
                            QStringLiteral("SELECT b.id, gb.grid_id, b.number, e.name FROM grid_building gb JOIN building b ON b.id = gb.building_id "
                                           "JOIN estate e ON e.id = b.estate_id WHERE gb.grid_id = ? ORDER BY CAST(b.number AS INTEGER)"),
                            {gridId});
    return readPlaces(q);
}

qint64 PlaceStore::ensureFirstCommunity()
{
    QSqlDatabase conn = mDb.connection();
    const QVariant first = sql::scalar(conn, QStringLiteral("SELECT id FROM community ORDER BY id LIMIT 1"));
    if (first.isValid())
        return first.toLongLong();
    QVariant street = sql::scalar(conn, QStringLiteral("SELECT id FROM street ORDER BY id LIMIT 1"));
    const qint64 streetId = street.isValid()
        ? street.toLongLong()
        : addStreet(QStringLiteral("000000000"), QCoreApplication::translate("jy::PlaceStore", "Our street"));
    return addCommunity(streetId, QStringLiteral("000000000000"), QCoreApplication::translate("jy::PlaceStore", "Our community"));
}

qint64 PlaceStore::addStreet(const QString &code, const QString &name)
{
    return sql::insert(mDb.connection(), QStringLiteral("INSERT INTO street (code, name) VALUES (?, ?)"), {code, name});
}

qint64 PlaceStore::addCommunity(qint64 streetId, const QString &code, const QString &name)
{
    return sql::insert(mDb.connection(), QStringLiteral("INSERT INTO community (street_id, code, name) VALUES (?, ?, ?)"),
                       {streetId, code, name});
}

qint64 PlaceStore::addEstate(qint64 communityId, const QString &name)
{
    return sql::insert(mDb.connection(), QStringLiteral("INSERT INTO estate (community_id, name) VALUES (?, ?)"), {communityId, name});
}

qint64 PlaceStore::addBuilding(qint64 estateId, const QString &number, int floors)
{
    return sql::insert(mDb.connection(), QStringLiteral("INSERT INTO building (estate_id, number, floors) VALUES (?, ?, ?)"),
                       {estateId, number, floors});
}

qint64 PlaceStore::addUnit(qint64 buildingId, const QString &number)
{
    return sql::insert(mDb.connection(), QStringLiteral("INSERT INTO unit (building_id, number) VALUES (?, ?)"), {buildingId, number});
}

qint64 PlaceStore::addDwelling(qint64 unitId, const QString &room, double area)
{
    return sql::insert(mDb.connection(), QStringLiteral("INSERT INTO dwelling (unit_id, room, area) VALUES (?, ?, ?)"),
                       {unitId, room, area});
}

qint64 PlaceStore::addGrid(qint64 communityId, const QString &code, const QString &name)
{
    return sql::insert(mDb.connection(), QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (?, ?, ?)"),
                       {communityId, code, name});
}

void PlaceStore::addGridBuilding(qint64 gridId, qint64 buildingId)
{
    sql::exec(mDb.connection(), QStringLiteral("INSERT INTO grid_building (grid_id, building_id) VALUES (?, ?)"), {gridId, buildingId});
}

qint64 PlaceStore::addGridStaff(qint64 gridId, const QString &roleName, const QString &name, const QString &phone, qint64 residentId)
{
    const QVariant roleId = sql::scalar(mDb.connection(), QStringLiteral("SELECT id FROM grid_role WHERE name = ?"), {roleName});
    qint64 role = roleId.toLongLong();
    if (!roleId.isValid())
        role = sql::insert(mDb.connection(), QStringLiteral("INSERT INTO grid_role (name, sort_order) VALUES (?, 99)"), {roleName});
    return sql::insert(mDb.connection(),
                       QStringLiteral("INSERT INTO grid_staff (grid_id, role_id, name, phone, resident_id) VALUES (?, ?, ?, ?, ?)"),
                       {gridId, role, name, phone, residentId ? QVariant(residentId) : QVariant(QMetaType::fromType<qint64>())});
}

} // namespace jy
