#include "grids/mapeditor.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"
#include "grids/geojson.h"
#include "grids/gridmapservice.h"
#include "grids/maplayers.h"
#include "grids/mappainter.h"
#include "grids/mapposter.h"
#include "grids/mapscene.h"
#include "grids/mapview.h"
#include "residents/residentcodes.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QSqlQuery>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <memory>

namespace jy {

namespace {

// An edit as two service calls. A refused step says why and marks the command obsolete, so
// the stack drops it and never holds a step that did not happen.
class MapEditCommand : public QUndoCommand
{
public:
    MapEditCommand(GridMapEditor *editor, const QString &text, std::function<Status()> redo, std::function<Status()> undo,
                   std::shared_ptr<bool> failed)
        : QUndoCommand(text), mEditor(editor), mRedo(std::move(redo)), mUndo(std::move(undo)), mFailed(std::move(failed))
    {
    }
    void redo() override { run(mRedo); }
    void undo() override { run(mUndo); }

private:
    void run(const std::function<Status()> &step)
    {
        const Status s = step();
        if (!s) {
            *mFailed = true;
            setObsolete(true);
            const QString error = s.errorText();
            QMessageBox::warning(mEditor, text(),
                                 error.isEmpty() ? QCoreApplication::translate("jy::GridMapEditor", "The change could not be made.") : error);
        }
        mEditor->reload();
    }

    GridMapEditor *mEditor;
    std::function<Status()> mRedo;
    std::function<Status()> mUndo;
    std::shared_ptr<bool> mFailed;
};

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(colour);
    QPainter p(&pixmap);
    p.setPen(QColor(0x66, 0x66, 0x66));
    p.drawRect(0, 0, 15, 15);
    return QIcon(pixmap);
}

} // namespace

GridMapEditor::GridMapEditor(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), mDb(db), mSession(session), mUndo(new QUndoStack(this)), mScene(new GridMapScene(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    mView = new GridMapView;
    mView->setScene(mScene);
    mView->setObjectName(QStringLiteral("gridMapView"));
    auto *bar = new QWidget;
    buildToolBar(bar);
    layout->addWidget(bar);
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    auto *legendBox = new QGroupBox(tr("Legend"));
    auto *legendLayout = new QVBoxLayout(legendBox);
    mLegend = new QListWidget;
    mLegend->setObjectName(QStringLiteral("legend"));
    mLegend->setSelectionMode(QAbstractItemView::NoSelection);
    mLegend->setFocusPolicy(Qt::NoFocus);
    legendLayout->addWidget(mLegend);
    auto *infoBox = new QGroupBox(tr("Building"));
    auto *infoLayout = new QVBoxLayout(infoBox);
    mInfoTitle = new QLabel(tr("Click a building to see its households."));
    mInfoTitle->setWordWrap(true);
    mInfo = new QTreeWidget;
    mInfo->setObjectName(QStringLiteral("buildingResidents"));
    mInfo->setHeaderLabels({tr("Household / resident"), tr("Relation")});
    mInfo->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *roster = new QPushButton(tr("Open the building in the roster"));
    roster->setObjectName(QStringLiteral("openRoster"));
    connect(roster, &QPushButton::clicked, this, [this] {
        const MapBuilding *b = mScene->map().building(mShownBuilding);
        emit openRoster(mCommunityId, b ? b->gridId : mScene->selectedGrid(), b ? b->id : 0);
    });
    infoLayout->addWidget(mInfoTitle);
    infoLayout->addWidget(mInfo, 1);
    infoLayout->addWidget(roster);
    sideLayout->addWidget(legendBox, 2);
    sideLayout->addWidget(infoBox, 3);

    auto *splitter = new QSplitter;
    splitter->addWidget(mView);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setSizes({900, 300});
    layout->addWidget(splitter, 1);

    connect(mView, &GridMapView::gridDrawn, this, &GridMapEditor::onGridDrawn);
    connect(mView, &GridMapView::placeRequested, this, &GridMapEditor::onPlace);
    connect(mScene, &QGraphicsScene::selectionChanged, this, [this] {
        if (const qint64 b = mScene->selectedBuilding())
            showBuilding(b);
    });
    connect(mScene, &GridMapScene::buildingMoved, this, [this](qint64 id, const QPointF &delta) {
        const MapBuilding *b = mScene->map().building(id);
        if (!b)
            return;
        const QPointF from = b->position;
        const QPolygonF outline = b->footprint;
        auto keep = std::make_shared<GridMapService>(mDb, mSession);
        edit(tr("Move %1").arg(b->fullName()),
             [keep, id, from, outline, delta] { return keep->placeBuilding(id, true, from + delta, outline.translated(delta)); },
             [keep, id, from, outline] { return keep->placeBuilding(id, true, from, outline); });
    });
    connect(mScene, &GridMapScene::gridReshaped, this, [this](qint64 id, const QPolygonF &shape) {
        const MapGrid *g = mScene->map().grid(id);
        if (!g)
            return;
        auto service = std::make_shared<GridMapService>(mDb, mSession);
        const QPolygonF before = g->shape;
        edit(tr("Reshape %1").arg(g->name), [service, id, shape] { return service->setGridShape(id, shape); },
             [service, id, before] { return service->setGridShape(id, before); });
        mScene->selectGrid(id);
    });
    connect(mScene, &GridMapScene::buildingContextMenu, this, &GridMapEditor::buildingMenu);
    connect(mScene, &GridMapScene::gridContextMenu, this, &GridMapEditor::gridMenu);
}

bool GridMapEditor::canEdit() const
{
    return mSession.can(Permission::ManageGridMap);
}

void GridMapEditor::buildToolBar(QWidget *barHolder)
{
    auto *layout = new QHBoxLayout(barHolder);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(bar, 1);

    auto *tools = new QActionGroup(this);
    auto addTool = [&](const QString &text, const QString &key, GridMapView::Tool tool, const char *name) {
        QAction *a = bar->addAction(text);
        a->setObjectName(QLatin1String(name));
        a->setCheckable(true);
        a->setShortcut(QKeySequence(key));
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key));
        tools->addAction(a);
        connect(a, &QAction::triggered, this, [this, tool] { mView->setTool(tool); mView->setFocus(); });
        return a;
    };
    QAction *select = addTool(tr("Select and move"), QStringLiteral("S"), GridMapView::Tool::Select, "toolSelect");
    select->setChecked(true);
    QAction *draw = addTool(tr("Draw a grid"), QStringLiteral("G"), GridMapView::Tool::DrawGrid, "toolDraw");
    QAction *place = addTool(tr("Place a building"), QStringLiteral("B"), GridMapView::Tool::PlaceBuilding, "toolPlace");
    mUnplaced = new QComboBox;
    mUnplaced->setObjectName(QStringLiteral("unplacedBuildings"));
    mUnplaced->setMinimumContentsLength(18);
    mUnplaced->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mUnplaced->setToolTip(tr("Buildings not yet on the map"));
    bar->addWidget(mUnplaced);
    connect(mView, &GridMapView::toolChanged, this, [select](GridMapView::Tool tool) {
        if (tool == GridMapView::Tool::Select)
            select->setChecked(true);
    });
    bar->addSeparator();
    QAction *undo = mUndo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = mUndo->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    bar->addAction(undo);
    bar->addAction(redo);
    mEditActions = {draw, place, undo, redo};
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Colour by:")));
    mLayer = new QComboBox;
    mLayer->setObjectName(QStringLiteral("layer"));
    for (MapLayer layer : MapLayers::all())
        mLayer->addItem(MapLayers::name(layer), MapLayers::key(layer));
    connect(mLayer, &QComboBox::currentIndexChanged, this, &GridMapEditor::refreshLayer);
    bar->addWidget(mLayer);
    bar->addSeparator();
    QAction *fit = bar->addAction(tr("Fit to window"));
    fit->setShortcut(QKeySequence(QStringLiteral("F")));
    connect(fit, &QAction::triggered, mView, [this] { mView->fitMap(); });

    QMenu *more = new QMenu(this);
    QAction *background = more->addAction(tr("Site plan underlay…"), this, &GridMapEditor::chooseBackground);
    more->addSeparator();
    more->addAction(tr("Print the map…"), this, &GridMapEditor::printPoster);
    more->addAction(tr("Save the map as PDF…"), this, &GridMapEditor::exportPoster);
    more->addSeparator();
    more->addAction(tr("Export GeoJSON…"), this, &GridMapEditor::exportGeoJson);
    QAction *import = more->addAction(tr("Import GeoJSON…"), this, &GridMapEditor::importGeoJson);
    mEditActions << background << import;
    QAction *moreAction = bar->addAction(tr("Map"));
    moreAction->setMenu(more);
    moreAction->setObjectName(QStringLiteral("mapMenu"));
    connect(moreAction, &QAction::triggered, this, [bar, moreAction, more] {
        more->popup(bar->mapToGlobal(bar->actionGeometry(moreAction).bottomLeft()));
    });
    for (QAction *a : std::as_const(mEditActions))
        a->setEnabled(canEdit() && a->isEnabled());
    if (!canEdit()) {
        draw->setToolTip(tr("Your role may look at the map but not change it."));
        connect(mUndo, &QUndoStack::canUndoChanged, undo, [undo] { undo->setEnabled(false); });
    }
}

void GridMapEditor::setCommunity(qint64 communityId)
{
    if (communityId == mCommunityId)
        return;
    mCommunityId = communityId;
    mUndo->clear();
    mShownBuilding = 0;
    mInfo->clear();
    mInfoTitle->setText(tr("Click a building to see its households."));
    reload();
    mView->fitMap();
}

void GridMapEditor::reload()
{
    const qint64 selectedBuilding = mScene->selectedBuilding();
    const qint64 selectedGrid = mScene->selectedGrid();
    mScene->setMap(GridMapStore::load(mDb, mCommunityId), canEdit());
    refreshLayer();
    refreshUnplaced();
    if (selectedBuilding)
        mScene->selectBuilding(selectedBuilding);
    else if (selectedGrid)
        mScene->selectGrid(selectedGrid);
}

void GridMapEditor::refreshLayer()
{
    const MapLayer layer = MapLayers::fromKey(mLayer->currentData().toString());
    const MapLayerValues values = MapLayers::compute(mDb, mCommunityId, layer, QDate::currentDate());
    mScene->setLayer(values);
    mLegend->clear();
    if (layer == MapLayer::None) {
        for (int i = 0; i < mScene->map().grids.size(); ++i) {
            const MapGrid &g = mScene->map().grids.at(i);
            int buildings = 0;
            for (const MapBuilding &b : mScene->map().buildings)
                buildings += b.gridId == g.id ? 1 : 0;
            QColor c = MapPainter::gridColour(i);
            auto *item = new QListWidgetItem(swatch(c), tr("%1 (%2 buildings)").arg(g.name).arg(buildings));
            if (g.shape.size() < 3)
                item->setText(tr("%1 (not drawn yet)").arg(g.name));
            mLegend->addItem(item);
        }
        return;
    }
    const int maximum = values.maxBuilding;
    mLegend->addItem(new QListWidgetItem(swatch(MapPainter::layerColour(0, maximum)), tr("none")));
    int from = 1;
    while (from <= maximum) {
        int to = from;
        while (to + 1 <= maximum && MapLayers::colourFor(to + 1, maximum) == MapLayers::colourFor(from, maximum))
            ++to;
        mLegend->addItem(new QListWidgetItem(swatch(MapPainter::layerColour(from, maximum)),
                                             from == to ? QString::number(from) : tr("%1 to %2").arg(from).arg(to)));
        from = to + 1;
    }
    int total = 0;
    for (int v : values.byBuilding)
        total += v;
    auto *sum = new QListWidgetItem(tr("%1 in all, by building").arg(total));
    sum->setForeground(QColor(0x55, 0x55, 0x55));
    mLegend->addItem(sum);
}

void GridMapEditor::refreshUnplaced()
{
    const qint64 current = mUnplaced->currentData().toLongLong();
    mUnplaced->clear();
    for (const MapBuilding &b : mScene->map().buildings)
        if (!b.placed)
            mUnplaced->addItem(b.fullName(), b.id);
    if (mUnplaced->count() == 0)
        mUnplaced->addItem(tr("(every building is on the map)"), 0);
    const int index = mUnplaced->findData(current);
    if (index >= 0)
        mUnplaced->setCurrentIndex(index);
}

void GridMapEditor::showBuilding(qint64 buildingId)
{
    mShownBuilding = buildingId;
    const MapBuilding *b = mScene->map().building(buildingId);
    if (!b)
        return;
    const MapGrid *grid = mScene->map().grid(b->gridId);
    mInfo->clear();
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral(
        "SELECT h.id, u.number, d.room, r.name, r.relation FROM resident r JOIN household h ON h.id = r.household_id "
        "JOIN dwelling d ON d.id = h.dwelling_id JOIN unit u ON u.id = d.unit_id WHERE u.building_id = ? "
        "ORDER BY length(u.number), u.number, length(d.room), d.room, h.id, CASE r.relation WHEN 'head' THEN 0 ELSE 1 END, r.id"),
        {buildingId});
    QTreeWidgetItem *household = nullptr;
    qint64 lastHousehold = 0;
    int households = 0, people = 0;
    while (q.next()) {
        if (q.value(0).toLongLong() != lastHousehold) {
            lastHousehold = q.value(0).toLongLong();
            household = new QTreeWidgetItem(mInfo, {tr("Unit %1, room %2").arg(q.value(1).toString(), q.value(2).toString())});
            ++households;
        }
        new QTreeWidgetItem(household, {q.value(3).toString(), ResidentCodes::relationLabel(q.value(4).toString())});
        ++people;
    }
    mInfoTitle->setText(tr("%1 — %2\n%3 households, %4 residents")
                            .arg(b->fullName(), grid ? grid->name : tr("in no grid"))
                            .arg(households)
                            .arg(people));
}

bool GridMapEditor::edit(const QString &text, std::function<Status()> redo, std::function<Status()> undo)
{
    auto failed = std::make_shared<bool>(false);
    mUndo->push(new MapEditCommand(this, text, std::move(redo), std::move(undo), failed));
    if (*failed)
        return false;
    emit message(text);
    return true;
}

void GridMapEditor::onGridDrawn(const QPolygonF &shape)
{
    // The next free code and name: G01, 第1网格 …
    const QList<MapGrid> &grids = mScene->map().grids;
    int n = int(grids.size()) + 1;
    auto taken = [&grids](const QString &code) {
        return std::any_of(grids.begin(), grids.end(), [&code](const MapGrid &g) { return g.code == code; });
    };
    while (taken(QStringLiteral("G%1").arg(n, 2, 10, QLatin1Char('0'))))
        ++n;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New grid"));
    auto *form = new QFormLayout(&dialog);
    auto *code = new QLineEdit(QStringLiteral("G%1").arg(n, 2, 10, QLatin1Char('0')));
    auto *name = new QLineEdit(tr("Grid %1").arg(n));
    form->addRow(tr("&Code:"), code);
    form->addRow(tr("&Name:"), name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto service = std::make_shared<GridMapService>(mDb, mSession);
    auto id = std::make_shared<qint64>(0);
    const qint64 community = mCommunityId;
    const QString codeText = code->text();
    const QString nameText = name->text();
    // Buildings already placed inside the outline and in no grid join it.
    QList<qint64> inside;
    for (const MapBuilding &b : mScene->map().buildings)
        if (b.placed && !b.gridId && shape.containsPoint(b.position, Qt::OddEvenFill))
            inside << b.id;
    edit(tr("Draw %1").arg(nameText),
         [service, id, community, codeText, nameText, shape, inside]() -> Status {
             const Result<qint64> made = service->addGrid(community, codeText, nameText, shape);
             if (!made)
                 return made.errors();
             *id = made.value();
             for (qint64 b : inside)
                 if (Status s = service->assignBuilding(b, *id); !s)
                     return s;
             return success();
         },
         [service, id] { return service->removeGrid(*id); });
}

void GridMapEditor::onPlace(const QPointF &where)
{
    const qint64 id = mUnplaced->currentData().toLongLong();
    const MapBuilding *b = mScene->map().building(id);
    if (!b) {
        emit message(tr("Every building is on the map already."));
        return;
    }
    // A slab of its stairwells' width, 12 m deep: a placeholder the user can reshape in a GIS.
    const int units = std::max(1, sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM unit WHERE building_id = ?"), {id}).toInt());
    const QPolygonF outline(QRectF(where.x() - units * 6.5, where.y() - 6, units * 13, 12));
    const qint64 gridBefore = b->gridId;
    const qint64 gridThere = gridBefore ? gridBefore : GridMapService::gridAt(mScene->map(), where);
    auto service = std::make_shared<GridMapService>(mDb, mSession);
    edit(tr("Place %1").arg(b->fullName()),
         [service, id, where, outline, gridThere, gridBefore]() -> Status {
             if (Status s = service->placeBuilding(id, true, where, outline); !s)
                 return s;
             return gridThere != gridBefore ? service->assignBuilding(id, gridThere) : success();
         },
         [service, id, gridBefore]() -> Status {
             if (Status s = service->placeBuilding(id, false, {}); !s)
                 return s;
             return service->assignBuilding(id, gridBefore);
         });
}

void GridMapEditor::buildingMenu(qint64 buildingId, const QPoint &at)
{
    const MapBuilding *b = mScene->map().building(buildingId);
    if (!b)
        return;
    mScene->selectBuilding(buildingId);
    QMenu menu(this);
    QMenu *assign = menu.addMenu(tr("Assign to grid"));
    assign->setEnabled(canEdit());
    auto service = std::make_shared<GridMapService>(mDb, mSession);
    const qint64 before = b->gridId;
    const QString name = b->fullName();
    for (const MapGrid &g : mScene->map().grids) {
        QAction *a = assign->addAction(g.name);
        a->setCheckable(true);
        a->setChecked(g.id == before);
        const qint64 gridId = g.id;
        const QString gridName = g.name;
        connect(a, &QAction::triggered, this, [=] {
            edit(tr("Assign %1 to %2").arg(name, gridName), [=] { return service->assignBuilding(buildingId, gridId); },
                 [=] { return service->assignBuilding(buildingId, before); });
        });
    }
    const QPointF position = b->position;
    const QPolygonF outline = b->footprint;
    QAction *remove = menu.addAction(tr("Take off the map"), this, [=] {
        edit(tr("Take %1 off the map").arg(name), [=] { return service->placeBuilding(buildingId, false, {}); },
             [=] { return service->placeBuilding(buildingId, true, position, outline); });
    });
    remove->setEnabled(canEdit());
    menu.exec(at);
}

void GridMapEditor::gridMenu(qint64 gridId, const QPoint &at)
{
    const MapGrid *g = mScene->map().grid(gridId);
    if (!g)
        return;
    const MapGrid grid = *g;
    auto service = std::make_shared<GridMapService>(mDb, mSession);
    QMenu menu(this);
    menu.addAction(tr("Open %1 in the roster").arg(grid.name), this, [this, gridId] { emit openRoster(mCommunityId, gridId, 0); });
    QAction *rename = menu.addAction(tr("Rename…"), this, [=] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename grid"), tr("Name:"), QLineEdit::Normal, grid.name, &ok);
        if (ok && name != grid.name)
            edit(tr("Rename %1").arg(grid.name), [=] { return service->renameGrid(gridId, grid.code, name); },
                 [=] { return service->renameGrid(gridId, grid.code, grid.name); });
    });
    QList<qint64> inside;
    for (const MapBuilding &b : mScene->map().buildings)
        if (b.placed && b.gridId != gridId && grid.shape.containsPoint(b.position, Qt::OddEvenFill))
            inside << b.id;
    QHash<qint64, qint64> previous;
    for (qint64 b : inside)
        previous.insert(b, mScene->map().building(b)->gridId);
    QAction *take = menu.addAction(tr("Assign the %n building(s) inside to this grid", nullptr, int(inside.size())), this, [=] {
        edit(tr("Assign buildings to %1").arg(grid.name),
             [=]() -> Status {
                 for (qint64 b : inside)
                     if (Status s = service->assignBuilding(b, gridId); !s)
                         return s;
                 return success();
             },
             [=]() -> Status {
                 for (qint64 b : inside)
                     if (Status s = service->assignBuilding(b, previous.value(b)); !s)
                         return s;
                 return success();
             });
    });
    take->setEnabled(canEdit() && !inside.isEmpty());
    menu.addSeparator();
    QList<qint64> members;
    for (const MapBuilding &b : mScene->map().buildings)
        if (b.gridId == gridId)
            members << b.id;
    auto id = std::make_shared<qint64>(gridId);
    QAction *remove = menu.addAction(tr("Delete the grid…"), this, [=] {
        if (QMessageBox::question(this, tr("Delete grid"),
                                  tr("Delete %1? Its %2 buildings stay in the roster, in no grid. You can undo this.")
                                      .arg(grid.name).arg(members.size())) != QMessageBox::Yes)
            return;
        edit(tr("Delete %1").arg(grid.name), [=] { return service->removeGrid(*id); },
             [=]() -> Status {
                 const Result<qint64> again = service->addGrid(mCommunityId, grid.code, grid.name, grid.shape);
                 if (!again)
                     return again.errors();
                 *id = again.value();
                 for (qint64 b : members)
                     if (Status s = service->assignBuilding(b, *id); !s)
                         return s;
                 return success();
             });
    });
    rename->setEnabled(canEdit());
    remove->setEnabled(canEdit());
    menu.exec(at);
}

void GridMapEditor::printPoster()
{
    QPrinter printer(QPrinter::HighResolution);
    MapPoster::preparePage(&printer, QPageSize::A4);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the map"));
    const CommunityMap map = mScene->map();
    const MapLayerValues values = mScene->layer();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [map, values](QPrinter *p) { MapPoster::paint(map, values, QDate::currentDate(), p); });
    preview.resize(1000, 760);
    preview.exec();
}

void GridMapEditor::exportPoster()
{
    QStringList sizes = {tr("A4 landscape"), tr("A3 landscape")};
    bool ok = false;
    const QString size = QInputDialog::getItem(this, tr("Save the map as PDF"), tr("Paper:"), sizes, 0, false, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the map as PDF"),
                                                      MapPoster::title(mScene->map()) + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<int> written = MapPoster::writePdf(mScene->map(), mScene->layer(), QDate::currentDate(),
                                                    size == sizes.at(1) ? QPageSize::A3 : QPageSize::A4, path);
    if (!written)
        QMessageBox::warning(this, tr("Save the map as PDF"), written.errorText());
    else
        emit message(tr("The map was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void GridMapEditor::exportGeoJson()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export GeoJSON"), mScene->map().communityName + QStringLiteral(".geojson"),
                                                      tr("GeoJSON (*.geojson *.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray json = GeoJson::exportMap(mScene->map());
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export GeoJSON"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    emit message(tr("The map was exported to %1.").arg(QDir::toNativeSeparators(path)));
}

std::optional<QByteArray> GridMapEditor::chooseFile(const QString &title, const QString &filter, int maxMegabytes)
{
    const QString path = QFileDialog::getOpenFileName(this, title, QString(), filter);
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > qint64(maxMegabytes) * 1024 * 1024) {
        QMessageBox::warning(this, title, tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    return file.readAll();
}

void GridMapEditor::importGeoJson()
{
    const std::optional<QByteArray> json = chooseFile(tr("Import GeoJSON"), tr("GeoJSON (*.geojson *.json)"), 256);
    if (!json)
        return;
    const Result<GeoJsonImportSummary> result = GeoJson::importMap(mDb, mSession, mCommunityId, *json);
    if (!result) {
        QMessageBox::warning(this, tr("Import GeoJSON"), result.errorText());
        return;
    }
    const GeoJsonImportSummary &s = result.value();
    QString text = tr("%1 features read: %2 grids created, %3 updated; %4 buildings created, %5 updated, %6 assigned to grids; %7 skipped.")
                       .arg(s.features).arg(s.gridsCreated).arg(s.gridsUpdated).arg(s.buildingsCreated).arg(s.buildingsUpdated)
                       .arg(s.buildingsAssigned).arg(s.skipped);
    if (!s.problems.isEmpty())
        text += QStringLiteral("\n\n") + s.problems.mid(0, 10).join(QLatin1Char('\n'));
    // An import is many edits at once; it is not on the undo stack, so say so.
    mUndo->clear();
    reload();
    mView->fitMap();
    QMessageBox::information(this, tr("Import GeoJSON"), text + QStringLiteral("\n\n") + tr("An import cannot be undone with Undo."));
}

void GridMapEditor::chooseBackground()
{
    const std::optional<QByteArray> chosen = chooseFile(tr("Site plan underlay"), tr("Images (*.png *.jpg *.jpeg)"), 64);
    if (!chosen)
        return;
    const QByteArray data = *chosen;
    const QImage image = QImage::fromData(data);
    if (image.isNull()) {
        QMessageBox::warning(this, tr("Site plan underlay"), tr("The file is not a PNG or JPEG image that can be read."));
        return;
    }
    // Scaled so the plan spans the drawn map's width, a sensible start the user can adjust.
    const QRectF bounds = mScene->map().bounds();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Site plan underlay"));
    auto *form = new QFormLayout(&dialog);
    auto *width = new QDoubleSpinBox;
    width->setRange(10, 20000);
    width->setSuffix(tr(" m"));
    width->setValue(std::max(100.0, bounds.width()));
    auto *opacity = new QDoubleSpinBox;
    opacity->setRange(5, 100);
    opacity->setSuffix(QStringLiteral(" %"));
    opacity->setValue(60);
    // Where the plan's top-left corner lies on the map, so a scan can be lined up with the grids.
    auto *left = new QDoubleSpinBox;
    auto *top = new QDoubleSpinBox;
    for (QDoubleSpinBox *edge : {left, top}) {
        edge->setRange(-20000, 20000);
        edge->setSuffix(tr(" m"));
    }
    left->setValue(bounds.left());
    top->setValue(bounds.top());
    form->addRow(tr("The plan's width on the ground:"), width);
    form->addRow(tr("Its left edge on the map:"), left);
    form->addRow(tr("Its top edge on the map:"), top);
    form->addRow(tr("Opacity:"), opacity);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    MapBackground after;
    after.image = data;
    after.origin = QPointF(left->value(), top->value());
    after.metresPerPixel = width->value() / image.width();
    after.opacity = opacity->value() / 100.0;
    const MapBackground before = mScene->map().background;
    auto service = std::make_shared<GridMapService>(mDb, mSession);
    const qint64 community = mCommunityId;
    edit(tr("Set the site plan"), [=] { return service->setBackground(community, after); },
         [=] { return service->setBackground(community, before); });
}

} // namespace jy
