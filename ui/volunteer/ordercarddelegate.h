#pragma once
#include <QDateTime>
#include <QStyledItemDelegate>

namespace jy {

struct OrderCard;

// Paints an order as a card: number and waiting time, requester with age and care tags
// (独居, 残疾 …), the service, the volunteer. An overdue card gets a red edge and red time.
// Every card has the same height, so a view of thousands of cards never measures them.
class OrderCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "waiting 3 days", "waiting 5 h": how long the order has been in its state.
    static QString waitingText(const QDateTime &since, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // For tests and screenshots: a fixed "now".
    void setNow(const QDateTime &now) { mNow = now; }

private:
    QDateTime mNow;
};

} // namespace jy
