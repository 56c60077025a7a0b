#pragma once
#include "db/backupschedule.h"

#include <QObject>
#include <QTimer>

class QSettings;
class QThread;

namespace jy {

class Database;

// Runs BackupSchedule at start and then every hour on a worker thread of its own, so a backup of
// a large database never freezes the window; the window shows what it reports.
class AutoBackup : public QObject
{
    Q_OBJECT

public:
    explicit AutoBackup(Database &db, QObject *parent = nullptr);
    ~AutoBackup() override; // waits for a backup in progress: the thread uses the database

    // The policy the user chose (File → automatic backup settings), in QSettings.
    static BackupPolicy policy();
    static void setPolicy(const BackupPolicy &policy);

    // The first check after firstDelayMs (the window is up by then), then hourly.
    void start(int firstDelayMs = 3000);
    // Checks now, unless a backup is already running.
    void check();
    bool isRunning() const { return mThread != nullptr; }

signals:
    void backedUp(const QString &path, int pruned);
    void failed(const QString &message);
    void checked(); // after every check, whatever it did

private:
    Database &mDb;
    QTimer mTimer;
    QThread *mThread = nullptr;
};

} // namespace jy
