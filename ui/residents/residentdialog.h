#pragma once
#include "common/result.h"
#include "residents/resident.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace jy {

class Database;
class Session;

// A household a new resident can join, as the dialog offers it.
struct HouseholdChoice
{
    qint64 id = 0;   // 0: not in a household
    QString text;
};

// Enter or edit one resident. The ID number is checked as it is typed and, when valid, fills
// birth date, sex and birthplace (never typed twice). OK saves through ResidentService; field
// errors appear under their fields and the dialog stays open, so nothing typed is lost.
class ResidentDialog : public QDialog
{
    Q_OBJECT

public:
    // resident.id 0: a new resident. choices: the households on offer (the first is chosen
    // unless resident.householdId names another); an existing resident keeps their household.
    ResidentDialog(Database &db, const Session &session, const Resident &resident,
                   const QList<HouseholdChoice> &choices, QWidget *parent = nullptr);

    qint64 residentId() const { return mResident.id; } // set after a new resident is saved
    Resident resident() const { return mResident; }

    // The form as a Resident, without saving (for tests and for accept()).
    Resident collect() const;
    void showErrors(const FieldErrors &errors);
    // The message shown under a field ("" when none), e.g. "id_number".
    QString errorText(const QString &field) const;

signals:
    // A save met someone else's newer version and the form now shows that version.
    void reloaded();

public slots:
    void accept() override;

private:
    QWidget *field(QWidget *input, const QString &key);
    void addRow(QFormLayout *form, const QString &label, QWidget *input, const QString &key);
    void idNumberChanged();
    void phoneFinished();
    void householdChanged();
    void clearErrors();
    void fill(const Resident &resident);
    // Offers to replace the form by the saved record; true when it did.
    bool reloadAfterConflict(const FieldErrors &errors);

    Database &mDb;
    const Session &mSession;
    Resident mResident;
    bool mPersonalLocked = false; // an existing record the session may only see masked

    QLineEdit *mName = nullptr;
    QLineEdit *mIdNumber = nullptr;
    QLabel *mIdInfo = nullptr;
    QDateEdit *mBirthDate = nullptr;
    QComboBox *mSex = nullptr;
    QLineEdit *mPhone = nullptr;
    QComboBox *mResidenceType = nullptr;
    QComboBox *mEthnicity = nullptr;
    QComboBox *mHousehold = nullptr;
    QComboBox *mRelation = nullptr;
    QListWidget *mTags = nullptr;
    QPlainTextEdit *mNotes = nullptr;
    QLabel *mGeneralError = nullptr;
    QDialogButtonBox *mButtons = nullptr;
    QHash<QString, QLabel *> mErrorLabels;
    QHash<QString, QWidget *> mInputs;
};

} // namespace jy
