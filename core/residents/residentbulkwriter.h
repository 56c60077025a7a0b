#pragma once
#include "db/bulkinsert.h"
#include "residents/resident.h"
#include "residents/searchkeys.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

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

    // r must be normalised (ResidentRules). buildingId and communityId are those of the
    // household's dwelling (0 when it has none), cached on the row for indexed filters.
    qint64 insert(const Resident &r, qint64 buildingId, qint64 communityId);
    // The same with the search keys and name tokens (SearchKeys) computed beforehand, as an
    // importer does while it reads, once per distinct name.
    qint64 insert(const Resident &r, const SearchKeys &keys, const QString &nameTokens, qint64 buildingId, qint64 communityId);
    qint64 insertHousehold(qint64 dwellingId, const QString &code);
    void addTag(qint64 residentId, const QString &tagName);

private:
    qint64 tagId(const QString &name);

    QSqlDatabase mConn;
    QString mStamp;
    QHash<QString, qint64> mTagIds;
    BulkInsert mResident, mResidentTag, mHousehold;
    std::optional<BulkInsert> mNameIndex; // SQLite's full-text index
};

// INSERT … RETURNING costs SQLite about three times a plain insert, whose last rowid is free:
// statements for insertId() get RETURNING only on other databases.
QString returningId(Database &db, const QString &insert);
qint64 insertId(QSqlQuery &preparedInsert);

} // namespace jy
