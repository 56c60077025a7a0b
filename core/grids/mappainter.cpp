#include "grids/mappainter.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>

namespace jy {

QColor MapPainter::gridColour(int index)
{
    // ColorBrewer Set3: twelve light colours that stay apart in print.
    static const QRgb palette[] = {0x8DD3C7, 0xFFFFB3, 0xBEBADA, 0xFB8072, 0x80B1D3, 0xFDB462,
                                   0xB3DE69, 0xFCCDE5, 0xD9D9D9, 0xBC80BD, 0xCCEBC5, 0xFFED6F};
    return QColor::fromRgb(palette[std::abs(index) % 12]);
}

QColor MapPainter::layerColour(int value, int maximum)
{
    return QColor::fromRgb(MapLayers::colourFor(value, maximum));
}

QTransform MapPainter::fit(const QRectF &bounds, const QRectF &target)
{
    const QRectF b = bounds.adjusted(-10, -10, 10, 10);
    const double scale = std::min(target.width() / b.width(), target.height() / b.height());
    const QPointF offset = target.center() - QPointF(b.center().x() * scale, b.center().y() * scale);
    return QTransform(scale, 0, 0, scale, offset.x(), offset.y());
}

void MapPainter::paint(QPainter &p, const CommunityMap &map, const MapLayerValues &values, const QRectF &target, const QFont &labelFont)
{
    const QTransform toTarget = fit(map.bounds(), target);
    const double scale = toTarget.m11();
    p.save();
    p.setClipRect(target);
    p.setRenderHint(QPainter::Antialiasing);

    if (!map.background.image.isEmpty()) {
        const QImage plan = QImage::fromData(map.background.image);
        const QRectF where(map.background.origin, QSizeF(plan.width(), plan.height()) * map.background.metresPerPixel);
        p.setOpacity(map.background.opacity);
        p.drawImage(toTarget.mapRect(where), plan);
        p.setOpacity(1);
    }

    const bool byLayer = values.layer != MapLayer::None;
    for (int i = 0; i < map.grids.size(); ++i) {
        const MapGrid &g = map.grids.at(i);
        if (g.shape.size() < 3)
            continue;
        QColor fill = byLayer ? layerColour(values.byGrid.value(g.id), values.maxGrid) : gridColour(i);
        fill.setAlphaF(byLayer ? 0.55 : 0.45);
        p.setBrush(fill);
        p.setPen(QPen(QColor(0x33, 0x55, 0x77), std::max(1.0, 0.8 * scale), Qt::DashLine));
        p.drawPolygon(toTarget.map(g.shape));
    }

    QFont small = labelFont;
    p.setFont(small);
    for (const MapBuilding &b : map.buildings) {
        if (!b.placed)
            continue;
        const QColor fill = byLayer ? layerColour(values.byBuilding.value(b.id), values.maxBuilding) : QColor(0xF7, 0xF7, 0xF7);
        p.setBrush(fill);
        p.setPen(QPen(QColor(0x44, 0x44, 0x44), std::max(0.5, 0.3 * scale)));
        QRectF labelRect;
        if (b.footprint.size() >= 3) {
            const QPolygonF outline = toTarget.map(b.footprint);
            p.drawPolygon(outline);
            labelRect = outline.boundingRect();
        } else {
            const QPointF c = toTarget.map(b.position);
            const double r = std::max(3.0, 4 * scale);
            p.drawEllipse(c, r, r);
            labelRect = QRectF(c.x() - 8 * r, c.y() + r, 16 * r, 3 * r);
        }
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(labelRect, Qt::AlignCenter | Qt::TextDontClip, b.number);
    }

    // Grid names last, over everything, at each grid's centre.
    QFont heading = labelFont;
    heading.setPointSizeF(labelFont.pointSizeF() * 1.3);
    p.setFont(heading);
    for (const MapGrid &g : map.grids) {
        if (g.shape.size() < 3)
            continue;
        const QRectF box = toTarget.map(g.shape).boundingRect();
        const QRectF label(box.center().x() - box.width() / 2, box.top() + 2, box.width(), heading.pointSizeF() * 2.2);
        p.setPen(QColor(0x1F, 0x3A, 0x5F));
        p.drawText(label, Qt::AlignHCenter | Qt::AlignTop | Qt::TextDontClip, g.name);
    }
    p.restore();
}

} // namespace jy
