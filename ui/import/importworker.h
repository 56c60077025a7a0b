#pragma once
#include "import/importjob.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace jy {

class Database;
class Session;

// Runs an ImportJob (a dry run or the real one) off the UI thread, reporting progress and
// taking a cancel request. One run at a time.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(Database &db, const Session &session, QObject *parent = nullptr);
    ~ImportWorker() override;

    void start(const ImportRequest &request);
    void cancel() { mCancel = true; }
    bool isRunning() const { return mThread != nullptr; }

signals:
    // total is 0 while the file is read.
    void progress(jy::ImportJob::Phase phase, int done, int total);
    void finished(const jy::Result<jy::ImportOutcome> &outcome, const QList<jy::RejectedRow> &rejected);

private:
    Database &mDb;
    const Session &mSession;
    QThread *mThread = nullptr;
    std::atomic_bool mCancel = false;
};

} // namespace jy
