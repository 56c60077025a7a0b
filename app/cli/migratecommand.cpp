#include "cli.h"
#include "db/connectionstring.h"
#include "db/database.h"
#include "db/databasecopy.h"
#include "db/dberror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace jy::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::cli", text); }
} // namespace

int runMigrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Move an office's database file to the street's shared server: copies every record "
                                        "with its id, checks the counts table by table, and can be run again (it replaces its "
                                        "own earlier copy). Prints a JSON summary."));
    parser.addOption({QStringLiteral("from"), tr("The office's database file."), tr("path")});
    parser.addOption({QStringLiteral("to"), tr("The target, e.g. postgresql://user@host:5432/street (an empty database or "
                                               "an earlier copy of the same file)."), tr("address")});
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QString from = parser.value(QStringLiteral("from"));
    const QString to = parser.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty()) {
        err(tr("Give both --from PATH and --to postgresql://…"));
        return Usage;
    }
    if (isServerAddress(from)) {
        err(tr("--from must be a database file."));
        return Usage;
    }
    try {
        const std::unique_ptr<Database> source = Database::open(parseConnection(from), Database::OpenMode::MustExist);
        const std::unique_ptr<Database> target = Database::open(parseConnection(to), Database::OpenMode::CreateIfMissing);
        QElapsedTimer clock;
        clock.start();
        qint64 lastShown = 0;
        const DatabaseCopy::Report report = DatabaseCopy::run(*source, *target, [&](qint64 done, qint64 total) {
            if (clock.elapsed() - lastShown >= 2000) { // progress on stderr keeps stdout pure JSON
                lastShown = clock.elapsed();
                err(tr("%1 of %2 records copied").arg(done).arg(total));
            }
            return true;
        });
        QJsonArray tables;
        for (const DatabaseCopy::TableCount &c : report.tables)
            tables.append(QJsonObject{{QStringLiteral("table"), c.table}, {QStringLiteral("source"), c.source},
                                      {QStringLiteral("target"), c.target}});
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("from"), source->describe()},
                                            {QStringLiteral("to"), target->describe()},
                                            {QStringLiteral("rows"), report.rows},
                                            {QStringLiteral("tables"), tables},
                                            {QStringLiteral("verified"), report.verified()},
                                            {QStringLiteral("replaced_earlier_copy"), report.replacedEarlierCopy},
                                            {QStringLiteral("seconds"), double(clock.elapsed()) / 1000.0}}));
        return report.verified() ? Ok : Failed;
    } catch (const DbError &e) {
        err(e.message());
        return Failed;
    }
}

} // namespace jy::cli
