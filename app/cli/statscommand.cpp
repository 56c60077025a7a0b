#include "cli.h"
#include "db/database.h"
#include "stats/statistics.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace jy::cli {

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("jy::cli", "Headline counts of a database."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("jy::cli", "Print one JSON object.")});
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!parser.isSet(QStringLiteral("db"))) {
        err(QCoreApplication::translate("jy::cli", "Missing --db PATH."));
        return Usage;
    }
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    const Statistics stats = Statistics::collect(*db);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(stats.toJson()));
        return Ok;
    }
    const auto line = [](const char *label, int value) {
        out(QStringLiteral("%1: %2").arg(QCoreApplication::translate("jy::cli", label)).arg(value));
    };
    line(QT_TRANSLATE_NOOP("jy::cli", "Communities"), stats.communities);
    line(QT_TRANSLATE_NOOP("jy::cli", "Grids"), stats.grids);
    line(QT_TRANSLATE_NOOP("jy::cli", "Buildings"), stats.buildings);
    line(QT_TRANSLATE_NOOP("jy::cli", "Households"), stats.households);
    line(QT_TRANSLATE_NOOP("jy::cli", "Residents"), stats.residents);
    line(QT_TRANSLATE_NOOP("jy::cli", "Party members"), stats.partyMembers);
    return Ok;
}

} // namespace jy::cli
