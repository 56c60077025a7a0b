#pragma once
#include "page.h"

class QComboBox;
class QTabWidget;

namespace jy {

class CareView;
class Database;
class GridMapEditor;
class GridStaffView;
class IncidentsView;
class PatrolsView;
class Session;

// 网格: the community's grid map and the grid workers' daily work — patrols, incidents, care
// visits — with the notice boards, the weekly bulletin and the monthly ranking to print.
class GridsPage : public Page
{
    Q_OBJECT

public:
    GridsPage(Database &db, const Session &session, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString statusText() const override;
    void activate() override;
    // The current tab's list (the map tab has none).
    ListCommands *listCommands() override;

    GridMapEditor *mapEditor() const { return mMap; }
    CareView *careView() const { return mCare; }
    IncidentsView *incidentsView() const { return mIncidents; }
    PatrolsView *patrolsView() const { return mPatrols; }
    GridStaffView *staffView() const { return mStaff; }
    QTabWidget *tabs() const { return mTabs; }
    void setCommunity(qint64 communityId);
    // The care tab with the overdue residents of a grid (0: every grid); community 0 keeps the current one.
    void showOverdueCare(qint64 communityId, qint64 gridId);

signals:
    void openRoster(qint64 communityId, qint64 gridId, qint64 buildingId);

private:
    void loadCommunities();
    void printBoards();
    void saveBoards();
    void printBulletin();
    void printRanking();

    Database &mDb;
    const Session &mSession;
    QComboBox *mCommunity = nullptr;
    QTabWidget *mTabs = nullptr;
    GridMapEditor *mMap = nullptr;
    PatrolsView *mPatrols = nullptr;
    IncidentsView *mIncidents = nullptr;
    CareView *mCare = nullptr;
    GridStaffView *mStaff = nullptr;
};

} // namespace jy
