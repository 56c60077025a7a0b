#include "grids/mapposter.h"
#include "grids/mappainter.h"
#include "reports/pdffile.h"
#include "reports/reportdocument.h"
#include "reports/reportpainter.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::MapPoster", text); }
constexpr int kResolution = 300;
} // namespace

QString MapPoster::title(const CommunityMap &map)
{
    return tr("%1 grid map").arg(map.communityName);
}

void MapPoster::preparePage(QPagedPaintDevice *device, QPageSize::PageSizeId size)
{
    device->setPageLayout(QPageLayout(QPageSize(size), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
}

int MapPoster::paint(const CommunityMap &map, const MapLayerValues &values, const QDate &date, QPagedPaintDevice *device)
{
    QPainter p;
    if (!p.begin(device))
        return 0;
    const double mm = device->width() / device->pageLayout().fullRectPoints().width() * 72.0 / 25.4;
    const QRectF page(0, 0, device->width(), device->height());
    const QRectF inner = page.adjusted(12 * mm, 10 * mm, -12 * mm, -10 * mm);
    // A3 gets larger type, so the poster reads from the same distance.
    const double sizeFactor = device->pageLayout().fullRectPoints().width() > 1000 ? 1.4 : 1.0;

    QFont heading(ReportPainter::headingFamily());
    heading.setPointSizeF(20 * sizeFactor);
    QFont body(ReportPainter::bodyFamily());
    body.setPointSizeF(10 * sizeFactor);
    QFont label(ReportPainter::headingFamily());
    label.setPointSizeF(6.5 * sizeFactor);

    p.setPen(Qt::black);
    p.setFont(heading);
    const QRectF titleRect(inner.left(), inner.top(), inner.width(), 12 * mm * sizeFactor);
    p.drawText(titleRect, Qt::AlignCenter, title(map));
    p.setFont(body);
    const QString subtitle = values.layer == MapLayer::None ? tr("Grids and buildings")
                                                            : tr("Theme: %1").arg(MapLayers::name(values.layer));
    const QRectF subtitleRect(inner.left(), titleRect.bottom(), inner.width(), 7 * mm * sizeFactor);
    p.drawText(subtitleRect, Qt::AlignCenter, subtitle);

    const double legendWidth = 48 * mm * sizeFactor;
    const QRectF mapRect(inner.left(), subtitleRect.bottom() + 3 * mm, inner.width() - legendWidth - 5 * mm,
                         inner.bottom() - subtitleRect.bottom() - 12 * mm);
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.3 * mm));
    p.setBrush(Qt::NoBrush);
    p.drawRect(mapRect);
    MapPainter::paint(p, map, values, mapRect.adjusted(2 * mm, 2 * mm, -2 * mm, -2 * mm), label);

    // The legend: the grids' colours, or the layer's five classes with their ranges.
    QRectF legend(mapRect.right() + 5 * mm, mapRect.top(), legendWidth, mapRect.height());
    p.setPen(Qt::black);
    p.setFont(heading);
    QFont legendHeading(ReportPainter::headingFamily());
    legendHeading.setPointSizeF(11 * sizeFactor);
    p.setFont(legendHeading);
    double y = legend.top();
    const double line = 7 * mm * sizeFactor;
    p.drawText(QRectF(legend.left(), y, legend.width(), line), Qt::AlignLeft | Qt::AlignVCenter, tr("Legend"));
    y += line;
    p.setFont(body);
    auto swatch = [&](const QColor &colour, const QString &text) {
        if (y + line > legend.bottom())
            return;
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.2 * mm));
        p.setBrush(colour);
        p.drawRect(QRectF(legend.left(), y + line * 0.2, 8 * mm, line * 0.6));
        p.setPen(Qt::black);
        p.drawText(QRectF(legend.left() + 10 * mm, y, legend.width() - 10 * mm, line), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += line;
    };
    if (values.layer == MapLayer::None) {
        for (int i = 0; i < map.grids.size(); ++i) {
            QColor c = MapPainter::gridColour(i);
            c.setAlphaF(0.45);
            swatch(c, map.grids.at(i).name);
        }
    } else {
        // The same five classes MapLayers::colourFor draws with, by building.
        const int maximum = values.maxBuilding;
        swatch(MapPainter::layerColour(0, maximum), tr("none"));
        int from = 1;
        for (int k = 0; k < 5 && from <= maximum; ++k) {
            int to = from;
            while (to + 1 <= maximum && MapLayers::colourFor(to + 1, maximum) == MapLayers::colourFor(from, maximum))
                ++to;
            swatch(MapPainter::layerColour(from, maximum), from == to ? QString::number(from) : tr("%1 to %2").arg(from).arg(to));
            from = to + 1;
        }
        y += line * 0.5;
        p.drawText(QRectF(legend.left(), y, legend.width(), line * 2), Qt::AlignLeft | Qt::TextWordWrap,
                   tr("Buildings coloured by %1; grids by their total.").arg(MapLayers::name(values.layer)));
    }

    p.setFont(body);
    p.drawText(QRectF(inner.left(), inner.bottom() - 7 * mm, inner.width(), 7 * mm), Qt::AlignRight | Qt::AlignVCenter,
               tr("%1    Drawn on %2").arg(map.communityName, ReportDocument::formatDate(date)));
    p.drawText(QRectF(inner.left(), inner.bottom() - 7 * mm, inner.width(), 7 * mm), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("jy::MapPoster", "%n grid(s), %1 buildings on the map", nullptr, int(map.grids.size())).arg(map.placedBuildings()));
    p.end();
    return 1;
}

Result<int> MapPoster::writePdf(const CommunityMap &map, const MapLayerValues &values, const QDate &date,
                                QPageSize::PageSizeId size, const QString &path)
{
    return writePdfFile(path, title(map), [&](QPdfWriter &writer) {
        preparePage(&writer, size);
        writer.setResolution(kResolution);
        return paint(map, values, date, &writer);
    });
}

} // namespace jy
