#include "db/backupschedule.h"
#include "db/backup.h"
#include "db/database.h"
#include "db/dberror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace jy {

namespace {

const QLatin1String kSuffix("-auto.sqlite");

bool isAutomatic(const QString &path)
{
    static const QRegularExpression automatic(QStringLiteral("-auto(-\\d+)?\\.sqlite$"));
    return automatic.match(path).hasMatch();
}

QString stemOf(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

const QLatin1String kInterval("AutoBackup/intervalHours");
const QLatin1String kDaily("AutoBackup/daily");
const QLatin1String kWeekly("AutoBackup/weekly");

} // namespace

BackupPolicy BackupPolicy::saved()
{
    const QSettings settings;
    BackupPolicy p;
    p.intervalHours = qBound(0, settings.value(kInterval, p.intervalHours).toInt(), 24 * 365);
    p.daily = qBound(1, settings.value(kDaily, p.daily).toInt(), 366);
    p.weekly = qBound(0, settings.value(kWeekly, p.weekly).toInt(), 520);
    return p;
}

void BackupPolicy::save(const BackupPolicy &policy)
{
    QSettings settings;
    settings.setValue(kInterval, policy.intervalHours);
    settings.setValue(kDaily, policy.daily);
    settings.setValue(kWeekly, policy.weekly);
}

QDateTime BackupSchedule::lastAutomatic(const QString &databasePath)
{
    QDateTime last;
    // Only automatic copies count: a copy made before an upgrade does not move the schedule.
    for (const Backup::File &f : Backup::listFolder(Backup::folderFor(databasePath), stemOf(databasePath))) {
        if (isAutomatic(f.path) && (!last.isValid() || f.madeAt > last))
            last = f.madeAt;
    }
    return last;
}

bool BackupSchedule::isDue(const QString &databasePath, const QDateTime &now, const BackupPolicy &policy)
{
    if (policy.intervalHours <= 0)
        return false;
    const QDateTime last = lastAutomatic(databasePath);
    // A stamp in the future (the clock was set back) must not stop backups for good.
    return !last.isValid() || last > now || last.secsTo(now) >= qint64(policy.intervalHours) * 3600;
}

BackupSchedule::Outcome BackupSchedule::runIfDue(Database &db, const QDateTime &now, const BackupPolicy &policy)
{
    if (db.dialect() != Dialect::SQLite || !isDue(db.settings().path, now, policy))
        return {};
    return run(db, now, policy);
}

BackupSchedule::Outcome BackupSchedule::run(Database &db, const QDateTime &now, const BackupPolicy &policy)
{
    const QString path = db.settings().path;
    const QString folder = Backup::folderFor(path);
    if (!QDir().mkpath(folder))
        throw DbError(QCoreApplication::translate("jy::BackupSchedule", "Cannot create the folder %1 for automatic backups.")
                          .arg(QDir::toNativeSeparators(folder)));
    const QString stem = stemOf(path);
    const QString base = QStringLiteral("%1-%2").arg(stem, now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QDir dir(folder);
    QString target = dir.filePath(base + kSuffix);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = dir.filePath(QStringLiteral("%1-auto-%2.sqlite").arg(base).arg(n));
    Backup::write(db, target);
    Outcome out;
    out.path = target;
    out.pruned = Backup::prune(folder, stem, policy.daily, policy.weekly);
    return out;
}

} // namespace jy
