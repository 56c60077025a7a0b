#include "accounts/scope.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"

#include <QSqlQuery>

namespace jy {

namespace {
// A building is in a grid worker's scope when one of their grids covers it.
bool gridsCoverBuilding(Database &db, const Session &session, qint64 buildingId)
{
    return sql::scalar(db.connection(),
                       QStringLiteral("SELECT count(*) FROM grid_building WHERE building_id = ? AND grid_id IN "
                                      "(SELECT grid_id FROM account_grid WHERE account_id = ?)"),
                       {buildingId, session.accountId()}).toInt() > 0;
}
} // namespace

Status Scope::community(const Session &session, qint64 communityId)
{
    if (session.communityScope() && communityId != session.communityScope())
        return Status::fail(QString(), tr("Your account works for another community."));
    return success();
}

Status Scope::grid(Database &db, const Session &session, qint64 gridId)
{
    if (session.unrestricted())
        return success();
    if (session.role() == Role::GridWorker)
        return session.gridScope().contains(gridId) ? success() : Status::fail(QString(), tr("This grid is not one of yours."));
    return community(session, sql::scalar(db.connection(), QStringLiteral("SELECT community_id FROM grid WHERE id = ?"), {gridId}).toLongLong());
}

Status Scope::building(Database &db, const Session &session, qint64 buildingId)
{
    if (session.unrestricted())
        return success();
    if (session.role() == Role::GridWorker)
        return gridsCoverBuilding(db, session, buildingId) ? success()
                                                           : Status::fail(QString(), tr("This building is not in your grids."));
    return community(session, sql::scalar(db.connection(), QStringLiteral("SELECT e.community_id FROM building b JOIN estate e ON e.id = b.estate_id "
                                                                          "WHERE b.id = ?"), {buildingId}).toLongLong());
}

Status Scope::dwelling(Database &db, const Session &session, qint64 dwellingId)
{
    if (session.unrestricted())
        return success();
    return building(db, session, sql::scalar(db.connection(), QStringLiteral("SELECT u.building_id FROM dwelling d JOIN unit u ON u.id = d.unit_id "
                                                                            "WHERE d.id = ?"), {dwellingId}).toLongLong());
}

Status Scope::household(Database &db, const Session &session, qint64 householdId)
{
    if (session.unrestricted())
        return success();
    return dwelling(db, session, sql::scalar(db.connection(), QStringLiteral("SELECT dwelling_id FROM household WHERE id = ?"), {householdId}).toLongLong());
}

Status Scope::resident(Database &db, const Session &session, qint64 residentId)
{
    if (session.unrestricted())
        return success();
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral("SELECT building_id, community_id FROM resident WHERE id = ?"), {residentId});
    if (!q.next())
        return success(); // the service reports a missing resident in its own words
    if (session.role() == Role::GridWorker)
        return gridsCoverBuilding(db, session, q.value(0).toLongLong())
            ? success() : Status::fail(QString(), tr("This resident does not live in your grids."));
    return community(session, q.value(1).toLongLong());
}

void Scope::restrictList(const Session &session, QStringList &where, QVariantList &values, const QString &communityColumn,
                         const QString &gridColumn, const QString &buildingColumn)
{
    if (session.unrestricted())
        return;
    const QList<qint64> &grids = session.gridScope();
    const bool byGrid = session.role() == Role::GridWorker && !(gridColumn.isEmpty() && buildingColumn.isEmpty());
    if (session.role() != Role::GridWorker || (!byGrid && session.communityScope())) {
        where << communityColumn + QStringLiteral(" = ?");
        values << session.communityScope();
        return;
    }
    if (grids.isEmpty()) {
        where << QStringLiteral("1 = 0");
        return;
    }
    const QString marks = QStringList(grids.size(), QStringLiteral("?")).join(QLatin1Char(','));
    if (!byGrid)
        where << QStringLiteral("%1 IN (SELECT community_id FROM grid WHERE id IN (%2))").arg(communityColumn, marks);
    else if (!gridColumn.isEmpty())
        where << QStringLiteral("%1 IN (%2)").arg(gridColumn, marks);
    else
        where << QStringLiteral("%1 IN (SELECT building_id FROM grid_building WHERE grid_id IN (%2))").arg(buildingColumn, marks);
    for (qint64 id : grids)
        values << id;
}

void Scope::restrictListOrStreet(const Session &session, QStringList &where, QVariantList &values, const QString &communityColumn)
{
    QStringList mine;
    restrictList(session, mine, values, communityColumn);
    if (!mine.isEmpty())
        where << QStringLiteral("(%1 IS NULL OR %2)").arg(communityColumn, mine.join(QStringLiteral(" AND ")));
}

qint64 Scope::homeCommunity(Database &db, const Session &session)
{
    if (session.unrestricted())
        return 0;
    if (session.communityScope() || session.gridScope().isEmpty())
        return session.communityScope();
    return sql::scalar(db.connection(), QStringLiteral("SELECT community_id FROM grid WHERE id = ?"), {session.gridScope().first()})
        .toLongLong();
}

Result<qint64> Scope::readableCommunity(Database &db, const Session &session, qint64 requested)
{
    if (session.unrestricted())
        return requested;
    const qint64 home = homeCommunity(db, session);
    if (!home)
        return Result<qint64>::fail(QString(), tr("Your account has no community to show."));
    if (requested && requested != home)
        return Result<qint64>::fail(QString(), tr("Your account may only see the figures of its own community."));
    return home;
}

QList<QPair<qint64, QString>> Scope::readableCommunities(Database &db, const Session &session)
{
    const qint64 home = homeCommunity(db, session);
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral("SELECT id, name FROM community WHERE ? = 0 OR id = ? ORDER BY code"), {home, home});
    QList<QPair<qint64, QString>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

} // namespace jy
