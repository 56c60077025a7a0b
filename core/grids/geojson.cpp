#include "grids/geojson.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "grids/gridmapservice.h"
#include "places/placestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <cmath>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::GeoJson", text); }
constexpr double kMetresPerDegreeLat = 111320.0;
constexpr double kPi = 3.14159265358979323846;

QJsonArray position(const LocalProjection &projection, const QPointF &local)
{
    const QPointF p = projection.toLonLat(local);
    // Seven decimals are about a centimetre; more only bloats the file.
    return QJsonArray{std::round(p.x() * 1e7) / 1e7, std::round(p.y() * 1e7) / 1e7};
}

// RFC 7946: one closed ring, exterior counter-clockwise in lon/lat (a positive shoelace area).
// Our plane's y runs south, which flips the sign: the ring needs a negative area here.
QJsonArray ring(const LocalProjection &projection, const QPolygonF &polygon)
{
    double area = 0;
    for (int i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % polygon.size());
        area += a.x() * b.y() - b.x() * a.y();
    }
    QPolygonF points = polygon;
    if (points.size() > 1 && points.first() == points.last())
        points.removeLast();
    if (area > 0)
        std::reverse(points.begin(), points.end());
    QJsonArray coordinates;
    for (const QPointF &p : points)
        coordinates.append(position(projection, p));
    coordinates.append(position(projection, points.first()));
    return coordinates;
}

QJsonObject feature(const QJsonObject &geometry, const QJsonObject &properties)
{
    return {{QStringLiteral("type"), QStringLiteral("Feature")}, {QStringLiteral("geometry"), geometry},
            {QStringLiteral("properties"), properties}};
}

QPolygonF polygonFrom(const LocalProjection &projection, const QJsonObject &geometry, bool *ok)
{
    *ok = false;
    QJsonArray rings;
    const QString type = geometry.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("Polygon"))
        rings = geometry.value(QStringLiteral("coordinates")).toArray();
    else if (type == QLatin1String("MultiPolygon"))
        rings = geometry.value(QStringLiteral("coordinates")).toArray().at(0).toArray();
    const QJsonArray outer = rings.at(0).toArray();
    QPolygonF polygon;
    for (const QJsonValue &v : outer) {
        const QJsonArray p = v.toArray();
        if (p.size() < 2 || !p.at(0).isDouble() || !p.at(1).isDouble())
            return {};
        polygon.append(projection.toLocal(QPointF(p.at(0).toDouble(), p.at(1).toDouble())));
    }
    if (polygon.size() > 1 && polygon.first() == polygon.last())
        polygon.removeLast();
    *ok = polygon.size() >= 3;
    return polygon;
}

QPointF centroid(const QPolygonF &polygon)
{
    QPointF sum;
    for (const QPointF &p : polygon)
        sum += p;
    return polygon.isEmpty() ? QPointF() : sum / polygon.size();
}

QString text(const QJsonObject &properties, const char *key)
{
    const QJsonValue v = properties.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString().trimmed();
}
} // namespace

LocalProjection::LocalProjection(double anchorLon, double anchorLat)
    : mLon(anchorLon), mLat(anchorLat), mMetresPerDegreeLon(kMetresPerDegreeLat * std::cos(anchorLat * kPi / 180))
{
}

QPointF LocalProjection::toLonLat(const QPointF &local) const
{
    return {mLon + local.x() / mMetresPerDegreeLon, mLat - local.y() / kMetresPerDegreeLat};
}

QPointF LocalProjection::toLocal(const QPointF &lonLat) const
{
    return {(lonLat.x() - mLon) * mMetresPerDegreeLon, (mLat - lonLat.y()) * kMetresPerDegreeLat};
}

QByteArray GeoJson::exportMaps(const QList<CommunityMap> &maps)
{
    QJsonArray features;
    for (const CommunityMap &map : maps) {
    const LocalProjection projection(map.anchorLon, map.anchorLat);
    QHash<qint64, QString> gridCodes;
    for (const MapGrid &g : map.grids) {
        gridCodes.insert(g.id, g.code);
        if (g.shape.size() < 3)
            continue;
        features.append(feature({{QStringLiteral("type"), QStringLiteral("Polygon")},
                                 {QStringLiteral("coordinates"), QJsonArray{ring(projection, g.shape)}}},
                                {{QStringLiteral("kind"), QStringLiteral("grid")}, {QStringLiteral("code"), g.code},
                                 {QStringLiteral("name"), g.name}, {QStringLiteral("community_code"), map.communityCode}}));
    }
    for (const MapBuilding &b : map.buildings) {
        if (!b.placed)
            continue;
        const QJsonObject geometry = b.footprint.size() >= 3
            ? QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                          {QStringLiteral("coordinates"), QJsonArray{ring(projection, b.footprint)}}}
            : QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")}, {QStringLiteral("coordinates"), position(projection, b.position)}};
        QJsonObject properties{{QStringLiteral("kind"), QStringLiteral("building")}, {QStringLiteral("estate"), b.estate},
                               {QStringLiteral("number"), b.number}, {QStringLiteral("name"), b.fullName()},
                               {QStringLiteral("grid_code"), gridCodes.value(b.gridId)},
                               {QStringLiteral("community_code"), map.communityCode}};
        if (b.floors > 0)
            properties.insert(QStringLiteral("floors"), b.floors);
        features.append(feature(geometry, properties));
    }
    }
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("name"), maps.size() == 1 ? maps.first().communityName : QStringLiteral("jiayuan")},
                                 {QStringLiteral("features"), features}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

Result<GeoJsonImportSummary> GeoJson::importMap(Database &db, const Session &session, qint64 communityId, const QByteArray &json)
{
    using R = Result<GeoJsonImportSummary>;
    if (!session.can(Permission::ManageGridMap))
        return R::fail(QString(), tr("Your role (%1) may not change the grid map.").arg(Session::roleName(session.role())));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::fail(QString(), tr("The file is not valid JSON (at byte %1: %2).").arg(error.offset).arg(error.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("type")).toString() != QLatin1String("FeatureCollection"))
        return R::fail(QString(), tr("The file is not a GeoJSON FeatureCollection."));
    CommunityMap map = GridMapStore::load(db, communityId);
    if (map.communityName.isEmpty())
        return R::fail(QString(), tr("The community does not exist."));
    const LocalProjection projection(map.anchorLon, map.anchorLat);
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();

    GeoJsonImportSummary summary;
    summary.features = int(features.size());
    GridMapService service(db, session);
    PlaceStore places(db);
    Transaction tx(db);
    auto skip = [&summary](int index, const QString &why) {
        ++summary.skipped;
        summary.problems.append(tr("Feature %1: %2").arg(index + 1).arg(why));
    };
    auto failed = [](const Status &s) { return s.errorText(); };

    // Grids first, so that buildings can join them by code or by position.
    QHash<QString, qint64> gridByCode;
    for (const MapGrid &g : map.grids)
        gridByCode.insert(g.code, g.id);
    QList<int> buildingFeatures;
    for (int i = 0; i < features.size(); ++i) {
        const QJsonObject f = features.at(i).toObject();
        const QJsonObject properties = f.value(QStringLiteral("properties")).toObject();
        const QJsonObject geometry = f.value(QStringLiteral("geometry")).toObject();
        const QString kind = text(properties, "kind");
        const bool isGrid = kind == QLatin1String("grid")
                            || (kind.isEmpty() && geometry.value(QStringLiteral("type")).toString().endsWith(QLatin1String("Polygon"))
                                && properties.contains(QStringLiteral("code")) && !properties.contains(QStringLiteral("number")));
        if (!isGrid) {
            buildingFeatures.append(i);
            continue;
        }
        bool ok = false;
        const QPolygonF shape = polygonFrom(projection, geometry, &ok);
        const QString code = text(properties, "code");
        if (!ok) {
            skip(i, tr("a grid needs a Polygon geometry with at least three points"));
            continue;
        }
        if (code.isEmpty()) {
            skip(i, tr("a grid needs a \"code\" property"));
            continue;
        }
        const QString name = text(properties, "name").isEmpty() ? code : text(properties, "name");
        if (const qint64 existing = gridByCode.value(code)) {
            const MapGrid *old = map.grid(existing);
            Status s = service.setGridShape(existing, shape);
            if (s && old && old->name != name)
                s = service.renameGrid(existing, code, name);
            if (!s) {
                skip(i, failed(s));
                continue;
            }
            ++summary.gridsUpdated;
        } else {
            const Result<qint64> id = service.addGrid(communityId, code, name, shape);
            if (!id) {
                skip(i, id.errorText());
                continue;
            }
            gridByCode.insert(code, id.value());
            ++summary.gridsCreated;
        }
    }
    map = GridMapStore::load(db, communityId);

    QHash<QString, qint64> estateByName;
    for (const Place &e : places.estates(communityId))
        estateByName.insert(e.name, e.id);
    QHash<QString, qint64> buildingByKey;
    for (const MapBuilding &b : map.buildings)
        buildingByKey.insert(b.estate + QLatin1Char('\x1f') + b.number, b.id);

    for (int i : buildingFeatures) {
        const QJsonObject f = features.at(i).toObject();
        const QJsonObject properties = f.value(QStringLiteral("properties")).toObject();
        const QJsonObject geometry = f.value(QStringLiteral("geometry")).toObject();
        const QString number = text(properties, "number");
        const QString estate = text(properties, "estate");
        if (number.isEmpty() || estate.isEmpty()) {
            skip(i, tr("a building needs \"estate\" and \"number\" properties"));
            continue;
        }
        QPointF point;
        QPolygonF footprint;
        const QString type = geometry.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("Point")) {
            const QJsonArray p = geometry.value(QStringLiteral("coordinates")).toArray();
            if (p.size() < 2 || !p.at(0).isDouble() || !p.at(1).isDouble()) {
                skip(i, tr("the point has no valid coordinates"));
                continue;
            }
            point = projection.toLocal(QPointF(p.at(0).toDouble(), p.at(1).toDouble()));
        } else {
            bool ok = false;
            footprint = polygonFrom(projection, geometry, &ok);
            if (!ok) {
                skip(i, tr("a building needs a Point or Polygon geometry"));
                continue;
            }
            point = centroid(footprint);
        }
        const QString key = estate + QLatin1Char('\x1f') + number;
        qint64 buildingId = buildingByKey.value(key);
        if (!buildingId) {
            if (!session.can(Permission::ManagePlaces)) {
                skip(i, tr("building %1 %2 is not in the roster").arg(estate, number));
                continue;
            }
            qint64 estateId = estateByName.value(estate);
            if (!estateId) {
                estateId = places.addEstate(communityId, estate);
                estateByName.insert(estate, estateId);
            }
            buildingId = places.addBuilding(estateId, number, properties.value(QStringLiteral("floors")).toInt());
            buildingByKey.insert(key, buildingId);
            AuditLog::record(db, session, QStringLiteral("create"), QStringLiteral("building"), buildingId,
                             AuditLog::diff({}, {{QStringLiteral("estate"), estate}, {QStringLiteral("number"), number},
                                                 {QStringLiteral("source"), QStringLiteral("geojson")}}));
            ++summary.buildingsCreated;
        } else {
            ++summary.buildingsUpdated;
        }
        if (Status s = service.placeBuilding(buildingId, true, point, footprint); !s) {
            skip(i, failed(s));
            continue;
        }
        const QString gridCode = text(properties, "grid_code");
        const qint64 gridId = gridCode.isEmpty() ? GridMapService::gridAt(map, point) : gridByCode.value(gridCode);
        if (!gridCode.isEmpty() && !gridId) {
            summary.problems.append(tr("Feature %1: no grid has the code %2; the building was placed but not assigned.")
                                        .arg(i + 1).arg(gridCode));
        } else if (gridId) {
            if (Status s = service.assignBuilding(buildingId, gridId); s)
                ++summary.buildingsAssigned;
        }
    }
    tx.commit();
    return summary;
}

Result<GeoJsonImportSummary> GeoJson::importAny(Database &db, const Session &session, qint64 communityId, const QByteArray &json)
{
    using R = Result<GeoJsonImportSummary>;
    if (communityId)
        return importMap(db, session, communityId, json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::fail(QString(), tr("The file is not valid JSON (at byte %1: %2).").arg(error.offset).arg(error.errorString()));
    const QJsonArray features = document.object().value(QStringLiteral("features")).toArray();
    QSqlDatabase conn = db.connection();
    QHash<QString, qint64> byCode;
    QSqlQuery c = sql::exec(conn, QStringLiteral("SELECT id, code FROM community"));
    while (c.next())
        byCode.insert(c.value(1).toString(), c.value(0).toLongLong());
    const qint64 only = byCode.size() == 1 ? byCode.cbegin().value() : 0;

    QMap<qint64, QJsonArray> groups;
    QStringList unknown;
    for (const QJsonValue &f : features) {
        const QString code = text(f.toObject().value(QStringLiteral("properties")).toObject(), "community_code");
        // A database with one community (a new office's, still coded 000…) takes every feature.
        const qint64 id = byCode.value(code, only);
        if (!id) {
            if (!unknown.contains(code))
                unknown << code;
            continue;
        }
        groups[id].append(f);
    }
    if (!unknown.isEmpty())
        return R::fail(QString(), unknown.contains(QString())
                                      ? tr("Some features name no community_code; choose the community with --community.")
                                      : tr("No community has the code %1; choose the community with --community.")
                                            .arg(unknown.join(QStringLiteral(", "))));
    GeoJsonImportSummary total;
    Transaction tx(db);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QJsonObject part{{QStringLiteral("type"), QStringLiteral("FeatureCollection")}, {QStringLiteral("features"), it.value()}};
        const R result = importMap(db, session, it.key(), QJsonDocument(part).toJson(QJsonDocument::Compact));
        if (!result)
            return result;
        const GeoJsonImportSummary &s = result.value();
        total.features += s.features;
        total.gridsCreated += s.gridsCreated;
        total.gridsUpdated += s.gridsUpdated;
        total.buildingsCreated += s.buildingsCreated;
        total.buildingsUpdated += s.buildingsUpdated;
        total.buildingsAssigned += s.buildingsAssigned;
        total.skipped += s.skipped;
        total.problems += s.problems;
    }
    tx.commit();
    return total;
}

} // namespace jy
