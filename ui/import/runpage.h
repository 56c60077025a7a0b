#pragma once
#include "import/importjob.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace jy {

class ImportWizard;
class ImportWorker;

// Step 4: the import itself, in one transaction, with progress and cancel; then the result
// and the rejected rows to open in Excel, fix and import again.
class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RunPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    // Where the rejected rows are written: beside the source, "<name>-未导入.xlsx".
    QString rejectedPath() const;

private:
    void showOutcome(const Result<ImportOutcome> &outcome, const QList<RejectedRow> &rejected);
    void openRejected();

    ImportWizard *mWizard;
    ImportWorker *mWorker;
    QProgressBar *mProgress;
    QPushButton *mCancel;
    QLabel *mSummary;
    QPushButton *mOpenRejected;
    QList<RejectedRow> mRejected;
    bool mDone = false;
};

} // namespace jy
