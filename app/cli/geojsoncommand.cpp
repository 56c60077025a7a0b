// jiayuan-cli export geojson / import geojson: the grid map to and from QGIS or a city GIS.
#include "cli.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"
#include "grids/geojson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

namespace jy::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::cli", text); }

// The communities --community names, or every community when it is not given.
bool communities(Database &db, const QCommandLineParser &parser, QList<qint64> *ids)
{
    if (parser.isSet(QStringLiteral("community"))) {
        QString error;
        const qint64 id = findCommunity(db, parser.value(QStringLiteral("community")), &error);
        if (!id) {
            err(error);
            return false;
        }
        *ids = {id};
        return true;
    }
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral("SELECT id FROM community ORDER BY code"));
    while (q.next())
        ids->append(q.value(0).toLongLong());
    return true;
}
} // namespace

int runGeoJsonExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the grid map (grids as polygons, buildings as points or outlines) as GeoJSON "
                                        "in WGS 84 longitude and latitude."));
    addDbOption(parser);
    parser.addPositionalArgument(QStringLiteral("geojson"), tr("What to export."));
    parser.addOption({QStringLiteral("out"), tr("The .geojson file to write."), tr("file")});
    parser.addOption({QStringLiteral("community"), tr("Only this community, by code or name (default: every community)."),
                      tr("code or name")});
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QString outPath = parser.value(QStringLiteral("out"));
    if (!parser.isSet(QStringLiteral("db")) || outPath.isEmpty()) {
        err(tr("Usage: jiayuan-cli export geojson --db PATH --out FILE.geojson [--community CODE]"));
        return Usage;
    }
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    QList<qint64> ids;
    if (!communities(*db, parser, &ids))
        return Failed;
    QList<CommunityMap> maps;
    for (qint64 id : ids)
        maps.append(GridMapStore::load(*db, id));
    const QByteArray json = GeoJson::exportMaps(maps);
    QSaveFile file(outPath);
    const QString shown = QDir::toNativeSeparators(QFileInfo(outPath).absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        err(tr("Cannot write %1: %2").arg(shown, file.errorString()));
        return Failed;
    }
    int grids = 0, buildings = 0;
    for (const CommunityMap &m : maps) {
        for (const MapGrid &g : m.grids)
            grids += g.shape.size() >= 3 ? 1 : 0;
        buildings += m.placedBuildings();
    }
    out(tr("%1 grids and %2 buildings written to %3.").arg(grids).arg(buildings).arg(shown));
    return Ok;
}

int runGeoJsonImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Read grids and buildings from a GeoJSON file: grids matched by code, buildings by "
                                        "estate and number; missing ones are created. Prints a JSON summary."));
    addDbOption(parser);
    parser.addPositionalArgument(QStringLiteral("geojson"), tr("What to import."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .geojson file."));
    parser.addOption({QStringLiteral("community"), tr("The community the map belongs to, by code or name (default: the "
                                                      "one named in each feature's community_code, or the only community)."),
                      tr("code or name")});
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList positional = parser.positionalArguments();
    if (!parser.isSet(QStringLiteral("db")) || positional.size() != 2) {
        err(tr("Usage: jiayuan-cli import geojson FILE --db PATH [--community CODE]"));
        return Usage;
    }
    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        err(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(positional.at(1)), file.errorString()));
        return Failed;
    }
    // A map is a few megabytes at most; anything far larger is not one of ours.
    if (file.size() > 256 * 1024 * 1024) {
        err(tr("%1 is too large to be a community map.").arg(QDir::toNativeSeparators(positional.at(1))));
        return Failed;
    }
    const QByteArray json = file.readAll();
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    qint64 communityId = 0;
    if (parser.isSet(QStringLiteral("community"))) {
        QString error;
        communityId = findCommunity(*db, parser.value(QStringLiteral("community")), &error);
        if (!communityId) {
            err(error);
            return Failed;
        }
    }
    const Session session = Session::localAdministrator();
    const Result<GeoJsonImportSummary> result = GeoJson::importAny(*db, session, communityId, json);
    if (!result) {
        err(result.errorText());
        return Failed;
    }
    const GeoJsonImportSummary &s = result.value();
    printJson(QJsonDocument(QJsonObject{{QStringLiteral("features"), s.features},
                                        {QStringLiteral("grids_created"), s.gridsCreated},
                                        {QStringLiteral("grids_updated"), s.gridsUpdated},
                                        {QStringLiteral("buildings_created"), s.buildingsCreated},
                                        {QStringLiteral("buildings_updated"), s.buildingsUpdated},
                                        {QStringLiteral("buildings_assigned"), s.buildingsAssigned},
                                        {QStringLiteral("skipped"), s.skipped},
                                        {QStringLiteral("problems"), QJsonArray::fromStringList(s.problems)}}));
    return Ok;
}

} // namespace jy::cli
