#pragma once
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace jy {

class Database;
class Session;

// One day's walk of a grid (日巡查): who walked it, what was found, and whether it needs action.
struct Patrol
{
    qint64 id = 0;
    qint64 gridId = 0;
    QString gridName;
    QDate date;
    QString worker;
    QString findings;
    QString followUp = QStringLiteral("none"); // none | open (an incident is being handled) | done
    qint64 incidentId = 0;
    QString incidentNumber;
};

// A finding that needs action becomes a grid incident in the same transaction.
struct PatrolFinding
{
    QString title;
    QString category;
    qint64 buildingId = 0;
};

struct PatrolFilter
{
    qint64 communityId = 0;
    qint64 gridId = 0;
    QDate from;
    QDate to;
    int limit = 1000;
};

class PatrolLog
{
public:
    PatrolLog(Database &db, const Session &session);
    PatrolLog(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    Result<qint64> record(const Patrol &patrol, const PatrolFinding *needsAction = nullptr);
    QList<Patrol> list(const PatrolFilter &filter) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
