#include "testsupport.h"
#include "grids/careview.h"
#include "grids/gridspage.h"
#include <QCheckBox>
#include <QComboBox>
#include <QTabWidget>
#include "dashboard/dashboardpage.h"
#include "db/sql.h"
#include "honors/honorspage.h"
#include "honors/honortablemodel.h"
#include "mainwindow.h"
#include "party/partygovernancepage.h"
#include "party/partyorganisation.h"
#include "party/registermodel.h"
#include "party/registersource.h"
#include "party/registertab.h"
#include "residents/residentspage.h"
#include "residents/rostermodel.h"
#include "volunteer/orderfilterbar.h"
#include "volunteer/supermarketpage.h"

#include <QApplication>
#include <QListWidget>

using namespace jy;

TEST_CASE("a dashboard click opens the list behind it on its own page", "[dashboard]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    const qint64 grid = sql::insert(db->connection(), QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (?, '01', '第一网格')"),
                                    {place.communityId});
    MainWindow window(*db, admin);
    window.show();
    DashboardPage *dashboard = window.findChild<DashboardPage *>();
    REQUIRE(dashboard);
    auto *sidebar = test::child<QListWidget>(window, "sidebar");

    emit dashboard->openList({DashboardTarget::Kind::GridResidents, place.communityId, grid, 2025, QString(), -1});
    auto *residents = window.findChild<ResidentsPage *>();
    CHECK(residents->model()->filter().gridId == grid);
    CHECK(sidebar->currentItem()->text() == residents->title());

    emit dashboard->openList({DashboardTarget::Kind::ResidentsOfAge, 0, 80, 2025, QString(), -1});
    CHECK(residents->model()->filter().minAge == 80);
    CHECK(residents->model()->filter().gridId == 0);

    emit dashboard->openList({DashboardTarget::Kind::OrdersOfMonth, place.communityId, 3, 2025, QString(), -1});
    auto *supermarket = window.findChild<SupermarketPage *>();
    const OrderFilter orders = supermarket->filterBar()->filter();
    CHECK(orders.from == QDate(2025, 3, 1));
    CHECK(orders.to == QDate(2025, 3, 31));
    CHECK(orders.communityId == place.communityId);
    CHECK(sidebar->currentItem()->text() == supermarket->title());

    emit dashboard->openList({DashboardTarget::Kind::HonorsOfYear, 0, 0, 2021, honor_level::National, -1});
    auto *honors = window.findChild<HonorsPage *>();
    CHECK(sidebar->currentItem()->text() == honors->title());

    emit dashboard->openList({DashboardTarget::Kind::CareOverdue, place.communityId, grid, 2025, QString(), -1});
    auto *grids = window.findChild<GridsPage *>();
    CHECK(sidebar->currentItem()->text() == grids->title());
    CHECK(grids->tabs()->currentWidget() == grids->careView());
    CHECK(grids->careView()->gridBox()->currentData().toLongLong() == grid);
    CHECK(grids->careView()->overdueOnly()->isChecked());

    // A branch's bar: the party page's members tab, filtered by that branch.
    PartyBranch b;
    b.communityId = place.communityId;
    b.name = QStringLiteral("孝老党支部");
    const qint64 branch = PartyOrganisation(*db, admin).save(b).value();
    emit dashboard->openList({DashboardTarget::Kind::PartyMembersOfBranch, place.communityId, branch, 2025, QString(), -1});
    auto *party = window.findChild<PartyGovernancePage *>();
    CHECK(sidebar->currentItem()->text() == party->title());
    auto *members = qobject_cast<RegisterTab *>(party->tabs()->currentWidget());
    REQUIRE(members);
    CHECK(members->source().key() == QLatin1String("members"));
    CHECK(members->model()->filter().ownerId == branch);
    CHECK(test::child<QComboBox>(*members, "owner")->currentText().endsWith(QStringLiteral("孝老党支部"))); // "魅力社区 · 孝老党支部"
    window.resize(1400, 700);
    QApplication::processEvents();
    test::screenshot(window, "dashboard-to-branch-members");

    // From a building on the map to its residents in the roster.
    emit grids->openRoster(place.communityId, 0, place.buildingId);
    CHECK(sidebar->currentItem()->text() == residents->title());
    CHECK(residents->model()->filter().buildingId == place.buildingId);
}
