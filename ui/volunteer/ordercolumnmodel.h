#pragma once
#include "volunteer/orderboard.h"

#include <QAbstractListModel>

namespace jy {

class Database;
class Session;

// One column of the order board: the orders in one state (open ones longest waiting first,
// closed ones newest first), loaded in pages as the view scrolls (canFetchMore/fetchMore), so a column of thousands of orders
// reads only what is shown. Cards are dragged out as order ids; a drop from another column
// is handed to whoever decides what it means (moveRequested), never applied here.
class OrderColumnModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { OrderIdRole = Qt::UserRole + 1, StateRole, OverdueRole };
    static constexpr int kPageSize = 100;
    static inline const QString kMimeType = QStringLiteral("application/x-jiayuan-order");

    OrderColumnModel(Database &db, const Session &session, QString state, QObject *parent = nullptr, int pageSize = kPageSize);

    const QString &state() const { return mState; }
    const OrderFilter &filter() const { return mFilter; }
    // How many orders the column holds under the filter (not how many are loaded).
    int totalCount() const { return mTotal; }
    int pageSize() const { return mPageSize; }
    int pagesLoaded() const { return mPagesLoaded; }

    // Drops the loaded cards and loads the first page again. total is the column's count
    // from OrderBoard::counts (one query for every column).
    void reset(const OrderFilter &filter, int total);

    const OrderCard *card(int row) const;
    int rowOf(qint64 orderId) const; // -1 when not loaded

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The order id and its state in a drag's data; 0 when it is not an order.
    static qint64 orderIdOf(const QMimeData *data, QString *state = nullptr);

signals:
    // A card from another column was dropped here. Emitted, not applied: the step may need a
    // dialog, which must not open inside the drag's own event loop.
    void moveRequested(qint64 orderId, const QString &fromState, const QString &toState);
    void loadFailed(const QString &message) const;

private:
    QString tooltip(const OrderCard &card) const;

    OrderBoard mBoard;
    QString mState;
    OrderFilter mFilter;
    QList<OrderCard> mCards;
    int mTotal = 0;
    int mPageSize;
    int mPagesLoaded = 0;
    bool mExhausted = false; // a short page came back: nothing more to fetch
};

} // namespace jy
