#pragma once
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
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
    // Rows that belong to no grid (registers, the supermarket) name neither grid nor building:
    // a grid worker then sees their grids' community, like its staff.
    static void restrictList(const Session &session, QStringList &where, QVariantList &values, const QString &communityColumn,
                             const QString &gridColumn = {}, const QString &buildingColumn = {});
    // The same for rows the street's head store may own (the column NULL: a street team, a
    // 12.17 redemption day): those are shared and every account sees them.
    static void restrictListOrStreet(const Session &session, QStringList &where, QVariantList &values,
                                     const QString &communityColumn);

    // The community a limited account works in (a grid worker's: their grids'); 0 for the street.
    static qint64 homeCommunity(Database &db, const Session &session);
    // The community a dashboard or report may cover when asked for `requested` (0: the street):
    // the same for street accounts; a limited account gets its own community for the street,
    // and a refusal for another community.
    static Result<qint64> readableCommunity(Database &db, const Session &session, qint64 requested);
    // The communities (id, name) the session may read, by code: all of them for the street,
    // else its own; for the community pickers of dashboards and reports.
    static QList<QPair<qint64, QString>> readableCommunities(Database &db, const Session &session);
};

} // namespace jy
