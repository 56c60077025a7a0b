#pragma once
#include "common/result.h"
#include "grids/gridmap.h"

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QTreeWidget;
class QUndoStack;

namespace jy {

class Database;
class GridMapScene;
class GridMapView;
class Session;

// The map tab: one community's grids and buildings to look at, colour by a theme, edit with
// undo, print as a poster, and exchange as GeoJSON.
class GridMapEditor : public QWidget
{
    Q_OBJECT

public:
    GridMapEditor(Database &db, const Session &session, QWidget *parent = nullptr);

    void setCommunity(qint64 communityId);
    qint64 communityId() const { return mCommunityId; }
    void reload();
    QUndoStack *undoStack() const { return mUndo; }
    GridMapScene *scene() const { return mScene; }
    GridMapView *view() const { return mView; }
    QComboBox *layerBox() const { return mLayer; }

    // One undoable edit through the map service; false (and a message) when the service refuses.
    bool edit(const QString &text, std::function<Status()> redo, std::function<Status()> undo);
    void printPoster();
    void exportPoster();
    void exportGeoJson();
    void importGeoJson();
    void chooseBackground();

signals:
    void openRoster(qint64 communityId, qint64 gridId, qint64 buildingId);
    void message(const QString &text);

private:
    void buildToolBar(QWidget *bar);
    void refreshLayer();
    void refreshUnplaced();
    void showBuilding(qint64 buildingId);
    void onGridDrawn(const QPolygonF &shape);
    void onPlace(const QPointF &where);
    void buildingMenu(qint64 buildingId, const QPoint &at);
    void gridMenu(qint64 gridId, const QPoint &at);
    bool canEdit() const;
    // The contents of a file the user picks, or nothing (after saying why) when it cannot be read
    // or is larger than any file of its kind should be.
    std::optional<QByteArray> chooseFile(const QString &title, const QString &filter, int maxMegabytes);

    Database &mDb;
    const Session &mSession;
    qint64 mCommunityId = 0;
    qint64 mShownBuilding = 0;
    QUndoStack *mUndo = nullptr;
    GridMapScene *mScene = nullptr;
    GridMapView *mView = nullptr;
    QComboBox *mLayer = nullptr;
    QComboBox *mUnplaced = nullptr;
    QListWidget *mLegend = nullptr;
    QLabel *mInfoTitle = nullptr;
    QTreeWidget *mInfo = nullptr;
    QList<QAction *> mEditActions;
};

} // namespace jy
