#pragma once
#include "common/registerfilter.h"
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jy {

class Database;
class Session;

namespace need_source {
inline const QString Resident = QStringLiteral("resident"); // residents asked (点单出题)
inline const QString Grid = QStringLiteral("grid");         // found on a grid worker's round
inline const QString Unit = QStringLiteral("unit");         // a unit's own need
QStringList all();
QString name(const QString &source);
} // namespace need_source

// 需求清单: what residents need.
struct CoBuildingNeed
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString title;
    QString category;
    QString source = need_source::Resident;
    QString raisedBy;
    QDate raisedOn;
    QString notes;
    bool matched = false;     // filled by reads: a project takes it up
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

// 资源清单: what a co-building unit offers.
struct CoBuildingResource
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString title;
    QString category;
    QString notes;
    // Filled by reads.
    QString unitName;
    qint64 communityId = 0;   // the unit's
    int projects = 0;         // projects that use it
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

// The two-way lists (双向需求清单) that projects match. ManageGovernance, audited.
class TwoWayLists
{
public:
    TwoWayLists(Database &db, const Session &session);
    TwoWayLists(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Field errors: title, source, raised_on, community. An id > 0 corrects that need.
    Result<qint64> addNeed(const CoBuildingNeed &need);
    // Refused while a project takes the need up: the project would lose what it answers.
    Status removeNeed(qint64 id);
    // Field errors: title, unit.
    Result<qint64> addResource(const CoBuildingResource &resource);
    // Corrects a resource (title, category, notes, the unit offering it). Field errors: title, unit.
    Status updateResource(const CoBuildingResource &resource);
    // Refused while a project uses the resource: the project would lose what answers its need.
    Status removeResource(qint64 id);
    std::optional<CoBuildingResource> findResource(qint64 id) const;
    int countResources(const RegisterFilter &filter = {}) const;
    // The categories resources are filed under, for a filter.
    QStringList resourceCategories() const;
    // filter: communityId, kind (source), text; newest first.
    QList<CoBuildingNeed> needs(const RegisterFilter &filter = {}) const;
    int countNeeds(const RegisterFilter &filter = {}) const;
    std::optional<CoBuildingNeed> findNeed(qint64 id) const;
    // filter: communityId (the unit's), ownerId (unit), kind (category), text; by unit and title.
    QList<CoBuildingResource> resources(const RegisterFilter &filter = {}) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
