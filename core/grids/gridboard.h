#pragma once
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace jy {

class Database;

struct GridBoardStaff
{
    QString role;
    QString name;
    QString phone;
};

// 网格公示牌: what a stairwell card tells residents — the grid, the buildings it covers, and
// who to call. Phones are printed in full: being reachable is the card's purpose.
struct GridBoardCard
{
    QString communityName;
    QString gridCode;
    QString gridName;
    QStringList buildings;           // "万科魅力之城 1栋、2栋、3栋"
    QList<GridBoardStaff> staff;     // in the roles' order (网格长 first)
    QString hotline;                 // the community office's number, if known
};

class GridBoard
{
public:
    static QList<GridBoardCard> cards(Database &db, qint64 communityId);
    // One A4 portrait card per page.
    static void preparePage(QPagedPaintDevice *device);
    static int paint(const QList<GridBoardCard> &cards, const QDate &date, QPagedPaintDevice *device);
    static Result<int> writePdf(const QList<GridBoardCard> &cards, const QDate &date, const QString &path);
};

} // namespace jy
