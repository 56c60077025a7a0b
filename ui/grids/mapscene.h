#pragma once
#include "grids/gridmap.h"
#include "grids/maplayers.h"

#include <QGraphicsScene>
#include <QHash>

namespace jy {

class BuildingItem;
class GridShapeItem;

// The community's map as graphics items, in metres. Items report what the user did with them
// (a building dragged, a grid's corner moved); the editor turns that into undoable commands
// and reloads, so the scene never holds an edit the database does not.
class GridMapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit GridMapScene(QObject *parent = nullptr);

    void setMap(const CommunityMap &map, bool editable);
    void setLayer(const MapLayerValues &values);
    const CommunityMap &map() const { return mMap; }
    const MapLayerValues &layer() const { return mLayer; }
    bool editable() const { return mEditable; }

    qint64 selectedBuilding() const;
    qint64 selectedGrid() const;
    void selectBuilding(qint64 id);
    void selectGrid(qint64 id);

signals:
    void buildingMoved(qint64 buildingId, const QPointF &delta);
    void gridReshaped(qint64 gridId, const QPolygonF &shape);
    void buildingContextMenu(qint64 buildingId, const QPoint &screenPos);
    void gridContextMenu(qint64 gridId, const QPoint &screenPos);

private:
    friend class BuildingItem;
    friend class GridShapeItem;
    void recolour();

    CommunityMap mMap;
    MapLayerValues mLayer;
    bool mEditable = false;
    QGraphicsPixmapItem *mBackground = nullptr;
    QHash<qint64, GridShapeItem *> mGrids;
    QHash<qint64, BuildingItem *> mBuildings;
};

} // namespace jy
