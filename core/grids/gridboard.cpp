#include "grids/gridboard.h"
#include "db/database.h"
#include "db/sql.h"
#include "reports/pdffile.h"
#include "reports/reportdocument.h"
#include "reports/reportpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QMap>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::GridBoard", text); }
constexpr int kResolution = 300;
} // namespace

QList<GridBoardCard> GridBoard::cards(Database &db, qint64 communityId)
{
    QSqlDatabase conn = db.connection();
    const QString community = sql::scalar(conn, QStringLiteral("SELECT name FROM community WHERE id = ?"), {communityId}).toString();
    QList<GridBoardCard> result;
    QSqlQuery g = sql::exec(conn, QStringLiteral("SELECT id, code, name FROM grid WHERE community_id = ? ORDER BY code"), {communityId});
    while (g.next()) {
        GridBoardCard card;
        card.communityName = community;
        card.gridCode = g.value(1).toString();
        card.gridName = g.value(2).toString();
        const qint64 gridId = g.value(0).toLongLong();
        // Buildings grouped by estate, in number order: "万科魅力之城 1栋、2栋".
        QMap<QString, QStringList> byEstate;
        QSqlQuery b = sql::exec(conn, QStringLiteral("SELECT e.name, b.number FROM grid_building gb JOIN building b ON b.id = gb.building_id "
                                                     "JOIN estate e ON e.id = b.estate_id WHERE gb.grid_id = ? "
                                                     "ORDER BY e.name, length(b.number), b.number"), {gridId});
        while (b.next())
            byEstate[b.value(0).toString()].append(tr("Building %1").arg(b.value(1).toString()));
        for (auto it = byEstate.cbegin(); it != byEstate.cend(); ++it)
            card.buildings.append(it.key() + QLatin1Char(' ') + it.value().join(QStringLiteral("、")));
        QSqlQuery s = sql::exec(conn, QStringLiteral("SELECT r.name, s.name, s.phone FROM grid_staff s JOIN grid_role r ON r.id = s.role_id "
                                                     "WHERE s.grid_id = ? ORDER BY r.sort_order, s.id"), {gridId});
        while (s.next())
            card.staff.append({s.value(0).toString(), s.value(1).toString(), s.value(2).toString()});
        result.append(card);
    }
    return result;
}

void GridBoard::preparePage(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

int GridBoard::paint(const QList<GridBoardCard> &cards, const QDate &date, QPagedPaintDevice *device)
{
    if (cards.isEmpty())
        return 0;
    QPainter p;
    if (!p.begin(device))
        return 0;
    const double mm = device->width() / 210.0;
    const QColor red(0xB2, 0x22, 0x22);
    QFont title(ReportPainter::headingFamily());
    title.setPointSizeF(30);
    QFont subtitle(ReportPainter::headingFamily());
    subtitle.setPointSizeF(16);
    QFont body(ReportPainter::bodyFamily());
    body.setPointSizeF(13);
    QFont bodyHei(ReportPainter::headingFamily());
    bodyHei.setPointSizeF(13);
    QFont small(ReportPainter::bodyFamily());
    small.setPointSizeF(10);

    for (int i = 0; i < cards.size(); ++i) {
        if (i > 0)
            device->newPage();
        const GridBoardCard &card = cards.at(i);
        const QRectF frame(15 * mm, 15 * mm, 180 * mm, 267 * mm);
        p.setPen(QPen(red, 1.6 * mm));
        p.setBrush(Qt::NoBrush);
        p.drawRect(frame);
        p.setPen(QPen(red, 0.4 * mm));
        p.drawRect(frame.adjusted(3 * mm, 3 * mm, -3 * mm, -3 * mm));

        // The banner: community and "网格公示牌".
        const QRectF banner(frame.left() + 3 * mm, frame.top() + 3 * mm, frame.width() - 6 * mm, 34 * mm);
        p.fillRect(banner, red);
        p.setPen(Qt::white);
        p.setFont(subtitle);
        p.drawText(banner.adjusted(0, 3 * mm, 0, 0), Qt::AlignHCenter | Qt::AlignTop, card.communityName);
        p.setFont(title);
        p.drawText(banner.adjusted(0, 0, 0, -3 * mm), Qt::AlignHCenter | Qt::AlignBottom, tr("Grid notice board"));

        double y = banner.bottom() + 10 * mm;
        const double left = frame.left() + 12 * mm;
        const double width = frame.width() - 24 * mm;
        p.setPen(Qt::black);
        p.setFont(subtitle);
        p.drawText(QRectF(left, y, width, 12 * mm), Qt::AlignHCenter | Qt::AlignVCenter,
                   tr("%1 (code %2)").arg(card.gridName, card.gridCode));
        y += 18 * mm;

        p.setFont(bodyHei);
        p.drawText(QRectF(left, y, width, 8 * mm), Qt::AlignLeft | Qt::AlignVCenter, tr("Buildings covered"));
        y += 9 * mm;
        p.setFont(body);
        const QString buildings = card.buildings.isEmpty() ? tr("(no buildings assigned yet)") : card.buildings.join(QLatin1Char('\n'));
        const QRectF buildingsRect = p.boundingRect(QRectF(left, y, width, 80 * mm), Qt::AlignLeft | Qt::TextWordWrap, buildings);
        p.drawText(QRectF(left, y, width, std::min(buildingsRect.height(), 80.0 * mm)), Qt::AlignLeft | Qt::TextWordWrap, buildings);
        y += std::min(buildingsRect.height(), 80.0 * mm) + 8 * mm;

        p.setFont(bodyHei);
        p.drawText(QRectF(left, y, width, 8 * mm), Qt::AlignLeft | Qt::AlignVCenter, tr("Your grid team"));
        y += 10 * mm;
        const double row = 11 * mm;
        const double roleW = width * 0.32, nameW = width * 0.28;
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.3 * mm));
        p.drawLine(QPointF(left, y), QPointF(left + width, y));
        for (const GridBoardStaff &s : card.staff) {
            if (y + row > frame.bottom() - 30 * mm)
                break;
            p.setPen(Qt::black);
            p.setFont(bodyHei);
            p.drawText(QRectF(left, y, roleW, row), Qt::AlignLeft | Qt::AlignVCenter, s.role);
            p.setFont(body);
            p.drawText(QRectF(left + roleW, y, nameW, row), Qt::AlignLeft | Qt::AlignVCenter, s.name);
            p.drawText(QRectF(left + roleW + nameW, y, width - roleW - nameW, row), Qt::AlignRight | Qt::AlignVCenter, s.phone);
            y += row;
            p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.3 * mm));
            p.drawLine(QPointF(left, y), QPointF(left + width, y));
        }
        if (card.staff.isEmpty()) {
            p.setPen(Qt::black);
            p.setFont(body);
            p.drawText(QRectF(left, y, width, row), Qt::AlignLeft | Qt::AlignVCenter, tr("(no staff assigned yet)"));
        }

        p.setPen(red);
        p.setFont(bodyHei);
        p.drawText(QRectF(left, frame.bottom() - 28 * mm, width, 10 * mm), Qt::AlignHCenter | Qt::AlignVCenter,
                   tr("Small matters stay in the grid, minor ones in the community, major ones in the street"));
        p.setPen(Qt::black);
        p.setFont(small);
        p.drawText(QRectF(left, frame.bottom() - 16 * mm, width, 8 * mm), Qt::AlignRight | Qt::AlignVCenter,
                   tr("%1    %2").arg(card.communityName, ReportDocument::formatDate(date)));
    }
    p.end();
    return int(cards.size());
}

Result<int> GridBoard::writePdf(const QList<GridBoardCard> &cards, const QDate &date, const QString &path)
{
    if (cards.isEmpty())
        return Result<int>::fail(QString(), tr("The community has no grids to print."));
    return writePdfFile(path, tr("Grid notice boards"), [&](QPdfWriter &writer) {
        preparePage(&writer);
        writer.setResolution(kResolution);
        return paint(cards, date, &writer);
    });
}

} // namespace jy
