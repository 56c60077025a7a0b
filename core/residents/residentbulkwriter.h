#pragma once
#include "residents/resident.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace jy {

class Database;

// Writes many residents fast, for the demo generator and the importer: statements prepared
// once, the derived search columns written with the row. No validation, permission or audit:
// callers do that for the whole batch, inside their own transaction.
class ResidentBulkWriter
{
public:
    // stamp: created_at / updated_at of every row written.
    ResidentBulkWriter(Database &db, const QString &stamp);
    ~ResidentBulkWriter();
    ResidentBulkWriter(const ResidentBulkWriter &) = delete;
    ResidentBulkWriter &operator=(const ResidentBulkWriter &) = delete;

    // r must be normalised (ResidentRules). buildingId and communityId are those of the
    // household's dwelling (0 when it has none), cached on the row for indexed filters.
    qint64 insert(const Resident &r, qint64 buildingId, qint64 communityId);
    qint64 insertHousehold(qint64 dwellingId, const QString &code);
    void addTag(qint64 residentId, const QString &tagName);

private:
    struct Native;
    qint64 tagId(const QString &name);

    Database &mDb;
    QSqlDatabase mConn;
    QString mStamp;
    bool mFullText = false;
    QHash<QString, qint64> mTagIds;
    QSqlQuery mResident, mNameIndex, mResidentTag, mHousehold;
    // On SQLite the same statements go through its C API: Qt's binding costs a tenth of an import.
    std::unique_ptr<Native> mNative;
};

// INSERT … RETURNING costs SQLite about three times a plain insert, whose last rowid is free:
// statements for insertId() get RETURNING only on other databases.
QString returningId(Database &db, const QString &insert);
qint64 insertId(QSqlQuery &preparedInsert);

} // namespace jy
