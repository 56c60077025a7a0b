#pragma once
#include "audit/auditquery.h"

#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QThread;
class QTimer;

namespace jy {

class AuditTableModel;
class Database;
class Session;

// File → 审计日志…: the audit log for administrators. A filter bar (person, record kind and id,
// days, text), the entries newest first read lazily, the selected entry's fields before → after,
// the hash chain check and the .xlsx export, both off the UI thread.
class AuditWindow : public QWidget
{
    Q_OBJECT

public:
    AuditWindow(Database &db, const Session &session, QWidget *parent = nullptr);
    ~AuditWindow() override; // waits for a check or export still running: they use the database

    AuditFilter filter() const;  // as the bar shows it
    void setFilter(const AuditFilter &filter);
    void refresh();              // applies the bar now (typing applies it after a pause)
    int total() const;
    AuditTableModel *model() const { return mModel; }

    void verifyChain();
    void exportTo(const QString &path);
    void cancelJob();            // stops a running check or export; its signal then reports it
    bool isBusy() const { return !mThreads.isEmpty(); }

signals:
    void chainChecked(bool intact, const QString &message);
    void exported(bool ok, const QString &message);

private:
    void fillChoices();
    void showDetail();
    void exportAs();
    // Runs work off the UI thread with the progress bar and the Stop button showing; work gets
    // a progress callback (done, total) that returns false once Stop was pressed.
    using JobProgress = std::function<bool(int done, int total)>;
    void runInThread(std::function<void(const JobProgress &)> work, std::function<void()> done);

    Database &mDb;
    AuditQuery mQuery;
    AuditTableModel *mModel = nullptr;
    QComboBox *mPerson = nullptr;
    QComboBox *mKind = nullptr;
    QLineEdit *mRecord = nullptr;
    QDateEdit *mFrom = nullptr;
    QDateEdit *mTo = nullptr;
    QLineEdit *mText = nullptr;
    QTableView *mView = nullptr;
    QLabel *mDetailTitle = nullptr;
    QTableWidget *mDetail = nullptr;
    QLabel *mCount = nullptr;
    QLabel *mChainResult = nullptr;
    QPushButton *mVerify = nullptr;
    QPushButton *mExport = nullptr;
    QPushButton *mStop = nullptr;
    QProgressBar *mProgress = nullptr;
    std::shared_ptr<std::atomic<bool>> mStopRequested;
    QTimer *mDebounce = nullptr;
    QList<QThread *> mThreads;
};

} // namespace jy
