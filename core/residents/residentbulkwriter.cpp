#include "residents/residentbulkwriter.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/dberror.h"
#include "residents/searchkeys.h"

#include <QSqlDriver>
#include <sqlite3.h>

namespace jy {

namespace {
const char *const kInsertResident =
    "INSERT INTO resident (household_id, relation, name, id_number, birth_date, sex, birthplace_code, phone, "
    "residence_type, ethnicity, notes, building_id, community_id, created_at, updated_at, "
    "name_pinyin, name_initials, sort_key, id_rev, phone_rev) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char *const kInsertNameIndex = "INSERT INTO resident_name_fts (rowid, chars) VALUES (?, ?)";
const char *const kInsertResidentTag = "INSERT INTO resident_tag (resident_id, tag_id) VALUES (?, ?)";
const char *const kInsertHousehold = "INSERT INTO household (dwelling_id, code, created_at) VALUES (?, ?, ?)";

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

// Prepared sqlite3 statements; every step is checked and a failure throws DbError.
struct ResidentBulkWriter::Native
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *resident = nullptr, *nameIndex = nullptr, *residentTag = nullptr, *household = nullptr;

    explicit Native(sqlite3 *handle) : db(handle)
    {
        resident = prepare(kInsertResident);
        nameIndex = prepare(kInsertNameIndex);
        residentTag = prepare(kInsertResidentTag);
        household = prepare(kInsertHousehold);
    }
    ~Native()
    {
        for (sqlite3_stmt *s : {resident, nameIndex, residentTag, household})
            sqlite3_finalize(s);
    }
    sqlite3_stmt *prepare(const char *statement)
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, statement, -1, &s, nullptr) != SQLITE_OK)
            fail(statement);
        return s;
    }
    [[noreturn]] void fail(const char *statement)
    {
        throw DbError(QStringLiteral("%1: %2").arg(QString::fromUtf8(statement), QString::fromUtf8(sqlite3_errmsg(db))));
    }
    // Bound without a copy: the text must live until the step, as the callers' locals and members do.
    static void text(sqlite3_stmt *s, int index, const QString &value, bool emptyIsNull = true)
    {
        if (value.isEmpty() && emptyIsNull)
            sqlite3_bind_null(s, index);
        else
            sqlite3_bind_text16(s, index, value.utf16(), int(value.size() * sizeof(char16_t)), SQLITE_STATIC);
    }
    static void id(sqlite3_stmt *s, int index, qint64 value)
    {
        if (value)
            sqlite3_bind_int64(s, index, value);
        else
            sqlite3_bind_null(s, index);
    }
    qint64 run(sqlite3_stmt *s, const char *statement)
    {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        if (rc != SQLITE_DONE)
            fail(statement);
        return sqlite3_last_insert_rowid(db);
    }
};

ResidentBulkWriter::ResidentBulkWriter(Database &db, const QString &stamp)
    : mDb(db), mConn(db.connection()), mStamp(stamp), mFullText(db.dialect() == Dialect::SQLite)
{
    const QVariant handle = mConn.driver()->handle();
    if (db.dialect() == Dialect::SQLite && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *native = *static_cast<sqlite3 *const *>(handle.constData())) {
            mNative = std::make_unique<Native>(native);
            return;
        }
    }
    mResident = sql::prepare(mConn, returningId(db, QString::fromLatin1(kInsertResident)));
    if (mFullText)
        mNameIndex = sql::prepare(mConn, QString::fromLatin1(kInsertNameIndex));
    mResidentTag = sql::prepare(mConn, QString::fromLatin1(kInsertResidentTag));
    mHousehold = sql::prepare(mConn, returningId(db, QString::fromLatin1(kInsertHousehold)));
}

ResidentBulkWriter::~ResidentBulkWriter() = default;

qint64 ResidentBulkWriter::insert(const Resident &r, qint64 buildingId, qint64 communityId)
{
    const SearchKeys keys = SearchKeys::compute(r.name, r.idNumber, r.phone);
    if (mNative) {
        sqlite3_stmt *s = mNative->resident;
        const QString birth = r.birthDate.toString(Qt::ISODate);
        Native::id(s, 1, r.householdId);
        Native::text(s, 2, r.relation);
        Native::text(s, 3, r.name);
        Native::text(s, 4, r.idNumber);
        Native::text(s, 5, birth);
        Native::text(s, 6, r.sex);
        Native::text(s, 7, r.birthplaceCode);
        Native::text(s, 8, r.phone);
        Native::text(s, 9, r.residenceType);
        Native::text(s, 10, r.ethnicity);
        Native::text(s, 11, r.notes);
        Native::id(s, 12, buildingId);
        Native::id(s, 13, communityId);
        Native::text(s, 14, mStamp);
        Native::text(s, 15, mStamp);
        Native::text(s, 16, keys.pinyin, false); // NOT NULL columns: '' rather than NULL
        Native::text(s, 17, keys.initials, false);
        Native::text(s, 18, keys.sortKey, false);
        Native::text(s, 19, keys.idReversed);
        Native::text(s, 20, keys.phoneReversed);
        const qint64 id = mNative->run(s, kInsertResident);
        const QString tokens = SearchKeys::nameTokens(r.name);
        sqlite3_bind_int64(mNative->nameIndex, 1, id);
        Native::text(mNative->nameIndex, 2, tokens, false);
        mNative->run(mNative->nameIndex, kInsertNameIndex);
        for (const QString &t : r.tags)
            addTag(id, t);
        return id;
    }
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
    if (mNative) {
        Native::id(mNative->household, 1, dwellingId);
        Native::text(mNative->household, 2, code);
        Native::text(mNative->household, 3, mStamp);
        return mNative->run(mNative->household, kInsertHousehold);
    }
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
    if (mNative) {
        sqlite3_bind_int64(mNative->residentTag, 1, residentId);
        sqlite3_bind_int64(mNative->residentTag, 2, tag);
        mNative->run(mNative->residentTag, kInsertResidentTag);
        return;
    }
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
