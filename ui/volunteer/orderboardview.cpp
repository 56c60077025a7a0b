#include "volunteer/orderboardview.h"
#include "db/dberror.h"
#include "volunteer/ordercolumnmodel.h"
#include "volunteer/ordercolumnview.h"
#include "volunteer/orderworkflow.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QListView>
#include <QSplitter>

namespace jy {

OrderBoardView::OrderBoardView(Database &db, const Session &session, QWidget *parent, int pageSize)
    : QScrollArea(parent), mBoard(db, session)
{
    setObjectName(QStringLiteral("board"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    const Workflow &workflow = volunteerOrderWorkflow();
    mStates = workflow.states();
    const QStringList ends = {order_state::Rejected, order_state::Cancelled};

    auto *inner = new QWidget;
    auto *row = new QHBoxLayout(inner);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    auto *endStack = new QSplitter(Qt::Vertical);
    endStack->setChildrenCollapsible(false);
    for (const QString &state : mStates) {
        auto *model = new OrderColumnModel(db, session, state, this, pageSize);
        auto *column = new OrderColumnView(model, workflow.stateName(state));
        mColumns.insert(state, column);
        mLists << column->list();
        if (ends.contains(state))
            endStack->addWidget(column);
        else
            row->addWidget(column, 1);
        QListView *list = column->list();
        list->installEventFilter(this);
        list->viewport()->installEventFilter(this);
        connect(model, &OrderColumnModel::moveRequested, this, &OrderBoardView::moveRequested, Qt::QueuedConnection);
        connect(model, &OrderColumnModel::loadFailed, this, &OrderBoardView::loadFailed);
        connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, list](const QModelIndex &index) { setCurrent(list, index); });
        connect(list, &QWidget::customContextMenuRequested, this, [this, list](const QPoint &pos) {
            const QModelIndex index = list->indexAt(pos);
            if (!index.isValid())
                return;
            list->setCurrentIndex(index);
            emit contextMenuRequested(list->viewport()->mapToGlobal(pos));
        });
        // Not QAbstractItemView::activated: some styles activate on a single click, and a
        // menu at every click would be a nuisance. Enter is handled in eventFilter.
        connect(list, &QAbstractItemView::doubleClicked, this, [this, list](const QModelIndex &index) {
            setCurrent(list, index);
            emit activated(mCurrentId);
        });
    }
    row->addWidget(endStack, 1);
    setWidget(inner);
}

OrderColumnModel *OrderBoardView::model(const QString &state) const
{
    OrderColumnView *c = mColumns.value(state);
    return c ? c->model() : nullptr;
}

OrderColumnView *OrderBoardView::column(const QString &state) const
{
    return mColumns.value(state);
}

void OrderBoardView::reload(const OrderFilter &filter)
{
    mFilter = filter;
    refresh(mStates);
    for (QListView *list : std::as_const(mLists))
        list->scrollToTop();
    // Something is always selected when there is something: the keyboard starts there and
    // the detail panel is not blank for no reason.
    if (!mCurrentId)
        for (QListView *list : std::as_const(mLists))
            if (list->model()->rowCount() > 0) {
                list->setCurrentIndex(list->model()->index(0, 0));
                setCurrent(list, list->currentIndex());
                break;
            }
}

void OrderBoardView::refresh(const QStringList &states)
{
    QMap<QString, int> counts;
    try {
        counts = mBoard.counts(mFilter);
    } catch (const DbError &error) {
        emit loadFailed(error.message());
    }
    const qint64 keepId = mCurrentId;
    const QString keepState = mCurrentState;
    mQuiet = true;
    for (const QString &state : mStates) {
        OrderColumnView *c = mColumns.value(state);
        if (states.contains(state) || counts.value(state) != c->model()->totalCount())
            c->model()->reset(mFilter, counts.value(state));
        c->updateHeader();
    }
    mQuiet = false;
    // The selection follows the order when it is still on the board (it may have moved).
    if (keepId && !select(keepId, keepState)) {
        bool found = false;
        for (const QString &state : states)
            if (state != keepState && select(keepId, state)) {
                found = true;
                break;
            }
        if (!found) {
            mCurrentId = 0;
            mCurrentState.clear();
            emit currentOrderChanged(0);
        }
    }
}

bool OrderBoardView::select(qint64 orderId, const QString &state)
{
    OrderColumnView *c = mColumns.value(state);
    const int row = c ? c->model()->rowOf(orderId) : -1;
    if (row < 0)
        return false;
    QListView *list = c->list();
    list->setCurrentIndex(c->model()->index(row));
    list->scrollTo(c->model()->index(row));
    setCurrent(list, c->model()->index(row));
    return true;
}

void OrderBoardView::setCurrent(QListView *list, const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto *model = static_cast<OrderColumnModel *>(list->model());
    // One card selected on the whole board.
    for (QListView *other : std::as_const(mLists))
        if (other != list)
            other->selectionModel()->clear();
    list->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    const qint64 id = index.data(OrderColumnModel::OrderIdRole).toLongLong();
    if (id == mCurrentId && model->state() == mCurrentState)
        return;
    mCurrentId = id;
    mCurrentState = model->state();
    emit currentOrderChanged(id);
}

void OrderBoardView::setCurrentOrder(qint64 orderId, const QString &state)
{
    if (select(orderId, state))
        return;
    for (QListView *list : std::as_const(mLists))
        list->selectionModel()->clear();
    mCurrentId = orderId;
    mCurrentState = state;
    emit currentOrderChanged(orderId);
}

QPoint OrderBoardView::currentCardPos() const
{
    OrderColumnView *c = mColumns.value(mCurrentState);
    if (!c)
        return mapToGlobal(rect().center());
    const QModelIndex index = c->list()->currentIndex();
    const QRect r = c->list()->visualRect(index);
    return c->list()->viewport()->mapToGlobal(r.isValid() ? r.center() : QPoint(0, 0));
}

void OrderBoardView::focusNeighbour(QListView *from, int step)
{
    int i = int(mLists.indexOf(from));
    // Skip empty columns: Left/Right lands on the next card there is.
    for (i += step; i >= 0 && i < mLists.size(); i += step) {
        QListView *list = mLists.at(i);
        if (list->model()->rowCount() == 0)
            continue;
        list->setFocus(Qt::TabFocusReason);
        const QModelIndex index = list->currentIndex().isValid() ? list->currentIndex() : list->model()->index(0, 0);
        list->setCurrentIndex(index);
        setCurrent(list, index);
        ensureWidgetVisible(list->parentWidget());
        return;
    }
}

bool OrderBoardView::eventFilter(QObject *watched, QEvent *event)
{
    // The column under a dragged card lights up when the card may be dropped there.
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragLeave || event->type() == QEvent::Drop) {
        for (OrderColumnView *c : std::as_const(mColumns)) {
            if (c->list()->viewport() != watched)
                continue;
            bool on = false;
            if (event->type() == QEvent::DragEnter) {
                const auto *drag = static_cast<QDragEnterEvent *>(event);
                on = c->model()->canDropMimeData(drag->mimeData(), Qt::MoveAction, -1, -1, {});
            }
            c->setDropTarget(on);
        }
    }

    auto *list = qobject_cast<QListView *>(watched);
    if (list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // Up/Down move within a column (the list does that); Left/Right move between columns.
        if (key->modifiers() == Qt::NoModifier && (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right)) {
            focusNeighbour(list, key->key() == Qt::Key_Left ? -1 : 1);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && list->currentIndex().isValid()) {
            setCurrent(list, list->currentIndex());
            emit activated(mCurrentId);
            return true;
        }
    }
    if (list && event->type() == QEvent::FocusIn && !mQuiet && list->currentIndex().isValid())
        setCurrent(list, list->currentIndex());
    return QScrollArea::eventFilter(watched, event);
}

} // namespace jy
