#pragma once
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace jy {

class Database;
class Session;

// Beside the roster: the household of the selected resident, head first, with each member's
// relation to the head. Small (a household has a handful of members), so it reads them whole.
class HouseholdView : public QWidget
{
    Q_OBJECT

public:
    HouseholdView(Database &db, const Session &session, QWidget *parent = nullptr);

    // householdId 0: the resident lives in no household.
    void showHousehold(qint64 householdId, const QString &address, qint64 selectedResidentId);
    void clear();
    void reload();
    qint64 householdId() const { return mHouseholdId; }
    QString address() const { return mAddress; }
    QString headName() const { return mHeadName; }
    void setShowPersonalData(bool show);

signals:
    void editRequested(qint64 residentId);
    void addMemberRequested(qint64 householdId);

private:
    Database &mDb;
    const Session &mSession;
    qint64 mHouseholdId = 0;
    qint64 mSelectedId = 0;
    QString mAddress;
    QString mHeadName;
    bool mShowPersonalData = false;
    QLabel *mTitle = nullptr;
    QLabel *mAddressLabel = nullptr;
    QTreeWidget *mMembers = nullptr;
    QPushButton *mAddMember = nullptr;
};

} // namespace jy
