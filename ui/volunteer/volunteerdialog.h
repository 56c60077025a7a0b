#pragma once
#include "common/fielderrors.h"
#include "common/result.h"
#include "volunteer/volunteers.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace jy {

class Database;
class Session;

// Register or edit a volunteer: a resident found on the roster (name, ID number and phone come
// from there) or someone from a co-building unit typed in; team, volunteer number (given when
// left empty), registration date, still serving. Saves through VolunteerService; field errors
// appear under their fields and the dialog stays open.
class VolunteerDialog : public QDialog
{
    Q_OBJECT

public:
    VolunteerDialog(Database &db, const Session &session, const Volunteer &volunteer, QWidget *parent = nullptr);

    qint64 volunteerId() const { return mVolunteer.id; }
    Volunteer collect() const;
    QString errorText(const QString &field) const;
    // For tests and the result list: take this resident as the volunteer.
    void chooseResident(qint64 residentId, const QString &name);

public slots:
    void accept() override;

private:
    void search();

    Database &mDb;
    const Session &mSession;
    Volunteer mVolunteer;
    qint64 mResidentId = 0;
    bool mPersonalHidden = false; // an existing volunteer whose ID number and phone this role may not see
    QLineEdit *mSearch = nullptr;
    QListWidget *mResults = nullptr;
    QLabel *mResident = nullptr;
    QLineEdit *mName = nullptr;
    QLineEdit *mUnit = nullptr;
    QLineEdit *mIdNumber = nullptr;
    QLineEdit *mPhone = nullptr;
    QComboBox *mCommunity = nullptr;
    QComboBox *mTeam = nullptr;
    QLineEdit *mNumber = nullptr;
    QDateEdit *mRegistered = nullptr;
    QCheckBox *mActive = nullptr;
    FieldErrorLabels mErrors;
    QLabel *mGeneralError = nullptr;
};

} // namespace jy
