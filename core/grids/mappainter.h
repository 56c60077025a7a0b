#pragma once
#include "grids/gridmap.h"
#include "grids/maplayers.h"

#include <QColor>
#include <QFont>

class QPainter;

namespace jy {

// Draws a community's map into a rectangle of any QPainter: the printed poster and the PDF
// use it, and its colours are the ones the map page uses on screen.
class MapPainter
{
public:
    static QColor gridColour(int index);   // a calm categorical palette, one colour per grid
    static QColor layerColour(int value, int maximum);
    // The transform that fits `map`'s bounds into `target`, keeping proportions.
    static QTransform fit(const QRectF &bounds, const QRectF &target);
    static void paint(QPainter &painter, const CommunityMap &map, const MapLayerValues &values, const QRectF &target,
                      const QFont &labelFont);
};

} // namespace jy
