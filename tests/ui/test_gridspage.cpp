#include "testsupport.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "grids/careplans.h"
#include "grids/careview.h"
#include "grids/gridmap.h"
#include "grids/gridspage.h"
#include "grids/incidentsview.h"
#include "grids/mapeditor.h"
#include "grids/mapscene.h"
#include "grids/mapview.h"
#include "grids/gridstaffview.h"
#include "grids/patrolsview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsItem>
#include <QListWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QApplication>
#include <QPushButton>
#include <QTimer>
#include "grids/gridmapservice.h"

using namespace jy;

namespace {
struct DemoGrids
{
    test::TempDatabase db;
    qint64 community = 0;
    DemoGrids()
    {
        DemoOptions options;
        options.today = QDate::currentDate();
        REQUIRE(DemoGenerator::generate(*db, Session::localAdministrator(), options).ok());
        community = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM community")).toLongLong();
    }
};
} // namespace

TEST_CASE("the grid page shows the demo map, colours it by a theme and edits it with undo", "[grids-ui]")
{
    DemoGrids demo;
    const Session admin = test::admin();
    GridsPage page(*demo.db, admin);
    page.resize(1400, 820);
    page.show();
    page.activate();
    GridMapEditor *editor = page.mapEditor();
    GridMapScene *scene = editor->scene();
    REQUIRE(scene->map().grids.size() == 9);
    int buildings = 0, grids = 0;
    for (QGraphicsItem *item : scene->items()) {
        if (item->type() == QGraphicsPolygonItem::Type && item->data(0).isValid())
            (item->zValue() == 2 ? buildings : grids) += 1;
    }
    CHECK(buildings == 62);
    CHECK(grids == 9);
    auto *legend = test::child<QListWidget>(*editor, "legend");
    CHECK(legend->count() == 9);
    editor->view()->fitMap();
    test::screenshot(page, "grids-map");

    // Colour by elderly living alone: the legend turns into classes, the counts add up.
    QComboBox *layer = editor->layerBox();
    layer->setCurrentIndex(layer->findData(QStringLiteral("elderly_alone")));
    CHECK(scene->layer().layer == MapLayer::ElderlyAlone);
    CHECK(scene->layer().maxBuilding > 0);
    CHECK(legend->item(0)->text() != scene->map().grids.first().name);
    test::screenshot(page, "grids-map-elderly");

    // A click on a building lists its households.
    const MapBuilding first = scene->map().buildings.first();
    scene->selectBuilding(first.id);
    CHECK(test::child<QTreeWidget>(*editor, "buildingResidents")->topLevelItemCount() > 0);

    // Dragging a building is one undoable step, stored in the database each way.
    emit scene->buildingMoved(first.id, QPointF(7, -3));
    auto stored = [&] { return GridMapStore::load(*demo.db, demo.community).building(first.id)->position; };
    CHECK(stored() == first.position + QPointF(7, -3));
    editor->undoStack()->undo();
    CHECK(stored() == first.position);
    editor->undoStack()->redo();
    CHECK(stored() == first.position + QPointF(7, -3));

    // Drawing a new grid around empty ground: a dialog would ask its name; the service path is
    // the same edit() the dialog ends in, and undo removes the grid again.
    const QPolygonF ring(QRectF(-400, -400, 100, 100));
    auto service = std::make_shared<GridMapService>(*demo.db, admin);
    auto id = std::make_shared<qint64>(0);
    const qint64 community = demo.community;
    REQUIRE(editor->edit(QStringLiteral("draw"), [=]() -> Status {
        const Result<qint64> made = service->addGrid(community, QStringLiteral("G99"), QStringLiteral("第99网格"), ring);
        if (!made)
            return made.errors();
        *id = made.value();
        return success();
    }, [=] { return service->removeGrid(*id); }));
    CHECK(scene->map().grids.size() == 10);
    editor->undoStack()->undo();
    CHECK(scene->map().grids.size() == 9);
    // A refused edit leaves nothing on the stack.
    const int steps = editor->undoStack()->count();
    QTimer::singleShot(0, [] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->inherits("QMessageBox"))
                w->close();
    });
    CHECK_FALSE(editor->edit(QStringLiteral("bad"), [=] { return service->setGridShape(*id, ring); }, [] { return success(); }));
    CHECK(editor->undoStack()->count() == steps - 1); // the undone draw was dropped for the new command, which failed
}

TEST_CASE("a viewer sees the map but cannot change it", "[grids-ui]")
{
    DemoGrids demo;
    const Session viewer = test::viewer();
    GridsPage page(*demo.db, viewer);
    page.activate();
    GridMapEditor *editor = page.mapEditor();
    CHECK_FALSE(editor->scene()->editable());
    for (QGraphicsItem *item : editor->scene()->items())
        CHECK_FALSE(item->flags().testFlag(QGraphicsItem::ItemIsMovable));
    CHECK_FALSE(test::child<QAction>(*editor, "toolDraw")->isEnabled());
    CHECK_FALSE(test::child<QPushButton>(*page.patrolsView(), "logPatrol")->isEnabled());
}

TEST_CASE("the grid work tabs list patrols, incidents and the overdue care visits", "[grids-ui]")
{
    DemoGrids demo;
    const Session admin = test::admin();
    GridsPage page(*demo.db, admin);
    page.resize(1400, 820);
    page.show();
    page.activate();
    page.tabs()->setCurrentWidget(page.patrolsView());
    CHECK(page.patrolsView()->table()->rowCount() > 100);
    test::screenshot(page, "grids-patrols");
    page.tabs()->setCurrentWidget(page.incidentsView());
    CHECK(page.incidentsView()->table()->rowCount() >= 1);
    page.incidentsView()->table()->selectRow(0);
    test::screenshot(page, "grids-incidents");

    page.tabs()->setCurrentWidget(page.careView());
    const int overdue = CarePlans::countOverdue(*demo.db, QDate::currentDate(), demo.community);
    REQUIRE(overdue > 0);
    CHECK(page.careView()->table()->rowCount() == overdue);
    CHECK(page.statusText().contains(QString::number(overdue)));
    test::screenshot(page, "grids-care");
    page.careView()->overdueOnly()->setChecked(false);
    CHECK(page.careView()->table()->rowCount() > overdue);

    // Each grid's staff, in the roles' order, as the notice board prints them.
    page.tabs()->setCurrentWidget(page.staffView());
    CHECK(page.staffView()->grids()->count() == 9);
    REQUIRE(page.staffView()->table()->rowCount() > 0);
    CHECK(page.staffView()->table()->item(0, 0)->text() == QStringLiteral("网格长"));
    test::screenshot(page, "grids-staff");
}

TEST_CASE("a care plan is made from the care tab and checked before it is saved", "[grids-ui]")
{
    DemoGrids demo;
    const Session admin = test::admin();
    CareView care(*demo.db, admin);
    care.setCommunity(demo.community);
    const qint64 resident = sql::scalar(demo.db->connection(), QStringLiteral(
        "SELECT r.id FROM resident r WHERE r.community_id = ? AND NOT EXISTS (SELECT 1 FROM care_plan p WHERE p.resident_id = r.id) "
        "ORDER BY r.id LIMIT 1"), {demo.community}).toLongLong();
    CarePlan plan;
    plan.residentId = resident;
    plan.residentName = QStringLiteral("测试居民");
    plan.startedOn = QDate::currentDate();
    bool sawError = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        test::child<QComboBox>(*dialog, "planCategory")->setCurrentText(QStringLiteral("高龄"));
        test::child<QSpinBox>(*dialog, "planFrequency")->setValue(30);
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        save->click(); // nobody responsible yet: refused, the dialog stays
        sawError = dialog->isVisible();
        test::child<QLineEdit>(*dialog, "planResponsible")->setText(QStringLiteral("王梦琪"));
        save->click();
    });
    REQUIRE(care.editPlan(plan));
    CHECK(sawError);
    CHECK(sql::scalar(demo.db->connection(), QStringLiteral("SELECT frequency_days FROM care_plan WHERE resident_id = ? AND category = '高龄'"),
                      {resident}).toInt() == 30);
}

TEST_CASE("an incident reported by hand from the incidents tab", "[grids-ui]")
{
    DemoGrids demo;
    const Session worker(QStringLiteral("gw"), Role::GridWorker);
    IncidentsView view(*demo.db, worker);
    view.resize(1200, 600);
    view.setCommunity(demo.community);
    const int before = sql::scalar(demo.db->connection(), QStringLiteral("SELECT count(*) FROM grid_incident")).toInt();
    bool refused = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        save->click(); // nothing said about what was found: refused, the dialog stays
        refused = dialog->isVisible();
        test::child<QLineEdit>(*dialog, "incidentTitle")->setText(QStringLiteral("单元门禁损坏"));
        test::screenshot(*dialog, "grids-report-incident");
        save->click();
    });
    view.reportIncident();
    CHECK(refused);
    CHECK(sql::scalar(demo.db->connection(), QStringLiteral("SELECT count(*) FROM grid_incident")).toInt() == before + 1);
    CHECK(sql::scalar(demo.db->connection(), QStringLiteral("SELECT reported_by FROM grid_incident ORDER BY id DESC LIMIT 1")).toString()
          == QStringLiteral("gw"));
}
