#include "volunteer/ordercolumnmodel.h"
#include "db/dberror.h"
#include "volunteer/orderworkflow.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace jy {

OrderColumnModel::OrderColumnModel(Database &db, const Session &session, QString state, QObject *parent, int pageSize)
    : QAbstractListModel(parent), mBoard(db, session), mState(std::move(state)), mPageSize(qMax(1, pageSize))
{
}

void OrderColumnModel::reset(const OrderFilter &filter, int total)
{
    beginResetModel();
    mFilter = filter;
    mCards.clear();
    mTotal = qMax(0, total);
    mExhausted = mTotal == 0;
    endResetModel();
    // The first page at once: a column that is not scrolled still shows its oldest orders.
    if (canFetchMore({}))
        fetchMore({});
}

const OrderCard *OrderColumnModel::card(int row) const
{
    return row >= 0 && row < mCards.size() ? &mCards.at(row) : nullptr;
}

int OrderColumnModel::rowOf(qint64 orderId) const
{
    for (int i = 0; i < mCards.size(); ++i)
        if (mCards.at(i).id == orderId)
            return i;
    return -1;
}

int OrderColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mCards.size());
}

QVariant OrderColumnModel::data(const QModelIndex &index, int role) const
{
    const OrderCard *c = index.isValid() ? card(index.row()) : nullptr;
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        // What a screen reader or a keyboard search reads; the delegate paints the card.
        return QStringLiteral("%1 %2 %3").arg(c->number, c->requester, c->item);
    case Qt::ToolTipRole:
        return tooltip(*c);
    case OrderIdRole:
        return c->id;
    case StateRole:
        return c->state;
    case OverdueRole:
        return c->overdue;
    }
    return {};
}

QString OrderColumnModel::tooltip(const OrderCard &c) const
{
    QStringList lines;
    lines << tr("Order %1").arg(c.number);
    lines << tr("%1: %2").arg(c.category, c.item);
    if (!c.volunteer.isEmpty())
        lines << tr("Volunteer: %1").arg(c.volunteer);
    lines << tr("Submitted %1").arg(QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat));
    if (c.overdue)
        lines << tr("Waiting longer than the supermarket's rules allow");
    return lines.join(QLatin1Char('\n'));
}

Qt::ItemFlags OrderColumnModel::flags(const QModelIndex &index) const
{
    // Only the column itself takes drops: a card dropped "on" another card means the column.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

bool OrderColumnModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !mExhausted && mCards.size() < mTotal;
}

void OrderColumnModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<OrderCard> page;
    try {
        page = mBoard.cardsAfter(mState, mFilter, mCards.isEmpty() ? nullptr : &mCards.constLast(), mPageSize);
    } catch (const DbError &error) {
        mExhausted = true; // no retry storm from scrolling
        emit loadFailed(error.message());
        return;
    }
    ++mPagesLoaded;
    if (page.size() < mPageSize)
        mExhausted = true; // orders left the state since the count
    if (page.isEmpty())
        return;
    const int first = int(mCards.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    mCards += page;
    endInsertRows();
}

QStringList OrderColumnModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData *OrderColumnModel::mimeData(const QModelIndexList &indexes) const
{
    const OrderCard *c = indexes.isEmpty() ? nullptr : card(indexes.first().row());
    if (!c)
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << c->id << c->state;
    auto *data = new QMimeData;
    data->setData(kMimeType, bytes);
    data->setText(c->number);
    return data;
}

qint64 OrderColumnModel::orderIdOf(const QMimeData *data, QString *state)
{
    if (!data || !data->hasFormat(kMimeType))
        return 0;
    QDataStream in(data->data(kMimeType));
    qint64 id = 0;
    QString from;
    in >> id >> from;
    if (in.status() != QDataStream::Ok)
        return 0;
    if (state)
        *state = from;
    return id;
}

Qt::DropActions OrderColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions OrderColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool OrderColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    QString from;
    return action == Qt::MoveAction && orderIdOf(data, &from) > 0 && from != mState;
}

bool OrderColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QString from;
    const qint64 id = orderIdOf(data, &from);
    emit moveRequested(id, from, mState);
    // Not accepted as a move: the source column must not remove the card itself; the board
    // reloads both columns once the step has been taken.
    return false;
}

} // namespace jy
