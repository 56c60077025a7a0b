#include "cli.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"
#include "import/headermatcher.h"
#include "import/importjob.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace jy::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::cli", text); }

// "3=id_number": column 3 (from 0) holds ID numbers; overrides what the header row says.
bool parseMappings(const QStringList &given, QHash<int, QString> &mapping)
{
    for (const QString &item : given) {
        const QStringList parts = item.split(QLatin1Char('='));
        bool ok = false;
        const int column = parts.value(0).toInt(&ok);
        const bool known = std::any_of(HeaderMatcher::fields().cbegin(), HeaderMatcher::fields().cend(),
                                       [&](const auto &f) { return f.first == parts.value(1); });
        if (parts.size() != 2 || !ok || column < 0 || !known) {
            err(tr("--map takes COLUMN=FIELD, e.g. 3=id_number; fields: %1")
                    .arg([] {
                        QStringList keys;
                        for (const auto &f : HeaderMatcher::fields())
                            keys << f.first;
                        return keys.join(QStringLiteral(", "));
                    }()));
            return false;
        }
        mapping.insert(column, parts.at(1));
    }
    return true;
}
} // namespace

int runImport(const QStringList &arguments)
{
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("geojson"))
        return runGeoJsonImport(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import a roster of residents from .xlsx or .csv (UTF-8 or GB18030). Prints a JSON summary."));
    addDbOption(parser);
    parser.addPositionalArgument(QStringLiteral("residents"), tr("What to import."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .xlsx or .csv file."));
    parser.addOption({QStringLiteral("dry-run"), tr("Check everything and report, but write nothing.")});
    parser.addOption({QStringLiteral("update"), tr("Update residents already in the database instead of skipping them.")});
    parser.addOption({QStringLiteral("sheet"), tr("The sheet to read (default: the first)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("errors"), tr("Write the rejected rows with their reasons to this .xlsx or .csv file."),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("community"), tr("The community (code or name) for rows that name none."),
                      QStringLiteral("COMMUNITY")});
    parser.addOption({QStringLiteral("header-row"), tr("The header row, counted from 1 (default: found automatically)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("map"), tr("Column (from 0) holding a field, e.g. 3=id_number; may be repeated."),
                      QStringLiteral("COLUMN=FIELD")});
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("residents") || !parser.isSet(QStringLiteral("db"))) {
        err(tr("Usage: jiayuan-cli import residents FILE --db PATH [--dry-run] [--update] [--sheet NAME] [--errors OUT.xlsx]"));
        return Usage;
    }

    ImportRequest request;
    request.path = positional.at(1);
    request.sheet = parser.value(QStringLiteral("sheet"));
    request.errorsPath = parser.value(QStringLiteral("errors"));
    request.options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    request.options.updateExisting = parser.isSet(QStringLiteral("update"));
    request.options.source = QFileInfo(request.path).fileName();
    if (parser.isSet(QStringLiteral("header-row"))) {
        bool ok = false;
        request.headerRow = parser.value(QStringLiteral("header-row")).toInt(&ok) - 1;
        if (!ok || request.headerRow < 0) {
            err(tr("--header-row takes a row number from 1."));
            return Usage;
        }
    }
    if (!parseMappings(parser.values(QStringLiteral("map")), request.mapping))
        return Usage;

    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    if (parser.isSet(QStringLiteral("community"))) {
        const QString community = parser.value(QStringLiteral("community"));
        request.options.communityId = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM community WHERE code = ? OR name = ? "
                                                                                   "ORDER BY id LIMIT 1"), {community, community}).toLongLong();
        if (!request.options.communityId) {
            err(tr("No community %1 in this database.").arg(community));
            return Failed;
        }
    }

    const Session session = Session::localAdministrator();
    const Result<ImportOutcome> outcome = ImportJob::run(*db, session, request);
    if (!outcome) {
        err(outcome.errorText());
        return Failed;
    }
    QJsonObject summary = outcome.value().report.toJson();
    summary.insert(QStringLiteral("file"), request.path);
    summary.insert(QStringLiteral("header_row"), outcome.value().headerRow + 1);
    QJsonObject mapping;
    for (auto it = outcome.value().mapping.cbegin(); it != outcome.value().mapping.cend(); ++it)
        mapping.insert(outcome.value().headers.value(it.key()).trimmed(), it.value());
    summary.insert(QStringLiteral("columns"), mapping);
    if (!outcome.value().errorsWritten.isEmpty())
        summary.insert(QStringLiteral("errors_file"), outcome.value().errorsWritten);
    printJson(QJsonDocument(summary));
    return Ok;
}

} // namespace jy::cli
