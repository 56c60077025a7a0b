#pragma once
#include "common/result.h"
#include "grids/gridmap.h"

#include <QByteArray>
#include <QStringList>

namespace jy {

class Database;
class Session;

// The community plane ↔ WGS 84 longitude/latitude around the community's anchor. An
// equirectangular approximation: a community is a few hundred metres across, where its error
// stays far below what a site plan is drawn to.
class LocalProjection
{
public:
    LocalProjection(double anchorLon, double anchorLat);
    QPointF toLonLat(const QPointF &local) const;
    QPointF toLocal(const QPointF &lonLat) const;

private:
    double mLon;
    double mLat;
    double mMetresPerDegreeLon;
};

struct GeoJsonImportSummary
{
    int features = 0;
    int gridsCreated = 0;
    int gridsUpdated = 0;
    int buildingsCreated = 0;
    int buildingsUpdated = 0;
    int buildingsAssigned = 0;
    int skipped = 0;
    QStringList problems;   // one line per skipped feature, in Chinese
};

// Grids as Polygons and buildings as Points or Polygons (RFC 7946), with codes and names as
// properties, so that the map can go to QGIS or a city GIS and come back.
class GeoJson
{
public:
    static QByteArray exportMap(const CommunityMap &map) { return exportMaps({map}); }
    // Several communities in one collection; each feature names its community_code.
    static QByteArray exportMaps(const QList<CommunityMap> &maps);

    // Grids are matched by code, buildings by estate and number; missing ones are created.
    // A building with no grid_code property joins the grid whose outline contains it. All or
    // nothing: one transaction.
    static Result<GeoJsonImportSummary> importMap(Database &db, const Session &session, qint64 communityId,
                                                  const QByteArray &json);
    // communityId 0: each feature goes to the community its community_code property names;
    // when the database has a single community, everything goes there. Still one transaction for the whole file.
    static Result<GeoJsonImportSummary> importAny(Database &db, const Session &session, qint64 communityId,
                                                  const QByteArray &json);
};

} // namespace jy
