#pragma once
#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

namespace jy {

class Database;
class Session;

// Where an account may work: community staff in their community, grid workers in their grids
// (and only there), street accounts everywhere. Services check it next to the permission, so
// a grid worker cannot change another grid's residents by calling the service directly.
class Scope
{
    Q_DECLARE_TR_FUNCTIONS(jy::Scope)
public:
    static Status community(const Session &session, qint64 communityId);
    static Status grid(Database &db, const Session &session, qint64 gridId);
    static Status building(Database &db, const Session &session, qint64 buildingId);
    static Status dwelling(Database &db, const Session &session, qint64 dwellingId);
    static Status household(Database &db, const Session &session, qint64 householdId);
    static Status resident(Database &db, const Session &session, qint64 residentId);

    // The reading side: narrows a list query to what the session may see, its community or a
    // grid worker's grids. Rows that belong to a grid name its column; rows that hang off a
    // building (care plans by resident) name the building column instead.
    static void restrictList(const Session &session, QStringList &where, QVariantList &values, const QString &communityColumn,
                             const QString &gridColumn, const QString &buildingColumn = {});
};

} // namespace jy
