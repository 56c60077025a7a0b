#include "residents/residentstore.h"
#include "db/database.h"
#include "db/sql.h"
#include "residents/searchkeys.h"

#include <QDateTime>
#include <QSqlQuery>

namespace jy {

namespace {

const QString kColumns = QStringLiteral(
    "id, household_id, relation, name, id_number, birth_date, sex, birthplace_code, phone, residence_type, ethnicity, notes, row_version");

Resident fromQuery(const QSqlQuery &q)
{
    Resident r;
    r.id = q.value(0).toLongLong();
    r.householdId = q.value(1).toLongLong();
    r.relation = q.value(2).toString();
    r.name = q.value(3).toString();
    r.idNumber = q.value(4).toString();
    r.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    r.sex = q.value(6).toString();
    r.birthplaceCode = q.value(7).toString();
    r.phone = q.value(8).toString();
    r.residenceType = q.value(9).toString();
    r.ethnicity = q.value(10).toString();
    r.notes = q.value(11).toString();
    r.rowVersion = q.value(12).toInt();
    return r;
}

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

} // namespace

std::optional<Resident> ResidentStore::find(qint64 id) const
{
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT %1 FROM resident WHERE id = ?").arg(kColumns), {id});
    if (!q.next())
        return std::nullopt;
    Resident r = fromQuery(q);
    QSqlQuery tags = sql::exec(mDb.connection(),
                               QStringLiteral("SELECT t.name FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id "
                                              "WHERE rt.resident_id = ? ORDER BY t.id"), {id});
    while (tags.next())
        r.tags << tags.value(0).toString();
    return r;
}

QList<Resident> ResidentStore::members(qint64 householdId) const
{
    QSqlQuery q = sql::exec(mDb.connection(),
                            QStringLiteral("SELECT %1 FROM resident WHERE household_id = ? "
                                           "ORDER BY CASE WHEN relation = 'head' THEN 0 ELSE 1 END, birth_date, id").arg(kColumns),
                            {householdId});
    QList<Resident> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

qint64 ResidentStore::idByIdNumber(const QString &idNumber) const
{
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT id FROM resident WHERE id_number = ?"), {idNumber}).toLongLong();
}

QString ResidentStore::nameOf(qint64 id) const
{
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT name FROM resident WHERE id = ?"), {id}).toString();
}

qint64 ResidentStore::insert(const Resident &r)
{
    const QString stamp = now();
    const qint64 id = sql::insert(mDb.connection(),
        QStringLiteral("INSERT INTO resident (household_id, relation, name, id_number, birth_date, sex, birthplace_code, phone, "
                       "residence_type, ethnicity, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::nullableId(r.householdId), r.relation, r.name, sql::nullableText(r.idNumber), sql::nullableText(r.birthDate.toString(Qt::ISODate)),
         sql::nullableText(r.sex), sql::nullableText(r.birthplaceCode), sql::nullableText(r.phone), r.residenceType, sql::nullableText(r.ethnicity),
         sql::nullableText(r.notes), stamp, stamp});
    writeDerived(id, r);
    writeTags(id, r.tags);
    return id;
}

bool ResidentStore::update(const Resident &r)
{
    QSqlQuery q = sql::exec(mDb.connection(),
              QStringLiteral("UPDATE resident SET household_id = ?, relation = ?, name = ?, id_number = ?, birth_date = ?, sex = ?, "
                             "birthplace_code = ?, phone = ?, residence_type = ?, ethnicity = ?, notes = ?, updated_at = ?, "
                             "row_version = row_version + 1 WHERE id = ? AND (row_version = ? OR ? = 0)"),
              {sql::nullableId(r.householdId), r.relation, r.name, sql::nullableText(r.idNumber), sql::nullableText(r.birthDate.toString(Qt::ISODate)),
               sql::nullableText(r.sex), sql::nullableText(r.birthplaceCode), sql::nullableText(r.phone), r.residenceType, sql::nullableText(r.ethnicity),
               sql::nullableText(r.notes), now(), r.id, r.rowVersion, r.rowVersion});
    if (q.numRowsAffected() != 1)
        return false;
    writeDerived(r.id, r);
    writeTags(r.id, r.tags);
    return true;
}

void ResidentStore::writeDerived(qint64 id, const Resident &r)
{
    const SearchKeys keys = SearchKeys::compute(r.name, r.idNumber, r.phone);
    // The resident's building and community follow the household's dwelling, for indexed filters.
    sql::exec(mDb.connection(),
              QStringLiteral("UPDATE resident SET name_pinyin = ?, name_initials = ?, sort_key = ?, id_rev = ?, phone_rev = ?, "
                             "building_id = (SELECT u.building_id FROM household h JOIN dwelling d ON d.id = h.dwelling_id "
                             "  JOIN unit u ON u.id = d.unit_id WHERE h.id = resident.household_id), "
                             "community_id = (SELECT e.community_id FROM household h JOIN dwelling d ON d.id = h.dwelling_id "
                             "  JOIN unit u ON u.id = d.unit_id JOIN building b ON b.id = u.building_id "
                             "  JOIN estate e ON e.id = b.estate_id WHERE h.id = resident.household_id) "
                             "WHERE id = ?"),
              {keys.pinyin, keys.initials, keys.sortKey, sql::nullableText(keys.idReversed), sql::nullableText(keys.phoneReversed), id});
    SearchKeys::writeNameIndex(mDb, id, r.name);
}

void ResidentStore::writeTags(qint64 id, const QStringList &names)
{
    QSqlDatabase conn = mDb.connection();
    sql::exec(conn, QStringLiteral("DELETE FROM resident_tag WHERE resident_id = ?"), {id});
    for (const QString &name : names)
        sql::exec(conn, QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT ?, id FROM tag WHERE name = ?"),
                  {id, name});
}

void ResidentStore::remove(qint64 id)
{
    SearchKeys::removeNameIndex(mDb, id);
    sql::exec(mDb.connection(), QStringLiteral("DELETE FROM resident WHERE id = ?"), {id});
}

void ResidentStore::setRelation(qint64 id, const QString &relation)
{
    sql::exec(mDb.connection(), QStringLiteral("UPDATE resident SET relation = ?, updated_at = ? WHERE id = ?"),
              {relation, now(), id});
}

QStringList ResidentStore::unknownTags(const QStringList &names) const
{
    QStringList unknown;
    for (const QString &name : names) {
        if (!sql::scalar(mDb.connection(), QStringLiteral("SELECT id FROM tag WHERE name = ?"), {name}).isValid())
            unknown << name;
    }
    return unknown;
}

bool ResidentStore::householdExists(qint64 householdId) const
{
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT id FROM household WHERE id = ?"), {householdId}).isValid();
}

qint64 ResidentStore::headOf(qint64 householdId) const
{
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT id FROM resident WHERE household_id = ? AND relation = 'head'"),
                       {householdId}).toLongLong();
}

int ResidentStore::memberCount(qint64 householdId) const
{
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM resident WHERE household_id = ?"),
                       {householdId}).toInt();
}

qint64 ResidentStore::createHousehold(qint64 dwellingId, const QString &code)
{
    return sql::insert(mDb.connection(), QStringLiteral("INSERT INTO household (dwelling_id, code, created_at) VALUES (?, ?, ?)"),
                       {sql::nullableId(dwellingId), sql::nullableText(code), now()});
}

void ResidentStore::removeHousehold(qint64 householdId)
{
    sql::exec(mDb.connection(), QStringLiteral("DELETE FROM household WHERE id = ?"), {householdId});
}

QVariantMap ResidentStore::householdMap(qint64 householdId) const
{
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT dwelling_id, code FROM household WHERE id = ?"), {householdId});
    if (!q.next())
        return {};
    return {{QStringLiteral("dwelling_id"), q.value(0)}, {QStringLiteral("code"), q.value(1)}};
}

} // namespace jy
