#include "db/bulkinsert.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"

#include <QSqlDriver>
#include <QStringEncoder>
#include <sqlite3.h>
#include <vector>

namespace jy {

struct BulkInsert::Native
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    // Texts go in as UTF-8, the database's encoding: given UTF-16, SQLite converts every value
    // into memory it allocates and frees per row. One buffer per placeholder, reused.
    std::vector<QByteArray> utf8;
    QStringEncoder encoder{QStringEncoder::Utf8};
    ~Native() { sqlite3_finalize(statement); }
};

namespace {
sqlite3 *sqliteHandle(Database &db)
{
    if (db.dialect() != Dialect::SQLite)
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
} // namespace

BulkInsert::BulkInsert(Database &db, const char *statement, bool returnsId)
    : mStatement(statement)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        mNative = std::make_unique<Native>();
        mNative->db = handle;
        if (sqlite3_prepare_v2(handle, statement, -1, &mNative->statement, nullptr) != SQLITE_OK)
            throw DbError(QStringLiteral("%1: %2").arg(QString::fromUtf8(statement), QString::fromUtf8(sqlite3_errmsg(handle))));
        mNative->utf8.resize(size_t(sqlite3_bind_parameter_count(mNative->statement)) + 1);
        return;
    }
    mQuery = sql::prepare(db.connection(), QString::fromUtf8(statement) + (returnsId ? QStringLiteral(" RETURNING id") : QString()));
}

BulkInsert::~BulkInsert() = default;

BulkInsert &BulkInsert::text(const QString &value)
{
    if (value.isEmpty()) {
        if (mNative)
            sqlite3_bind_null(mNative->statement, mNext++);
        else
            mQuery.addBindValue(QVariant(QMetaType::fromType<QString>()));
        return *this;
    }
    return textNotNull(value);
}

BulkInsert &BulkInsert::textNotNull(const QString &value)
{
    if (mNative) {
        const int index = mNext++;
        if (size_t(index) >= mNative->utf8.size()) { // let SQLite report the range error
            sqlite3_bind_text16(mNative->statement, index, value.utf16(), int(value.size() * sizeof(char16_t)), SQLITE_STATIC);
            return *this;
        }
        QByteArray &buffer = mNative->utf8[size_t(index)];
        if (buffer.size() < value.size() * 3)
            buffer.resize(value.size() * 3); // the most UTF-8 needs per UTF-16 unit
        mNative->encoder.resetState();
        const char *end = mNative->encoder.appendToBuffer(buffer.data(), value);
        sqlite3_bind_text(mNative->statement, index, buffer.constData(), int(end - buffer.constData()), SQLITE_STATIC);
    } else {
        mQuery.addBindValue(value.isNull() ? QStringLiteral("") : value);
    }
    return *this;
}

BulkInsert &BulkInsert::id(qint64 value)
{
    if (value)
        return number(value);
    if (mNative)
        sqlite3_bind_null(mNative->statement, mNext++);
    else
        mQuery.addBindValue(QVariant(QMetaType::fromType<qint64>()));
    return *this;
}

BulkInsert &BulkInsert::number(qint64 value)
{
    if (mNative)
        sqlite3_bind_int64(mNative->statement, mNext++, value);
    else
        mQuery.addBindValue(value);
    return *this;
}

BulkInsert &BulkInsert::real(double value)
{
    if (mNative)
        sqlite3_bind_double(mNative->statement, mNext++, value);
    else
        mQuery.addBindValue(value);
    return *this;
}

qint64 BulkInsert::run()
{
    mNext = 1;
    if (!mNative) {
        sql::exec(mQuery);
        const qint64 id = mQuery.isSelect() && mQuery.next() ? mQuery.value(0).toLongLong() : 0;
        mQuery.finish();
        return id;
    }
    const int rc = sqlite3_step(mNative->statement);
    sqlite3_reset(mNative->statement);
    sqlite3_clear_bindings(mNative->statement);
    if (rc != SQLITE_DONE)
        throw DbError(QStringLiteral("%1: %2").arg(QString::fromUtf8(mStatement), QString::fromUtf8(sqlite3_errmsg(mNative->db))));
    return sqlite3_last_insert_rowid(mNative->db);
}

} // namespace jy
