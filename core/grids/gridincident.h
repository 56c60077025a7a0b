#pragma once
#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace jy {

class Database;
class Session;
struct Transition;

struct GridIncident
{
    qint64 id = 0;
    QString number;          // E + yyyyMMdd + sequence of the day
    qint64 gridId = 0;
    QString gridName;
    qint64 buildingId = 0;   // optional: where it is
    QString buildingName;
    qint64 patrolId = 0;     // the patrol that found it, if any
    QString title;
    QString description;
    QString category;
    QString level;           // incident_level
    QString state;
    QDateTime stateSince;    // UTC
    QString reportedBy;
    QDateTime reportedAt;    // UTC
    QDateTime resolvedAt;    // UTC; null until resolved
    QString resolution;

    // Open and older than its level's deadline.
    bool overdue(const QDateTime &now) const;
    bool open() const;
};

struct IncidentFilter
{
    qint64 communityId = 0;
    qint64 gridId = 0;
    QString state;           // empty: every state
    bool openOnly = false;
    QString text;            // in title, number or description
    int limit = 1000;
};

// Grid incidents on the shared workflow: reported from a patrol or by hand, escalated grid →
// community → street, each step checked against the role and the level, and recorded.
class IncidentService
{
public:
    IncidentService(Database &db, const Session &session);
    IncidentService(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    Result<qint64> report(const GridIncident &incident, const QDateTime &at = {});
    Status take(qint64 incidentId, const QString &action, const QVariantMap &fields = {}, const QDateTime &at = {});
    // Actions this role may take now, for menus.
    QList<const Transition *> available(const GridIncident &incident) const;

    std::optional<GridIncident> find(qint64 id) const;
    QList<GridIncident> list(const IncidentFilter &filter) const;
    // Every state of the workflow with its count (zero included). 0: every community.
    static QMap<QString, int> countByState(Database &db, qint64 communityId = 0);

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
