#pragma once
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace jy {

class Database;

// How often the program backs a database up by itself and how many copies it keeps.
struct BackupPolicy
{
    int intervalHours = 24; // 0: no automatic backups
    int daily = 7;          // newest copy of each of the last `daily` days
    int weekly = 4;         // newest copy of each of the last `weekly` ISO weeks

    // The policy the user chose in the automatic backup settings (QSettings, AutoBackup/…),
    // defaults where nothing was saved. The copy made before an upgrade is pruned by it too.
    static BackupPolicy saved();
    static void save(const BackupPolicy &policy);
};

// Automatic backups: NAME-yyyyMMdd-HHmmss-auto.sqlite in the database's backups folder, made
// with Backup::write and pruned with the same retention as the copies made before upgrades.
// "now" is passed in, so tests decide what time it is.
class BackupSchedule
{
public:
    // The time in the name of the newest automatic backup of the database at path; invalid when none.
    static QDateTime lastAutomatic(const QString &databasePath);
    static bool isDue(const QString &databasePath, const QDateTime &now, const BackupPolicy &policy);

    struct Outcome
    {
        QString path;         // the backup written; empty when none was due
        QStringList pruned;   // older copies deleted by the retention
    };
    // Writes a verified backup when one is due, then prunes. Throws DbError when it fails; a
    // failed backup leaves no file behind (Backup::write writes to a .part file first).
    static Outcome runIfDue(Database &db, const QDateTime &now, const BackupPolicy &policy);
    // The same without asking whether it is due.
    static Outcome run(Database &db, const QDateTime &now, const BackupPolicy &policy);
};

} // namespace jy
