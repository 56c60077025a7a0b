#include "cli.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"
#include "export/rosterexport.h"
#include "export/tablewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>

namespace jy::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("jy::cli", text); }

QString usageLine()
{
    return tr("Usage: jiayuan-cli export residents --db PATH --out FILE.xlsx|FILE.csv [--unmasked] [--filter TEXT] "
              "[--community CODE_OR_NAME] [--json]");
}

int exportResidents(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export the residents roster to an Excel (.xlsx) or CSV file, in roster order. "
                                        "ID numbers and phones are masked unless --unmasked is given."));
    addDbOption(parser);
    parser.addPositionalArgument(QStringLiteral("residents"), tr("What to export."));
    parser.addOption({QStringLiteral("out"), tr("The file to write; its suffix (.xlsx or .csv) chooses the format."), tr("file")});
    parser.addOption({QStringLiteral("unmasked"), tr("Write full ID numbers and phones (if your role allows; recorded in the audit log).")});
    parser.addOption({QStringLiteral("filter"), tr("Only residents matching this roster search text."), tr("text")});
    parser.addOption({QStringLiteral("community"), tr("Only this community, by code or name."), tr("code or name")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList positional = parser.positionalArguments();
    const QString outPath = parser.value(QStringLiteral("out"));
    if (positional != QStringList{QStringLiteral("residents")} || !parser.isSet(QStringLiteral("db")) || outPath.isEmpty()) {
        err(usageLine());
        return Usage;
    }
    if (!TableWriter::formatFor(outPath)) {
        err(tr("The output file must end in .xlsx or .csv."));
        return Usage;
    }
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    const Session session = Session::localAdministrator();

    RosterFilter filter;
    filter.text = parser.value(QStringLiteral("filter"));
    if (parser.isSet(QStringLiteral("community"))) {
        QString error;
        filter.communityId = findCommunity(*db, parser.value(QStringLiteral("community")), &error);
        if (!filter.communityId) {
            err(error);
            return Failed;
        }
    }
    const bool unmasked = parser.isSet(QStringLiteral("unmasked"));
    const Result<int> written = RosterExport(*db, session).run(filter, outPath, unmasked);
    if (!written.ok()) {
        err(written.errorText());
        return Failed;
    }
    const QString path = QDir::toNativeSeparators(QFileInfo(outPath).absoluteFilePath());
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("out"), path},
                                            {QStringLiteral("rows"), written.value()},
                                            {QStringLiteral("masked"), !unmasked}}));
        return Ok;
    }
    out(unmasked ? tr("%1 residents written to %2 with full ID numbers and phones.").arg(written.value()).arg(path)
                  : tr("%1 residents written to %2 (ID numbers and phones masked).").arg(written.value()).arg(path));
    return Ok;
}

} // namespace

int runExport(const QStringList &arguments)
{
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("residents"))
        return exportResidents(arguments);
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("geojson"))
        return runGeoJsonExport(arguments);
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out(usageLine());
        return Ok;
    }
    err(usageLine());
    return Usage;
}

} // namespace jy::cli
