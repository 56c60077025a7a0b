#include "db/backup.h"
#include "db/backupschedule.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <algorithm>
#include <sqlite3.h>

namespace jy {

namespace {


const char *kStamp = "yyyyMMdd-HHmmss";

// Closes on every path out, exceptions included.
struct Raw
{
    sqlite3 *db = nullptr;
    Raw() = default;
    Raw(const Raw &) = delete;
    ~Raw() { sqlite3_close_v2(db); }
};

QString message(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

void openRaw(Raw &raw, const QString &path, bool readOnly)
{
    const int flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &raw.db, flags, nullptr) != SQLITE_OK)
        throw DbError(QCoreApplication::translate("jy::Backup", "Cannot open %1: %2").arg(path, message(raw.db)));
    // Another program (the GUI) may be writing; wait for it rather than fail at once.
    sqlite3_busy_timeout(raw.db, 10000);
}

// The first column of every row; throws when the statement fails (e.g. "file is not a database").
QStringList column(sqlite3 *db, const char *statement, const QString &path)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, statement, -1, &stmt, nullptr) != SQLITE_OK) {
        const QString why = message(db);
        sqlite3_finalize(stmt);
        throw DbError(QCoreApplication::translate("jy::Backup", "%1 is damaged or not a database: %2").arg(path, why));
    }
    QStringList out;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        throw DbError(QCoreApplication::translate("jy::Backup", "%1 is damaged or not a database: %2").arg(path, message(db)));
    return out;
}

void requireIntact(sqlite3 *db, const QString &path)
{
    const QStringList result = column(db, "PRAGMA integrity_check", path);
    if (result != QStringList{QStringLiteral("ok")})
        throw DbError(QCoreApplication::translate("jy::Backup", "%1 failed the integrity check: %2").arg(path, result.mid(0, 5).join(QStringLiteral("; "))));
}

void copy(sqlite3 *from, sqlite3 *to, const QString &target)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        throw DbError(QCoreApplication::translate("jy::Backup", "Cannot copy the database to %1: %2").arg(target, message(to)));
    int rc;
    int waits = 0;
    // -1: all pages in one step, so the copy is one snapshot of the source.
    while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (++waits > 200)
            break;
        sqlite3_sleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw DbError(QCoreApplication::translate("jy::Backup", "Cannot copy the database to %1: %2").arg(target, QString::fromUtf8(sqlite3_errstr(rc))));
}

sqlite3 *handleOf(Database &db)
{
    if (db.dialect() != Dialect::SQLite)
        throw DbError(QCoreApplication::translate("jy::Backup", "Backups here are for SQLite databases; back up a PostgreSQL server with pg_dump."));
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        throw DbError(QCoreApplication::translate("jy::Backup", "The SQLite driver does not expose its connection."));
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Copies into target + ".part", verifies, then renames: a half-written backup never has the
// name of a good one.
void copyVerified(sqlite3 *source, const QString &target)
{
    if (QFileInfo::exists(target))
        throw DbError(QCoreApplication::translate("jy::Backup", "%1 already exists; choose another name.").arg(target));
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    try {
        {
            Raw to;
            openRaw(to, part, false);
            copy(source, to.db, target);
            // One self-contained file: no -wal beside it to lose when the backup is moved.
            column(to.db, "PRAGMA journal_mode=DELETE", part);
        }
        {
            Raw check;
            openRaw(check, part, true);
            requireIntact(check.db, target);
        }
    } catch (...) {
        QFile::remove(part);
        throw;
    }
    if (!QFile::rename(part, target)) {
        QFile::remove(part);
        throw DbError(QCoreApplication::translate("jy::Backup", "Cannot write %1.").arg(target));
    }
}

QString stemOf(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// NAME-STAMP-WHAT.sqlite, or NAME-STAMP-WHAT-2.sqlite… when a copy was made in the same second:
// a restore undone at once must not overwrite the copy it restores from.
QString freshName(const QString &folder, const QString &databasePath, const QString &what)
{
    const QString base = QStringLiteral("%1-%2-%3").arg(stemOf(databasePath), QDateTime::currentDateTime().toString(QLatin1String(kStamp)), what);
    const QDir dir(folder);
    QString path = dir.filePath(base + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + QStringLiteral(".part")); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.sqlite").arg(base).arg(n));
    return path;
}

} // namespace

void Backup::write(Database &db, const QString &target)
{
    copyVerified(handleOf(db), target);
}

Backup::Info Backup::inspect(const QString &file)
{
    if (!QFileInfo(file).isFile())
        throw DbError(QCoreApplication::translate("jy::Backup", "The backup %1 does not exist.").arg(file));
    Raw raw;
    openRaw(raw, file, true);
    requireIntact(raw.db, file);
    if (column(raw.db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('schema_version', 'resident')", file).size() != 2)
        throw DbError(QCoreApplication::translate("jy::Backup", "%1 is not a Jiayuan database.").arg(file));
    Info info;
    info.schemaVersion = column(raw.db, "SELECT COALESCE(MAX(version), 0) FROM schema_version", file).value(0).toInt();
    if (info.schemaVersion > Migrations::latestVersion())
        throw DbError(QCoreApplication::translate("jy::Backup", "%1 has schema version %2, newer than this program (%3); restore it with a newer Jiayuan.")
                          .arg(file).arg(info.schemaVersion).arg(Migrations::latestVersion()));
    info.madeAt = QFileInfo(file).lastModified();
    info.communities = column(raw.db, "SELECT count(*) FROM community", file).value(0).toLongLong();
    info.households = column(raw.db, "SELECT count(*) FROM household", file).value(0).toLongLong();
    info.residents = column(raw.db, "SELECT count(*) FROM resident", file).value(0).toLongLong();
    info.auditEntries = column(raw.db, "SELECT count(*) FROM audit_log", file).value(0).toLongLong();
    return info;
}

Backup::Restored Backup::restore(const QString &livePath, const QString &from)
{
    Restored result;
    result.info = inspect(from);
    const QFileInfo live(livePath);
    if (live.exists() && live.size() > 0) {
        const QString folder = folderFor(livePath);
        if (!QDir().mkpath(folder))
            throw DbError(QCoreApplication::translate("jy::Backup", "Cannot create the folder %1.").arg(folder));
        result.undoPath = freshName(folder, livePath, QStringLiteral("before-restore"));
        Raw current;
        openRaw(current, livePath, false);
        // A damaged database is what one restores most often: keep whatever copy can be made,
        // verified or not, rather than refuse.
        try {
            copyVerified(current.db, result.undoPath);
        } catch (const DbError &) {
            const QString part = result.undoPath + QStringLiteral(".part");
            {
                Raw to;
                openRaw(to, part, false);
                copy(current.db, to.db, part);
            }
            QFile::rename(part, result.undoPath);
        }
    }
    Raw source;
    openRaw(source, from, true);
    Raw target;
    openRaw(target, livePath, false);
    copy(source.db, target.db, livePath);
    requireIntact(target.db, livePath);
    return result;
}

QString Backup::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backup::beforeMigration(Database &db, int from, int to)
{
    const QString path = db.settings().path;
    const QString folder = folderFor(path);
    if (!QDir().mkpath(folder))
        throw DbError(QCoreApplication::translate("jy::Backup", "Cannot create the folder %1 for the backup before the upgrade.").arg(folder));
    const QString target = freshName(folder, path, QStringLiteral("v%1-to-v%2").arg(from).arg(to));
    write(db, target);
    // The retention the user chose for the automatic backups, so the two kinds of copies
    // share one folder under one rule.
    const BackupPolicy policy = BackupPolicy::saved();
    prune(folder, stemOf(path), policy.daily, policy.weekly);
    return target;
}

QStringList Backup::expired(QList<File> files, int daily, int weekly)
{
    std::sort(files.begin(), files.end(), [](const File &a, const File &b) { return a.madeAt > b.madeAt; });
    QSet<QDate> days;
    QSet<QPair<int, int>> weeks;
    QStringList out;
    for (const File &f : files) {
        bool keep = false;
        const QDate day = f.madeAt.date();
        if (!days.contains(day) && days.size() < daily) {
            days.insert(day);
            keep = true;
        }
        int year = 0;
        const int week = day.weekNumber(&year);
        if (!weeks.contains({year, week}) && weeks.size() < weekly) {
            weeks.insert({year, week});
            keep = true;
        }
        if (!keep)
            out << f.path;
    }
    return out;
}

QList<Backup::File> Backup::listFolder(const QString &folder, const QString &stem)
{
    // Only the names upgrades and the schedule give: a file the office put there by hand is never
    // deleted, and neither is the copy a restore made, which a later upgrade the same day would
    // otherwise push out of its daily slot.
    static const QRegularExpression stamp(QStringLiteral("^-(\\d{8}-\\d{6})-(?:v\\d+-to-v\\d+|auto)(-\\d+)?\\.sqlite$"));
    QList<File> out;
    const QDir dir(folder);
    const QStringList names = dir.entryList({stem + QStringLiteral("-*.sqlite")}, QDir::Files);
    for (const QString &name : names) {
        const QRegularExpressionMatch m = stamp.match(name.mid(stem.size()));
        if (!m.hasMatch())
            continue;
        const QDateTime at = QDateTime::fromString(m.captured(1), QLatin1String(kStamp));
        if (at.isValid())
            out.append({dir.filePath(name), at});
    }
    return out;
}

QStringList Backup::prune(const QString &folder, const QString &stem, int daily, int weekly)
{
    const QStringList doomed = expired(listFolder(folder, stem), daily, weekly);
    QStringList removed;
    for (const QString &path : doomed) {
        if (QFile::remove(path))
            removed << path;
    }
    return removed;
}

} // namespace jy
