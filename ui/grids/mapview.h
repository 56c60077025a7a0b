#pragma once
#include <QGraphicsView>
#include <QPolygonF>

namespace jy {

// Pans with a drag on empty ground, zooms with the wheel around the pointer; in drawing mode
// clicks add the corners of a new grid (double-click or Enter to finish, Esc to stop), in
// placing mode a click says where a building goes.
class GridMapView : public QGraphicsView
{
    Q_OBJECT

public:
    enum class Tool { Select, DrawGrid, PlaceBuilding };

    explicit GridMapView(QWidget *parent = nullptr);
    void setTool(Tool tool);
    Tool tool() const { return mTool; }
    void fitMap();
    void zoomBy(double factor);

signals:
    void gridDrawn(const QPolygonF &shape);
    void placeRequested(const QPointF &where);
    void toolChanged(jy::GridMapView::Tool tool);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void finishDrawing();
    void clearSketch();

    Tool mTool = Tool::Select;
    bool mAutoFit = true;   // follow the window's size until the user zooms
    QPolygonF mSketch;
    QGraphicsPathItem *mSketchItem = nullptr;
};

} // namespace jy
