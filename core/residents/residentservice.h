#pragma once
#include "common/result.h"
#include "residents/resident.h"
#include "residents/residentstore.h"

#include <optional>

namespace jy {

class Database;
class Session;

// Everything a user can do to residents and households: validated, permission-checked,
// audited, each call one transaction.
class ResidentService
{
public:
    ResidentService(Database &db, const Session &session);
    ResidentService(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Validates and normalises (ID upgraded to 18 digits, birth date / sex / birthplace derived
    // from it, phone cleaned). Field errors name the field: name, id_number, birth_date, sex,
    // phone, residence_type, household, relation, tags.
    Result<Resident> prepare(const Resident &input) const;

    Result<qint64> create(const Resident &input);
    Status update(const Resident &input);
    // A household head with other members needs newHeadId (one of them); a household left
    // empty is removed.
    Status remove(qint64 id, qint64 newHeadId = 0);
    Status moveToHousehold(qint64 id, qint64 householdId, const QString &relation, qint64 newHeadId = 0);
    Result<qint64> createHousehold(qint64 dwellingId, const QString &code = {});

    std::optional<Resident> find(qint64 id) const;
    QList<Resident> householdMembers(qint64 householdId) const;

private:
    Status checkPermission() const;
    Status conflict(const Resident &before) const;
    // Before a member leaves a household: hands the head role on, or refuses.
    Status handOverHead(const Resident &leaving, qint64 newHeadId);
    void dropHouseholdIfEmpty(qint64 householdId);

    Database &mDb;
    const Session &mSession;
    ResidentStore mStore;
};

} // namespace jy
