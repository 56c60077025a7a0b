#pragma once
#include "residents/resident.h"

#include <QList>
#include <optional>

namespace jy {

class Database;

// SQL for residents and households. No validation, permission or audit here: that is
// ResidentService's job; this class only reads and writes rows, keeping derived columns
// (search keys, location) in step.
class ResidentStore
{
public:
    explicit ResidentStore(Database &db) : mDb(db) {}

    std::optional<Resident> find(qint64 id) const;
    QList<Resident> members(qint64 householdId) const;
    qint64 idByIdNumber(const QString &idNumber) const; // 0 if none
    QString nameOf(qint64 id) const;
    qint64 insert(const Resident &resident);
    // False when the row has moved past resident.rowVersion (someone else saved it first).
    bool update(const Resident &resident);
    void remove(qint64 id);
    void setRelation(qint64 id, const QString &relation);
    // Tags by name; returns names that are not defined.
    QStringList unknownTags(const QStringList &names) const;

    bool householdExists(qint64 householdId) const;
    qint64 headOf(qint64 householdId) const; // 0 if none
    int memberCount(qint64 householdId) const;
    qint64 createHousehold(qint64 dwellingId, const QString &code);
    void removeHousehold(qint64 householdId);
    QVariantMap householdMap(qint64 householdId) const;

private:
    void writeTags(qint64 id, const QStringList &names);
    void writeDerived(qint64 id, const Resident &resident);
    Database &mDb;
};

} // namespace jy
