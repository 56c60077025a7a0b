#include "grids/mapscene.h"
#include "grids/mappainter.h"

#include <QCursor>
#include <QGraphicsPixmapItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QPen>
#include <QPixmap>

namespace jy {

namespace {
constexpr double kHandle = 3.0; // metres
} // namespace

// A corner of the selected grid, dragged to reshape it.
class VertexHandle : public QGraphicsRectItem
{
public:
    VertexHandle(GridShapeItem *grid, int index);

protected:
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    GridShapeItem *mGrid;
    int mIndex;
};

class GridShapeItem : public QGraphicsPolygonItem
{
public:
    GridShapeItem(GridMapScene *scene, const MapGrid &grid, int index)
        : QGraphicsPolygonItem(grid.shape), mScene(scene), mId(grid.id), mIndex(index)
    {
        setFlag(ItemIsSelectable, scene->editable());
        setZValue(0);
        setData(0, grid.id);
        mLabel = new QGraphicsSimpleTextItem(grid.name, this);
        QFont font = mLabel->font();
        font.setPixelSize(9);
        mLabel->setFont(font);
        mLabel->setBrush(QColor(0x1F, 0x3A, 0x5F));
        const QRectF box = grid.shape.boundingRect();
        mLabel->setPos(box.center().x() - mLabel->boundingRect().width() / 2, box.top() + 1);
        mLabel->setZValue(3);
    }
    qint64 id() const { return mId; }
    void recolour(const MapLayerValues &values)
    {
        QColor fill = values.layer == MapLayer::None ? MapPainter::gridColour(mIndex)
                                                     : MapPainter::layerColour(values.byGrid.value(mId), values.maxGrid);
        fill.setAlphaF(values.layer == MapLayer::None ? 0.45 : 0.55);
        setBrush(fill);
        QPen pen(QColor(0x33, 0x55, 0x77), 0, Qt::DashLine);
        pen.setCosmetic(true);
        pen.setWidthF(1.2);
        setPen(pen);
    }
    void moveVertex(int index, const QPointF &to)
    {
        QPolygonF shape = polygon();
        if (index < 0 || index >= shape.size())
            return;
        shape[index] = to;
        emit mScene->gridReshaped(mId, shape);
    }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        if (change == ItemSelectedHasChanged) {
            qDeleteAll(mHandles);
            mHandles.clear();
            if (value.toBool() && mScene->editable())
                for (int i = 0; i < polygon().size(); ++i)
                    mHandles.append(new VertexHandle(this, i));
        }
        return QGraphicsPolygonItem::itemChange(change, value);
    }
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override
    {
        emit mScene->gridContextMenu(mId, event->screenPos());
    }

private:
    GridMapScene *mScene;
    qint64 mId;
    int mIndex;
    QGraphicsSimpleTextItem *mLabel = nullptr;
    QList<VertexHandle *> mHandles;
};

VertexHandle::VertexHandle(GridShapeItem *grid, int index)
    : QGraphicsRectItem(-kHandle / 2, -kHandle / 2, kHandle, kHandle, grid), mGrid(grid), mIndex(index)
{
    setPos(grid->polygon().at(index));
    setBrush(Qt::white);
    QPen pen(QColor(0x1F, 0x3A, 0x5F));
    pen.setCosmetic(true);
    setPen(pen);
    setFlag(ItemIsMovable);
    setZValue(10);
    setCursor(Qt::SizeAllCursor);
}

void VertexHandle::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsRectItem::mouseReleaseEvent(event);
    if (pos() != mGrid->polygon().at(mIndex))
        mGrid->moveVertex(mIndex, pos());
}

class BuildingItem : public QGraphicsPolygonItem
{
public:
    BuildingItem(GridMapScene *scene, const MapBuilding &b) : mScene(scene), mId(b.id)
    {
        // Drawn around the origin and placed at the building's position, so a drag is a move.
        const QPolygonF outline = b.footprint.size() >= 3 ? b.footprint.translated(-b.position)
                                                          : QPolygonF(QRectF(-5, -5, 10, 10));
        setPolygon(outline);
        setPos(b.position);
        setFlag(ItemIsSelectable);
        setFlag(ItemIsMovable, scene->editable());
        setZValue(2);
        setData(0, b.id);
        setToolTip(b.fullName());
        auto *label = new QGraphicsSimpleTextItem(b.number, this);
        QFont font = label->font();
        font.setPixelSize(7);
        label->setFont(font);
        label->setPos(-label->boundingRect().width() / 2, -label->boundingRect().height() / 2);
        label->setAcceptedMouseButtons(Qt::NoButton);
    }
    qint64 id() const { return mId; }
    void recolour(const MapLayerValues &values)
    {
        setBrush(values.layer == MapLayer::None ? QColor(0xF7, 0xF7, 0xF7)
                                                : MapPainter::layerColour(values.byBuilding.value(mId), values.maxBuilding));
        QPen pen(QColor(0x44, 0x44, 0x44));
        pen.setCosmetic(true);
        setPen(pen);
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override
    {
        mPressedAt = pos();
        QGraphicsPolygonItem::mousePressEvent(event);
    }
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override
    {
        QGraphicsPolygonItem::mouseReleaseEvent(event);
        if (pos() != mPressedAt)
            emit mScene->buildingMoved(mId, pos() - mPressedAt);
    }
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override
    {
        emit mScene->buildingContextMenu(mId, event->screenPos());
    }

private:
    GridMapScene *mScene;
    qint64 mId;
    QPointF mPressedAt;
};

GridMapScene::GridMapScene(QObject *parent) : QGraphicsScene(parent)
{
    // Thousands of static items: an index makes hit tests and partial repaints cheap.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

void GridMapScene::setMap(const CommunityMap &map, bool editable)
{
    clear();
    mGrids.clear();
    mBuildings.clear();
    mBackground = nullptr;
    mMap = map;
    mEditable = editable;
    if (!map.background.image.isEmpty()) {
        QPixmap plan;
        if (plan.loadFromData(map.background.image)) {
            mBackground = addPixmap(plan);
            mBackground->setTransformationMode(Qt::SmoothTransformation);
            mBackground->setScale(map.background.metresPerPixel);
            mBackground->setPos(map.background.origin);
            mBackground->setOpacity(map.background.opacity);
            mBackground->setZValue(-10);
        }
    }
    for (int i = 0; i < map.grids.size(); ++i) {
        if (map.grids.at(i).shape.size() < 3)
            continue;
        auto *item = new GridShapeItem(this, map.grids.at(i), i);
        addItem(item);
        mGrids.insert(map.grids.at(i).id, item);
    }
    for (const MapBuilding &b : map.buildings) {
        if (!b.placed)
            continue;
        auto *item = new BuildingItem(this, b);
        addItem(item);
        mBuildings.insert(b.id, item);
    }
    setSceneRect(map.bounds().adjusted(-200, -200, 200, 200));
    recolour();
}

void GridMapScene::setLayer(const MapLayerValues &values)
{
    mLayer = values;
    recolour();
}

void GridMapScene::recolour()
{
    for (GridShapeItem *g : std::as_const(mGrids))
        g->recolour(mLayer);
    for (BuildingItem *b : std::as_const(mBuildings))
        b->recolour(mLayer);
}

qint64 GridMapScene::selectedBuilding() const
{
    for (QGraphicsItem *item : selectedItems())
        if (auto *b = dynamic_cast<BuildingItem *>(item))
            return b->id();
    return 0;
}

qint64 GridMapScene::selectedGrid() const
{
    for (QGraphicsItem *item : selectedItems())
        if (auto *g = dynamic_cast<GridShapeItem *>(item))
            return g->id();
    return 0;
}

void GridMapScene::selectBuilding(qint64 id)
{
    clearSelection();
    if (BuildingItem *b = mBuildings.value(id))
        b->setSelected(true);
}

void GridMapScene::selectGrid(qint64 id)
{
    clearSelection();
    if (GridShapeItem *g = mGrids.value(id))
        g->setSelected(true);
}

} // namespace jy
