#pragma once
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace jy {

class ImportWizard;

// Step 2: which column holds what. Matched by name with synonyms; the user corrects it, and
// the correction is remembered for files with the same headers.
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QHash<int, QString> chosenMapping() const;
    void mappingChanged();

    ImportWizard *mWizard;
    QTableWidget *mColumns;
    QLabel *mStatus;
    QCheckBox *mRemember;
};

} // namespace jy
