#include "cli.h"
#include "db/backup.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/integritycheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace jy::cli {

namespace {

bool requireOption(const QCommandLineParser &parser, const QString &name, const char *message)
{
    if (parser.isSet(name) && !parser.value(name).isEmpty())
        return true;
    err(QCoreApplication::translate("jy::cli", message));
    return false;
}
} // namespace

int runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("jy::cli", "Write a verified copy of a database, made with SQLite's online backup API."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("jy::cli", "The backup file to write (must not exist)."), QCoreApplication::translate("jy::cli", "file")});
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!requireOption(parser, QStringLiteral("db"), QT_TRANSLATE_NOOP("jy::cli", "Missing --db PATH."))
        || !requireOption(parser, QStringLiteral("out"), QT_TRANSLATE_NOOP("jy::cli", "Missing --out FILE.")))
        return Usage;
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    const QString target = parser.value(QStringLiteral("out"));
    try {
        Backup::write(*db, target);
    } catch (const DbError &e) {
        err(e.message());
        return Failed;
    }
    out(QCoreApplication::translate("jy::cli", "Backup written to %1 (%2 bytes, schema version %3); its integrity check passed.")
            .arg(target)
            .arg(QFileInfo(target).size())
            .arg(db->schemaVersion()));
    return Ok;
}

int runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("jy::cli", "Replace a database with a backup; the current database is kept in the backups folder beside it."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("jy::cli", "The backup file to restore."), QCoreApplication::translate("jy::cli", "file")});
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!requireOption(parser, QStringLiteral("db"), QT_TRANSLATE_NOOP("jy::cli", "Missing --db PATH."))
        || !requireOption(parser, QStringLiteral("from"), QT_TRANSLATE_NOOP("jy::cli", "Missing --from FILE.")))
        return Usage;
    // Not opened through Database: opening would upgrade the file that is about to be replaced.
    const QString path = parser.value(QStringLiteral("db"));
    Backup::Restored restored;
    try {
        restored = Backup::restore(path, parser.value(QStringLiteral("from")));
    } catch (const DbError &e) {
        err(e.message());
        return Failed;
    }
    out(QCoreApplication::translate("jy::cli", "Restored %1 from %2: schema version %3, %4 communities, %5 households, %6 residents.")
            .arg(path, parser.value(QStringLiteral("from")))
            .arg(restored.info.schemaVersion)
            .arg(restored.info.communities)
            .arg(restored.info.households)
            .arg(restored.info.residents));
    if (!restored.undoPath.isEmpty())
        out(QCoreApplication::translate("jy::cli", "The database as it was before is saved as %1; restore that file to undo.").arg(restored.undoPath));
    return Ok;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("jy::cli", "Check a database: file integrity, foreign keys, the audit log's hash chain. "
                                        "Exit 0 when all is well, 1 on a problem."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("jy::cli", "Print one JSON object.")});
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!requireOption(parser, QStringLiteral("db"), QT_TRANSLATE_NOOP("jy::cli", "Missing --db PATH.")))
        return Usage;
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    const IntegrityReport report = IntegrityReport::run(*db);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(QJsonDocument(report.toJson()));
        return report.ok() ? Ok : Failed;
    }
    if (report.integrity.isEmpty())
        out(QCoreApplication::translate("jy::cli", "File integrity: ok"));
    else
        out(QCoreApplication::translate("jy::cli", "File integrity: %n problem(s), first: %1", nullptr, int(report.integrity.size())).arg(report.integrity.constFirst()));
    if (report.foreignKeys.isEmpty()) {
        out(QCoreApplication::translate("jy::cli", "References between records: ok"));
    } else {
        out(QCoreApplication::translate("jy::cli", "References between records: %n broken", nullptr, int(report.foreignKeys.size())));
        for (const IntegrityReport::ForeignKeyProblem &p : report.foreignKeys.mid(0, 20))
            out(QCoreApplication::translate("jy::cli", "  %1 row %2 points to a missing %3").arg(p.table).arg(p.rowId).arg(p.parent));
    }
    if (report.auditBreak)
        out(QCoreApplication::translate("jy::cli", "Audit log: %n entries, the chain is broken: %1", nullptr, report.auditEntries).arg(report.auditBreak->reason));
    else
        out(QCoreApplication::translate("jy::cli", "Audit log: %n entries, the chain is intact", nullptr, report.auditEntries));
    out(report.ok() ? QCoreApplication::translate("jy::cli", "No problems found.") : QCoreApplication::translate("jy::cli", "Problems found."));
    return report.ok() ? Ok : Failed;
}

} // namespace jy::cli
