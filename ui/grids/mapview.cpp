#include "grids/mapview.h"

#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace jy {

GridMapView::GridMapView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundBrush(QColor(0xFA, 0xFA, 0xF7));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
}

void GridMapView::setTool(Tool tool)
{
    clearSketch();
    mTool = tool;
    setDragMode(tool == Tool::Select ? QGraphicsView::ScrollHandDrag : QGraphicsView::NoDrag);
    viewport()->setCursor(tool == Tool::Select ? Qt::OpenHandCursor : Qt::CrossCursor);
    emit toolChanged(tool);
}

void GridMapView::fitMap()
{
    mAutoFit = true;
    if (!scene())
        return;
    QRectF content = scene()->itemsBoundingRect();
    if (content.isEmpty())
        content = scene()->sceneRect();
    fitInView(content.adjusted(-15, -15, 15, 15), Qt::KeepAspectRatio);
}

void GridMapView::zoomBy(double factor)
{
    const double current = transform().m11();
    // From a whole street down to a single stairwell.
    if ((factor > 1 && current > 40) || (factor < 1 && current < 0.02))
        return;
    mAutoFit = false;
    scale(factor, factor);
}

void GridMapView::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void GridMapView::mousePressEvent(QMouseEvent *event)
{
    if (mTool == Tool::Select || event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    const QPointF where = mapToScene(event->position().toPoint());
    if (mTool == Tool::PlaceBuilding) {
        emit placeRequested(where);
        return;
    }
    mSketch.append(where);
    if (!mSketchItem) {
        mSketchItem = scene()->addPath(QPainterPath());
        QPen pen(QColor(0xC0, 0x39, 0x2B), 0, Qt::DashLine);
        pen.setCosmetic(true);
        pen.setWidthF(1.5);
        mSketchItem->setPen(pen);
        mSketchItem->setZValue(20);
    }
    mouseMoveEvent(event);
}

void GridMapView::mouseMoveEvent(QMouseEvent *event)
{
    if (mTool == Tool::DrawGrid && mSketchItem && !mSketch.isEmpty()) {
        QPainterPath path;
        path.addPolygon(mSketch);
        path.lineTo(mapToScene(event->position().toPoint()));
        mSketchItem->setPath(path);
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GridMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (mTool == Tool::DrawGrid) {
        finishDrawing();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GridMapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (mTool == Tool::DrawGrid) {
            finishDrawing();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (mTool != Tool::Select) {
            setTool(Tool::Select);
            return;
        }
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void GridMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (mAutoFit)
        fitMap();
}

void GridMapView::finishDrawing()
{
    QPolygonF shape = mSketch;
    // The double-click's own press added the last corner twice.
    while (shape.size() > 1 && QLineF(shape.last(), shape.at(shape.size() - 2)).length() < 0.5)
        shape.removeLast();
    setTool(Tool::Select);
    if (shape.size() >= 3)
        emit gridDrawn(shape);
}

void GridMapView::clearSketch()
{
    mSketch.clear();
    delete mSketchItem;
    mSketchItem = nullptr;
}

} // namespace jy
