#pragma once
#include "listcommands.h"
#include "page.h"
#include "residents/resident.h"

#include <optional>

class QAction;
class QCheckBox;
class QSplitter;
class QTableView;

namespace jy {

class Database;
class FilterBar;
class HouseholdView;
class RosterModel;
class Session;

// The roster: search and filters, the lazily loaded table of residents, the selected
// resident's household beside it, and adding, editing, moving and deleting residents.
class ResidentsPage : public Page, public ListCommands
{
    Q_OBJECT

public:
    ResidentsPage(Database &db, const Session &session, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString statusText() const override;
    void activate() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;
    ListCommands *listCommands() override { return this; }
    QWidget *searchField() const override;
    bool canCreateRecord() const override;
    void createRecord() override;
    bool canPrintList() const override { return true; }
    ReportDocument listDocument() const override;

    RosterModel *model() const { return mModel; }
    // Residents of a community and grid (0: all), residence type and ages (from a dashboard click).
    void showResidents(qint64 communityId, qint64 gridId, const QString &residenceType = {}, int minAge = -1, int maxAge = -1,
                       qint64 buildingId = 0);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void refreshKeepingPosition();
    void currentRowChanged();
    void addResident(qint64 householdId);
    void editResident(qint64 residentId);
    void editCurrent();
    void deleteCurrent();
    void moveCurrent();
    void importRoster();
    void exportRoster();
    void updateActions();
    qint64 currentResidentId() const;
    // The resident as stored now; explains and returns nothing when it is gone or unreadable.
    std::optional<Resident> freshResident(qint64 residentId);
    QString shownHouseholdText() const; // the household beside the table, for the dialog

    Database &mDb;
    const Session &mSession;
    RosterModel *mModel = nullptr;
    FilterBar *mFilterBar = nullptr;
    QTableView *mTable = nullptr;
    HouseholdView *mHousehold = nullptr;
    QSplitter *mSplitter = nullptr;
    QCheckBox *mShowPersonal = nullptr;
    QAction *mNewAction = nullptr;
    QAction *mEditAction = nullptr;
    QAction *mDeleteAction = nullptr;
    QAction *mMoveAction = nullptr;
    QAction *mImportAction = nullptr;
    QAction *mExportAction = nullptr;
    bool mActivated = false;
};

} // namespace jy
