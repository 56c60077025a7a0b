#pragma once
#include "common/registerfilter.h"
#include "common/result.h"
#include "workflow/workflow.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace jy {

class Database;
class Session;

struct CoBuildingProject
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString title;
    qint64 needId = 0;
    qint64 resourceId = 0;
    qint64 unitId = 0;         // set on dispatch (or from the resource)
    QString state;
    QDateTime stateSince;
    QString result;
    QDateTime createdAt;
    // Filled by reads.
    QString unitName;
    QString needTitle;
};

// Projects on the co-building project workflow: created as ordered, then dispatched to a unit,
// accepted, completed with a result. ManageGovernance to create; the workflow's roles for steps.
class CoBuildingProjects
{
public:
    CoBuildingProjects(Database &db, const Session &session);
    CoBuildingProjects(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Field errors: title, community, need, resource.
    Result<qint64> create(const CoBuildingProject &project, const QDateTime &at = {});
    // fields: unit_id (dispatch), reason (decline, cancel), result (complete).
    Status take(qint64 id, const QString &action, const QVariantMap &fields = {}, const QDateTime &at = {});
    std::optional<CoBuildingProject> find(qint64 id) const;
    QList<HistoryEntry> history(qint64 id) const;
    // filter: communityId, ownerId (unit), state, text (title, unit); newest first.
    QList<CoBuildingProject> list(const RegisterFilter &filter = {}) const;
    int count(const RegisterFilter &filter = {}) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
