#pragma once
#include "common/result.h"
#include "residents/householdfinder.h"
#include "residents/resident.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace jy {

class Database;
class Session;

// Moves one resident into another household, found by its address ("3-2-401"), or founds a
// new household in an empty dwelling. The dialog is the confirmation; OK moves through
// ResidentService and field errors keep it open.
class MoveHouseholdDialog : public QDialog
{
    Q_OBJECT

public:
    // currentAddress: where the resident lives now, as the roster shows it (may be empty).
    MoveHouseholdDialog(Database &db, const Session &session, const Resident &resident, const QString &currentAddress,
                        QWidget *parent = nullptr);

    // The household the resident joined (a new one when the dwelling was empty); 0 before.
    qint64 movedToHouseholdId() const { return mMovedTo; }
    QString movedToAddress() const { return mMovedToAddress; }
    QList<HouseholdMatch> matches() const { return mMatches; }
    QString errorText() const;

public slots:
    void search();
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choiceChanged();
    void showErrors(const FieldErrors &errors);
    const HouseholdMatch *chosen() const;

    Database &mDb;
    const Session &mSession;
    Resident mResident;
    QList<HouseholdMatch> mMatches;
    qint64 mMovedTo = 0;
    QString mMovedToAddress;

    QLineEdit *mAddress = nullptr;
    QPushButton *mSearch = nullptr;
    QLabel *mSearchInfo = nullptr;
    QListWidget *mChoices = nullptr;
    QComboBox *mRelation = nullptr;
    QLabel *mNewHeadLabel = nullptr;
    QComboBox *mNewHead = nullptr;
    QLabel *mError = nullptr;
    QDialogButtonBox *mButtons = nullptr;
};

} // namespace jy
