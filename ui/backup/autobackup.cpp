#include "backup/autobackup.h"
#include "db/database.h"
#include "db/dberror.h"

#include <QSettings>
#include <QThread>
#include <memory>

namespace jy {

namespace {
const QLatin1String kInterval("AutoBackup/intervalHours");
const QLatin1String kDaily("AutoBackup/daily");
const QLatin1String kWeekly("AutoBackup/weekly");
} // namespace

AutoBackup::AutoBackup(Database &db, QObject *parent) : QObject(parent), mDb(db)
{
    mTimer.setInterval(60 * 60 * 1000);
    connect(&mTimer, &QTimer::timeout, this, &AutoBackup::check);
}

AutoBackup::~AutoBackup()
{
    if (mThread) {
        mThread->wait();
        delete mThread;
    }
}

BackupPolicy AutoBackup::policy()
{
    const QSettings settings;
    BackupPolicy p;
    p.intervalHours = qBound(0, settings.value(kInterval, p.intervalHours).toInt(), 24 * 365);
    p.daily = qBound(1, settings.value(kDaily, p.daily).toInt(), 366);
    p.weekly = qBound(0, settings.value(kWeekly, p.weekly).toInt(), 520);
    return p;
}

void AutoBackup::setPolicy(const BackupPolicy &policy)
{
    QSettings settings;
    settings.setValue(kInterval, policy.intervalHours);
    settings.setValue(kDaily, policy.daily);
    settings.setValue(kWeekly, policy.weekly);
}

void AutoBackup::start(int firstDelayMs)
{
    QTimer::singleShot(firstDelayMs, this, &AutoBackup::check);
    mTimer.start();
}

void AutoBackup::check()
{
    if (mThread || mDb.dialect() != Dialect::SQLite)
        return;
    struct Result
    {
        BackupSchedule::Outcome outcome;
        QString error;
    };
    auto result = std::make_shared<Result>();
    Database *db = &mDb;
    const BackupPolicy p = policy();
    mThread = QThread::create([db, p, result] {
        try {
            result->outcome = BackupSchedule::runIfDue(*db, QDateTime::currentDateTime(), p);
        } catch (const DbError &e) {
            result->error = e.message();
        }
        // The connection belongs to this thread, which ends now.
        db->releaseThreadConnection();
    });
    connect(mThread, &QThread::finished, this, [this, result] {
        mThread->deleteLater();
        mThread = nullptr;
        if (!result->error.isEmpty())
            emit failed(result->error);
        else if (!result->outcome.path.isEmpty())
            emit backedUp(result->outcome.path, int(result->outcome.pruned.size()));
        emit checked();
    });
    mThread->start(QThread::LowPriority);
}

} // namespace jy
