#include "volunteer/ordercarddelegate.h"
#include "volunteer/ordercolumnmodel.h"
#include "volunteer/orderworkflow.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace jy {

namespace {

constexpr int kMargin = 4;   // around the card, inside the row
constexpr int kPadding = 8;  // inside the card
constexpr int kLines = 4;
const QColor kOverdue(0xc6, 0x28, 0x28);

} // namespace

QString OrderCardDelegate::waitingText(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return {};
    const qint64 minutes = qMax<qint64>(0, since.secsTo(now) / 60);
    if (minutes < 60)
        return tr("waiting %n min", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return tr("waiting %n h", nullptr, int(minutes / 60));
    return tr("waiting %n day(s)", nullptr, int(minutes / (24 * 60)));
}

QSize OrderCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return QSize(200, 2 * kMargin + 2 * kPadding + kLines * fm.height() + (kLines - 1) * 2);
}

void OrderCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const OrderColumnModel *>(index.model());
    const OrderCard *card = model ? model->card(index.row()) : nullptr;
    if (!card) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRectF box = QRectF(option.rect).adjusted(kMargin, kMargin / 2.0, -kMargin, -kMargin / 2.0);

    QPainterPath path;
    path.addRoundedRect(box, 5, 5);
    painter->fillPath(path, selected ? pal.color(QPalette::Highlight).lighter(185) : pal.color(QPalette::Base));
    painter->setPen(QPen(selected || focused ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 1.5 : 1));
    painter->drawPath(path);
    if (card->overdue) {
        // The red edge: seen from across the room, before any text is read.
        painter->save();
        painter->setClipPath(path);
        painter->fillRect(QRectF(box.left(), box.top(), 5, box.height()), kOverdue);
        painter->restore();
    }

    const QFont base = option.font;
    QFont small = base;
    if (base.pointSizeF() > 0)
        small.setPointSizeF(base.pointSizeF() * 0.9);
    else
        small.setPixelSize(qMax(8, base.pixelSize() * 9 / 10));
    QFont bold = base;
    bold.setBold(true);
    const QFontMetrics fm(base);
    const int lineH = fm.height() + 2;
    QRect line = box.toRect().adjusted(kPadding + (card->overdue ? 4 : 0), kPadding, -kPadding, 0);
    line.setHeight(fm.height());
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);

    // 1: number, and on the right how long it has waited — or, once nothing more can happen
    // to it (rated, rejected, cancelled), the day that happened.
    const bool closed = volunteerOrderWorkflow().available(card->state, Role::Admin).isEmpty();
    const QString waiting = closed ? QLocale().toString(card->stateSince.toLocalTime().date(), QStringLiteral("yyyy-MM-dd"))
                                   : waitingText(card->stateSince, mNow.isValid() ? mNow : QDateTime::currentDateTimeUtc());
    painter->setFont(small);
    painter->setPen(card->overdue ? kOverdue : muted);
    if (card->overdue) {
        QFont b = small;
        b.setBold(true);
        painter->setFont(b);
    }
    const int waitW = painter->fontMetrics().horizontalAdvance(waiting);
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, waiting);
    painter->setFont(small);
    painter->setPen(muted);
    // A narrow column keeps the number's tail: the date in front is the same for a day's orders.
    painter->drawText(line.adjusted(0, 0, -waitW - 6, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(card->number, Qt::ElideLeft, line.width() - waitW - 6));

    // 2: requester, age, care tags as small chips.
    line.translate(0, lineH);
    painter->setFont(bold);
    painter->setPen(text);
    QString who = card->requester;
    if (card->age >= 0)
        who += QLatin1Char(' ') + tr("%n yrs", "age of the requester", card->age);
    const int whoW = qMin(painter->fontMetrics().horizontalAdvance(who), line.width());
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, painter->fontMetrics().elidedText(who, Qt::ElideRight, line.width()));
    painter->setFont(small);
    int x = line.left() + whoW + 6;
    for (const QString &tag : card->careTags) {
        const int w = painter->fontMetrics().horizontalAdvance(tag) + 8;
        if (x + w > line.right())
            break;
        const QRectF chip(x, line.top() + 1, w, line.height() - 2);
        QPainterPath chipPath;
        chipPath.addRoundedRect(chip, 3, 3);
        painter->fillPath(chipPath, QColor(0xff, 0xec, 0xd2));
        painter->setPen(QColor(0x8a, 0x4b, 0x00));
        painter->drawText(chip, Qt::AlignCenter, tag);
        x += w + 3;
    }

    // 3: the service.
    line.translate(0, lineH);
    painter->setFont(base);
    painter->setPen(text);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(tr("%1 · %2").arg(card->category, card->item), Qt::ElideRight, line.width()));

    // 4: who serves, or that nobody does yet.
    line.translate(0, lineH);
    painter->setFont(small);
    painter->setPen(card->volunteer.isEmpty() ? muted : text);
    const QString volunteer = card->volunteer.isEmpty() ? tr("no volunteer yet") : tr("Volunteer: %1").arg(card->volunteer);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, painter->fontMetrics().elidedText(volunteer, Qt::ElideRight, line.width()));
    painter->restore();
}

} // namespace jy
