// jiayuan-cli: everything a button can do, headless. Subcommands keep their names and JSON
// fields stable: other tools drive the program through them.
#include "cli.h"
#include "db/dberror.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstring>
#include <memory>

using namespace jy;

namespace {

QString usage()
{
    return QCoreApplication::translate("jy::cli",
        "Usage: jiayuan-cli COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  init --db PATH                          create or upgrade a database\n"
        "  demo --db PATH [--communities N] [--seed S] [--today YYYY-MM-DD] [--no-orders]\n"
        "                                          fill an empty database with a demo community (N > 1: a street),\n"
        "                                          volunteer orders up to --today, honors\n"
        "  stats --db PATH [--json]                headline counts\n"
        "  id-check NUMBER [--json]                check a citizen ID number (exit 0 valid, 1 invalid)\n"
        "  residents search QUERY --db PATH [--json] [--limit N] [--reveal]\n"
        "                                          search by name, pinyin, ID number or its tail, phone, address\n"
        "  divisions import FILE.csv --db PATH     import the official county or street list\n"
        "  import residents FILE --db PATH [--dry-run] [--update] [--sheet NAME] [--errors OUT.xlsx]\n"
        "                                          import a roster (.xlsx or .csv); prints a JSON summary\n"
        "  export residents --db PATH --out FILE.xlsx|FILE.csv [--unmasked] [--filter TEXT]\n"
        "                   [--community CODE_OR_NAME] [--json]\n"
        "                                          write the roster (masked unless --unmasked)\n"
        "  report certificate --db PATH --volunteer ID_OR_NAME --out FILE.pdf [--from DATE] [--to DATE]\n"
        "                                          issue a volunteer service record certificate (default: this year to date)\n"
        "  report volunteers --db PATH --year Y --out FILE.pdf|FILE.xlsx [--community CODE_OR_NAME]\n"
        "                                          the annual volunteer ranking with totals\n"
        "  report redemptions --db PATH --event ID --out FILE.pdf|FILE.xlsx\n"
        "                                          the gifts handed out at a redemption event, with a column to sign\n"
        "  report honors --db PATH --year Y [--to Y2] [--community CODE] --out FILE.pdf|FILE.xlsx\n"
        "                                          the honors of a year or span, by level and recipient\n"
        "  report stats --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx\n"
        "                                          the annual statistics report, a row per community and a total\n"
        "  report five-star --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx\n"
        "                                          the five-star branch assessment: scores per star and stars per branch\n"
        "  report party-meetings --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx\n"
        "                                          三会一课 of a year: meetings by kind and attendance per branch\n"
        "  report grid-board --db PATH --out FILE.pdf [--community CODE]\n"
        "                                          the grid notice boards: a card per grid with buildings and staff\n"
        "  report grid-map --db PATH --out FILE.pdf [--community CODE] [--layer KEY] [--size A4|A3]\n"
        "                                          the grid map poster, optionally coloured by a theme\n"
        "  report grid-bulletin|grid-ranking --db PATH --out FILE.pdf|FILE.xlsx [--community CODE]\n"
        "                   [--date DATE] | [--year Y --month M]\n"
        "                                          the weekly grid bulletin, the monthly grid ranking\n"
        "  export geojson --db PATH --out FILE.geojson [--community CODE]\n"
        "                                          the grid map for QGIS or a city GIS (WGS 84)\n"
        "  import geojson FILE --db PATH [--community CODE]\n"
        "                                          grids and buildings from GeoJSON; prints a JSON summary\n"
        "  backup --db PATH --out FILE             a verified copy made with SQLite's online backup API\n"
        "  restore --db PATH --from FILE           replace the database with a backup (the current one is kept\n"
        "                                          in the backups folder beside it)\n"
        "  check --db PATH [--json]                file integrity, foreign keys, audit chain (exit 1 on a problem)\n"
        "  audit --db PATH [--user U] [--table T] [--record ID] [--from DATE] [--to DATE] [--text T]\n"
        "                  [--limit N] [--json]    the audit log, newest first, with each change before → after\n"
        "  migrate --from PATH --to postgresql://USER@HOST:PORT/DB\n"
        "                                          move an office's file to the street's shared server; JSON summary\n"
        "\n"
        "PATH may also be postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or ~/.pgpass).\n"
        "\n"
        "Options:\n"
        "  --help, -h                              this help (also after a command)\n"
        "  --version, -v                           the program's version\n"
        "  --lang zh_CN|en                         language of messages (default zh_CN)\n");
}

// The command word, skipping "--lang X" before it.
const char *commandWord(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0) {
            ++i;
            continue;
        }
        return argv[i];
    }
    return "";
}

} // namespace

int main(int argc, char *argv[])
{
    // Reports paint text, which needs fonts, which need a QGuiApplication; headless by default.
    // Every other command stays a QCoreApplication, so it runs where no Qt platform plugin is.
    std::unique_ptr<QCoreApplication> application;
    if (std::strcmp(commandWord(argc, argv), "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("jiayuan-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JIAYUAN_VERSION));

    QStringList arguments = app.arguments();
    QString language;
    const int langAt = int(arguments.indexOf(QStringLiteral("--lang")));
    if (langAt > 0 && langAt + 1 < arguments.size()) {
        language = arguments.at(langAt + 1);
        arguments.remove(langAt, 2);
    }
    installTranslations(app, language);

    if (arguments.size() < 2) {
        cli::err(usage());
        return cli::Usage;
    }
    const QString command = arguments.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        cli::out(usage());
        return cli::Ok;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v") || command == QLatin1String("version")) {
        cli::out(QStringLiteral("jiayuan-cli %1").arg(QStringLiteral(JIAYUAN_VERSION)));
        return cli::Ok;
    }
    // The subcommand parsers see "jiayuan-cli <command> ..." as their own program line.
    const QStringList rest = QStringList{arguments.at(0) + QLatin1Char(' ') + command} + arguments.mid(2);
    try {
        if (command == QLatin1String("init"))
            return cli::runInit(rest);
        if (command == QLatin1String("demo"))
            return cli::runDemo(rest);
        if (command == QLatin1String("stats"))
            return cli::runStats(rest);
        if (command == QLatin1String("id-check"))
            return cli::runIdCheck(rest);
        if (command == QLatin1String("residents"))
            return cli::runResidents(rest);
        if (command == QLatin1String("divisions"))
            return cli::runDivisions(rest);
        if (command == QLatin1String("import"))
            return cli::runImport(rest);
        if (command == QLatin1String("export"))
            return cli::runExport(rest);
        if (command == QLatin1String("report"))
            return cli::runReport(rest);
        if (command == QLatin1String("backup"))
            return cli::runBackup(rest);
        if (command == QLatin1String("restore"))
            return cli::runRestore(rest);
        if (command == QLatin1String("check"))
            return cli::runCheck(rest);
        if (command == QLatin1String("audit"))
            return cli::runAudit(rest);
        if (command == QLatin1String("migrate"))
            return cli::runMigrate(rest);
    } catch (const DbError &e) {
        cli::err(e.message());
        return cli::Failed;
    }
    cli::err(QCoreApplication::translate("jy::cli", "Unknown command \"%1\".").arg(command));
    cli::err(usage());
    return cli::Usage;
}
