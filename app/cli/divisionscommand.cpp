#include "cli.h"
#include "accounts/session.h"
#include "db/database.h"
#include "regions/divisionimport.h"

#include <QCoreApplication>

namespace jy::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::cli", text); }
} // namespace

int runDivisions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import the official list of counties (areas.csv) or townships and streets (streets.csv)."));
    addDbOption(parser);
    parser.addPositionalArgument(QStringLiteral("import"), tr("The action."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file."));
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("import") || !parser.isSet(QStringLiteral("db"))) {
        err(tr("Usage: jiayuan-cli divisions import FILE.csv --db PATH"));
        return Usage;
    }
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    const Session session = Session::localAdministrator();
    const auto result = DivisionImport::importCsv(*db, session, positional.at(1));
    if (!result) {
        err(result.errorText());
        return Failed;
    }
    for (const QString &problem : result.value().problems)
        err(problem);
    out(tr("Imported %1 divisions, skipped %2.").arg(result.value().imported).arg(result.value().skipped));
    return Ok;
}

} // namespace jy::cli
