#include "testsupport.h"
#include "dashboard/dashboardpage.h"
#include "demo/demogenerator.h"

#include <QEventLoop>
#include <QTimer>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QPieSeries>

using namespace jy;

TEST_CASE("the dashboard draws every chart and a click asks for the list behind it", "[dashboard]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.today = QDate(2026, 11, 29);
    REQUIRE(DemoGenerator::generate(*db, Session::localAdministrator(), options).ok());
    const Session admin = test::admin();
    DashboardPage page(*db, admin);
    page.resize(1400, 1000);
    page.show();
    // Figures are gathered on a worker thread: wait for the page to say they are drawn.
    const auto waitLoaded = [&page] {
        QEventLoop loop;
        QObject::connect(&page, &DashboardPage::loaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
    };
    page.activate();
    waitLoaded();
    REQUIRE_FALSE(page.isLoading());

    for (const char *name : {"age", "residence", "grids", "branches", "partyAge", "months", "categories", "teams", "honors", "governance"}) {
        INFO(name);
        QChart *chart = page.chart(QString::fromLatin1(name));
        REQUIRE(chart);
        CHECK_FALSE(chart->series().isEmpty());
    }
    CHECK(page.data().byGrid.size() == 9);

    QList<DashboardTarget> open;
    QObject::connect(&page, &DashboardPage::openList, [&open](const DashboardTarget &t) { open << t; });
    auto *grids = qobject_cast<QAbstractBarSeries *>(page.chart(QStringLiteral("grids"))->series().first());
    REQUIRE(grids);
    emit grids->barSets().first()->clicked(2);
    REQUIRE(open.size() == 1);
    const DashboardTarget target = open.takeFirst();
    CHECK(target.kind == DashboardTarget::Kind::GridResidents);
    CHECK(target.id == page.data().byGrid.at(2).id);

    auto *categories = qobject_cast<QPieSeries *>(page.chart(QStringLiteral("categories"))->series().first());
    REQUIRE(categories);
    REQUIRE_FALSE(categories->slices().isEmpty());
    emit categories->slices().first()->clicked();
    REQUIRE(open.size() == 1);
    CHECK(open.takeFirst().kind == DashboardTarget::Kind::OrdersOfCategory);

    // Horizontal bars run top to bottom in list order, so bar 0 is the oldest band, drawn at the bottom.
    auto *age = qobject_cast<QAbstractBarSeries *>(page.chart(QStringLiteral("age"))->series().first());
    emit age->barSets().first()->clicked(0);
    REQUIRE(open.size() == 1);
    const DashboardTarget oldest = open.takeFirst();
    CHECK(oldest.kind == DashboardTarget::Kind::ResidentsOfAge);
    CHECK(oldest.id == page.data().population.ageBands.last().minAge);
    CHECK(oldest.maxAge == -1);

    auto *branches = qobject_cast<QAbstractBarSeries *>(page.chart(QStringLiteral("branches"))->series().first());
    emit branches->barSets().first()->clicked(0);
    REQUIRE(open.size() == 1);
    const DashboardTarget branch = open.takeFirst();
    CHECK(branch.kind == DashboardTarget::Kind::PartyMembersOfBranch);
    CHECK(branch.id == page.data().partyByBranch.last().id); // horizontal: bar 0 is the list's last
    // Charts lay out their axes and legends on the next turns of the event loop.
    QEventLoop settle;
    QTimer::singleShot(300, &settle, &QEventLoop::quit);
    settle.exec();
    test::screenshot(page, "dashboard");
}
