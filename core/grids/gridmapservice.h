#pragma once
#include "common/result.h"
#include "grids/gridmap.h"

namespace jy {

class Database;
class Session;

// Every edit of a community's map: grids drawn and named, buildings placed and assigned, the
// background plan. Each call checks the role, validates, writes in one transaction and is
// audited; the map page's undo stack replays these calls with the old values.
class GridMapService
{
public:
    GridMapService(Database &db, const Session &session);
    GridMapService(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    Result<qint64> addGrid(qint64 communityId, const QString &code, const QString &name, const QPolygonF &shape);
    Status renameGrid(qint64 gridId, const QString &code, const QString &name);
    Status setGridShape(qint64 gridId, const QPolygonF &shape);   // empty: not drawn
    // Refused while patrols or incidents refer to the grid: those records must not vanish.
    Status removeGrid(qint64 gridId);

    // `placed` false takes the building off the map (it stays in the roster).
    Status placeBuilding(qint64 buildingId, bool placed, const QPointF &position, const QPolygonF &footprint = {});
    Status assignBuilding(qint64 buildingId, qint64 gridId);     // 0: in no grid
    // The grid whose drawn shape contains a point; 0 if none.
    static qint64 gridAt(const CommunityMap &map, const QPointF &point);

    Status setBackground(qint64 communityId, const MapBackground &background);
    Status setAnchor(qint64 communityId, double lon, double lat);

private:
    Status checkPermission() const;
    void ensureMapRow(qint64 communityId);

    Database &mDb;
    const Session &mSession;
};

} // namespace jy
