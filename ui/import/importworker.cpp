#include "import/importworker.h"
#include "db/database.h"
#include "db/dberror.h"

#include <QThread>

namespace jy {

namespace {
struct Finished
{
    std::optional<Result<ImportOutcome>> outcome;
    QList<RejectedRow> rejected;
};
} // namespace

ImportWorker::ImportWorker(Database &db, const Session &session, QObject *parent)
    : QObject(parent), mDb(db), mSession(session)
{
    qRegisterMetaType<jy::ImportJob::Phase>();
}

ImportWorker::~ImportWorker()
{
    if (mThread) {
        mCancel = true;
        mThread->wait(); // it works through mDb, which must outlive it
    }
}

void ImportWorker::start(const ImportRequest &request)
{
    if (mThread)
        return;
    mCancel = false;
    auto done = std::make_shared<Finished>();
    Database &db = mDb;
    const Session &session = mSession;
    mThread = QThread::create([this, &db, &session, request, done] {
        try {
            // Rejected rows are collected here too: the wizard shows them before any file is written.
            ImportRequest withoutFile = request;
            withoutFile.errorsPath.clear();
            done->outcome = ImportJob::run(db, session, withoutFile, [this](ImportJob::Phase phase, int n, int total) {
                QMetaObject::invokeMethod(this, [this, phase, n, total] { emit progress(phase, n, total); }, Qt::QueuedConnection);
                return !mCancel.load();
            }, &done->rejected);
        } catch (const DbError &error) {
            done->outcome = Result<ImportOutcome>::fail(QString(), error.message());
        }
        db.releaseThreadConnection();
    });
    connect(mThread, &QThread::finished, this, [this, done] {
        mThread->deleteLater();
        mThread = nullptr;
        emit finished(*done->outcome, done->rejected);
    });
    mThread->start();
}

} // namespace jy
