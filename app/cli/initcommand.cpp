#include "cli.h"
#include "db/database.h"
#include "db/migrations.h"
#include "places/placestore.h"

#include <QCoreApplication>

namespace jy::cli {

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("jy::cli", "Create a database, or bring an existing one up to date."));
    addDbOption(parser);
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!parser.isSet(QStringLiteral("db"))) {
        err(QCoreApplication::translate("jy::cli", "Missing --db PATH."));
        return Usage;
    }
    std::unique_ptr<Database> db = openDb(parser, true);
    if (!db)
        return Failed;
    PlaceStore(*db).ensureFirstCommunity();
    out(QCoreApplication::translate("jy::cli", "Database %1 is ready (schema version %2).")
            .arg(db->describe()).arg(db->schemaVersion()));
    return Ok;
}

} // namespace jy::cli
