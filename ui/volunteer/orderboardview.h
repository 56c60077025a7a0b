#pragma once
#include "volunteer/orderboard.h"

#include <QMap>
#include <QScrollArea>

class QListView;

namespace jy {

class Database;
class Session;
class OrderColumnModel;
class OrderColumnView;

// The kanban: one column per state in workflow order, the two end states (rejected,
// cancelled) sharing the last column. It shows and selects; the page decides what a drop or
// a key means. One card is selected across all columns.
class OrderBoardView : public QScrollArea
{
    Q_OBJECT

public:
    OrderBoardView(Database &db, const Session &session, QWidget *parent = nullptr, int pageSize = 100);

    // Counts every column in one query and reloads each column's first page.
    void reload(const OrderFilter &filter);
    // After a step: fresh counts for every header, fresh cards in the named columns.
    void refresh(const QStringList &states);
    const OrderFilter &filter() const { return mFilter; }

    OrderColumnModel *model(const QString &state) const;
    OrderColumnView *column(const QString &state) const;
    QStringList states() const { return mStates; }

    qint64 currentOrderId() const { return mCurrentId; }
    QString currentState() const { return mCurrentState; }
    // Selects the card if it is loaded in its column; false otherwise.
    bool select(qint64 orderId, const QString &state);
    // Makes the order current even when its card is not loaded (deep in a long column):
    // the detail panel and the Actions menu still follow it.
    void setCurrentOrder(qint64 orderId, const QString &state);
    // The current card's rectangle in global coordinates (for a menu at the card).
    QPoint currentCardPos() const;

signals:
    void currentOrderChanged(qint64 orderId);
    void moveRequested(qint64 orderId, const QString &fromState, const QString &toState);
    void contextMenuRequested(const QPoint &globalPos);
    void activated(qint64 orderId);
    void loadFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setCurrent(QListView *list, const QModelIndex &index);
    void focusNeighbour(QListView *from, int step);

    OrderBoard mBoard;
    OrderFilter mFilter;
    QStringList mStates;
    QMap<QString, OrderColumnView *> mColumns;
    QList<QListView *> mLists; // in keyboard order
    qint64 mCurrentId = 0;
    QString mCurrentState;
    bool mQuiet = false;
};

} // namespace jy
