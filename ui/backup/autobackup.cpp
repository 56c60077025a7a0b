#include "backup/autobackup.h"
#include "db/database.h"
#include "db/dberror.h"

#include <QThread>
#include <memory>

namespace jy {

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
    return BackupPolicy::saved();
}

void AutoBackup::setPolicy(const BackupPolicy &policy)
{
    BackupPolicy::save(policy);
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
