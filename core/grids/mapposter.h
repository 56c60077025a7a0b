#pragma once
#include "common/result.h"
#include "grids/gridmap.h"
#include "grids/maplayers.h"

#include <QDate>
#include <QPageSize>

class QPagedPaintDevice;

namespace jy {

// The grid map as a poster for the office wall: one landscape page (A4 or A3) with a title,
// the map, a legend of grids or of the thematic layer's classes, the community and the date.
class MapPoster
{
public:
    static void preparePage(QPagedPaintDevice *device, QPageSize::PageSizeId size);
    static int paint(const CommunityMap &map, const MapLayerValues &values, const QDate &date, QPagedPaintDevice *device);
    static Result<int> writePdf(const CommunityMap &map, const MapLayerValues &values, const QDate &date,
                                QPageSize::PageSizeId size, const QString &path);
    static QString title(const CommunityMap &map);
};

} // namespace jy
