#pragma once
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace jy {

class Database;

// Copies of an SQLite database made with SQLite's online backup API, which reads a consistent
// snapshot through the database's own locks; a file copy of a live database can catch a
// half-written page or leave the -wal file behind. Every copy is verified before it counts.
// Failures throw DbError with a plain message.
class Backup
{
public:
    // Writes a verified copy of the open database to target (which must not exist yet).
    static void write(Database &db, const QString &target);

    struct Info
    {
        int schemaVersion = 0;
        QDateTime madeAt;          // the file's modification time
        qint64 communities = 0, households = 0, residents = 0, auditEntries = 0;
    };
    // Opens a backup read-only and checks it is an undamaged Jiayuan database this program can
    // open; what a restore dialog shows before asking.
    static Info inspect(const QString &file);

    struct Restored
    {
        Info info;
        QString undoPath; // the database as it was before, empty when there was none
    };
    // Replaces the database at livePath with the backup's content, through the backup API so
    // readers elsewhere see either the old or the new database; first saves the current one in
    // the backups folder. The database must not be open in this process.
    static Restored restore(const QString &livePath, const QString &from);

    // <folder of the database>/backups
    static QString folderFor(const QString &databasePath);
    // The copy made before a migration from version `from` to `to`; returns its path. Then prunes
    // with the retention of the automatic backups (BackupPolicy::saved()).
    static QString beforeMigration(Database &db, int from, int to);

    struct File
    {
        QString path;
        QDateTime madeAt;
    };
    // Retention: the newest backup of each of the last `daily` days that have one and of each of
    // the last `weekly` ISO weeks that have one are kept; returns the others.
    static QStringList expired(QList<File> files, int daily = 7, int weekly = 4);
    // The copies upgrades and the schedule made of the database named `stem` in folder, with the
    // time in their names.
    static QList<File> listFolder(const QString &folder, const QString &stem);
    // Deletes what expired() returns; returns the deleted paths.
    static QStringList prune(const QString &folder, const QString &stem, int daily = 7, int weekly = 4);
};

} // namespace jy
