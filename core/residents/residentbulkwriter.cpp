#include "residents/residentbulkwriter.h"
#include "db/database.h"
#include "db/sql.h"
#include "residents/searchkeys.h"

namespace jy {

namespace {
QVariant nullable(const QString &text) { return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text); }
QVariant nullableId(qint64 id) { return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); }
} // namespace

QString returningId(Database &db, const QString &insert)
{
    return db.dialect() == Dialect::SQLite ? insert : insert + QStringLiteral(" RETURNING id");
}

qint64 insertId(QSqlQuery &q)
{
    sql::exec(q);
    if (!q.isSelect())
        return q.lastInsertId().toLongLong();
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

ResidentBulkWriter::ResidentBulkWriter(Database &db, const QString &stamp)
    : mDb(db), mConn(db.connection()), mStamp(stamp), mFullText(db.dialect() == Dialect::SQLite)
{
    mResident = sql::prepare(mConn, returningId(db, QStringLiteral(
        "INSERT INTO resident (household_id, relation, name, id_number, birth_date, sex, birthplace_code, phone, "
        "residence_type, ethnicity, notes, building_id, community_id, created_at, updated_at, "
        "name_pinyin, name_initials, sort_key, id_rev, phone_rev) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    if (mFullText)
        mNameIndex = sql::prepare(mConn, QStringLiteral("INSERT INTO resident_name_fts (rowid, chars) VALUES (?, ?)"));
    mResidentTag = sql::prepare(mConn, QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) VALUES (?, ?)"));
    mHousehold = sql::prepare(mConn, returningId(db, QStringLiteral(
        "INSERT INTO household (dwelling_id, code, created_at) VALUES (?, ?, ?)")));
}

qint64 ResidentBulkWriter::insert(const Resident &r, qint64 buildingId, qint64 communityId)
{
    const SearchKeys keys = SearchKeys::compute(r.name, r.idNumber, r.phone);
    mResident.addBindValue(nullableId(r.householdId));
    mResident.addBindValue(r.relation);
    mResident.addBindValue(r.name);
    mResident.addBindValue(nullable(r.idNumber));
    mResident.addBindValue(nullable(r.birthDate.toString(Qt::ISODate)));
    mResident.addBindValue(nullable(r.sex));
    mResident.addBindValue(nullable(r.birthplaceCode));
    mResident.addBindValue(nullable(r.phone));
    mResident.addBindValue(r.residenceType);
    mResident.addBindValue(nullable(r.ethnicity));
    mResident.addBindValue(nullable(r.notes));
    mResident.addBindValue(nullableId(buildingId));
    mResident.addBindValue(nullableId(communityId));
    mResident.addBindValue(mStamp);
    mResident.addBindValue(mStamp);
    mResident.addBindValue(keys.pinyin);
    mResident.addBindValue(keys.initials);
    mResident.addBindValue(keys.sortKey);
    mResident.addBindValue(nullable(keys.idReversed));
    mResident.addBindValue(nullable(keys.phoneReversed));
    const qint64 id = insertId(mResident);
    if (mFullText) {
        mNameIndex.addBindValue(id);
        mNameIndex.addBindValue(SearchKeys::nameTokens(r.name));
        sql::exec(mNameIndex);
    }
    for (const QString &t : r.tags)
        addTag(id, t);
    return id;
}

qint64 ResidentBulkWriter::insertHousehold(qint64 dwellingId, const QString &code)
{
    mHousehold.addBindValue(nullableId(dwellingId));
    mHousehold.addBindValue(nullable(code));
    mHousehold.addBindValue(mStamp);
    return insertId(mHousehold);
}

void ResidentBulkWriter::addTag(qint64 residentId, const QString &tagName)
{
    const qint64 tag = tagId(tagName);
    if (!tag)
        return;
    mResidentTag.addBindValue(residentId);
    mResidentTag.addBindValue(tag);
    sql::exec(mResidentTag);
}

qint64 ResidentBulkWriter::tagId(const QString &name)
{
    auto it = mTagIds.constFind(name);
    if (it != mTagIds.cend())
        return *it;
    const qint64 id = sql::scalar(mConn, QStringLiteral("SELECT id FROM tag WHERE name = ?"), {name}).toLongLong();
    if (id)
        mTagIds.insert(name, id);
    return id;
}

} // namespace jy
