#pragma once
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace jy {

class ImportWizard;

// Step 1: the file, its sheet, and the header row under any title rows.
class SourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SourcePage(ImportWizard *wizard);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void openFile();
    void loadSheet();
    void showHeaderRow();

    ImportWizard *mWizard;
    QLineEdit *mPath;
    QComboBox *mSheet;
    QSpinBox *mHeaderRow;
    QTableWidget *mPreview;
    QLabel *mStatus;
    QList<QStringList> mTop;
    bool mOpened = false;
};

} // namespace jy
