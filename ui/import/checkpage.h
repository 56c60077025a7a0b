#pragma once
#include "import/importjob.h"

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace jy {

class ImportWizard;
class ImportWorker;

// Step 3: a dry run. Counts, the places that will be created, and every problem row with its
// reason, before anything is written.
class CheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CheckPage(ImportWizard *wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void runCheck();
    void showOutcome(const Result<ImportOutcome> &outcome, const QList<RejectedRow> &rejected);

    ImportWizard *mWizard;
    ImportWorker *mWorker;
    QComboBox *mCommunity;
    QButtonGroup *mDuplicates;
    QPushButton *mRecheck;
    QProgressBar *mProgress;
    QLabel *mSummary;
    QTableWidget *mProblems;
    bool mChecked = false;
    bool mWorthImporting = false;
};

} // namespace jy
