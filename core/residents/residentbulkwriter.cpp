#include "residents/residentbulkwriter.h"
#include "db/database.h"
#include "db/sql.h"
#include "residents/searchkeys.h"

namespace jy {

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
    : mConn(db.connection()), mStamp(stamp),
      mResident(db, "INSERT INTO resident (household_id, relation, name, id_number, birth_date, sex, birthplace_code, phone, "
                    "residence_type, ethnicity, notes, building_id, community_id, created_at, updated_at, "
                    "name_pinyin, name_initials, sort_key, id_rev, phone_rev) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      mResidentTag(db, "INSERT INTO resident_tag (resident_id, tag_id) VALUES (?, ?)", false),
      mHousehold(db, "INSERT INTO household (dwelling_id, code, created_at) VALUES (?, ?, ?)")
{
    if (db.dialect() == Dialect::SQLite)
        mNameIndex.emplace(db, "INSERT INTO resident_name_fts (rowid, chars) VALUES (?, ?)", false);
}

namespace {
// QDate::toString(Qt::ISODate) goes through a formatting engine: a twentieth of a bulk import.
QString isoDate(const QDate &date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    char16_t text[10];
    int year = date.year();
    for (int i = 3; i >= 0; --i, year /= 10)
        text[i] = char16_t(u'0' + year % 10);
    text[4] = text[7] = u'-';
    text[5] = char16_t(u'0' + date.month() / 10);
    text[6] = char16_t(u'0' + date.month() % 10);
    text[8] = char16_t(u'0' + date.day() / 10);
    text[9] = char16_t(u'0' + date.day() % 10);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}
} // namespace

qint64 ResidentBulkWriter::insert(const Resident &r, qint64 buildingId, qint64 communityId)
{
    return insert(r, SearchKeys::compute(r.name, r.idNumber, r.phone), mNameIndex ? SearchKeys::nameTokens(r.name) : QString(),
                  buildingId, communityId);
}

qint64 ResidentBulkWriter::insert(const Resident &r, const SearchKeys &keys, const QString &nameTokens, qint64 buildingId,
                                  qint64 communityId)
{
    const QString birth = isoDate(r.birthDate);
    const qint64 id = mResident.id(r.householdId)
                          .textNotNull(r.relation)
                          .textNotNull(r.name)
                          .text(r.idNumber)
                          .text(birth)
                          .text(r.sex)
                          .text(r.birthplaceCode)
                          .text(r.phone)
                          .textNotNull(r.residenceType)
                          .text(r.ethnicity)
                          .text(r.notes)
                          .id(buildingId)
                          .id(communityId)
                          .textNotNull(mStamp)
                          .textNotNull(mStamp)
                          .textNotNull(keys.pinyin)
                          .textNotNull(keys.initials)
                          .textNotNull(keys.sortKey)
                          .text(keys.idReversed)
                          .text(keys.phoneReversed)
                          .run();
    if (mNameIndex)
        mNameIndex->number(id).textNotNull(nameTokens).run();
    for (const QString &t : r.tags)
        addTag(id, t);
    return id;
}

qint64 ResidentBulkWriter::insertHousehold(qint64 dwellingId, const QString &code)
{
    return mHousehold.id(dwellingId).text(code).textNotNull(mStamp).run();
}

void ResidentBulkWriter::addTag(qint64 residentId, const QString &tagName)
{
    if (const qint64 tag = tagId(tagName))
        mResidentTag.number(residentId).number(tag).run();
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
