#pragma once
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QStringList>

namespace jy {

class Database;
class Session;

// What the order board and lists may narrow orders down to.
struct OrderFilter
{
    qint64 communityId = 0;   // branch store; 0: all
    qint64 categoryId = 0;
    qint64 volunteerId = 0;
    QDate from;               // submitted on or after (local date)
    QDate to;                 // submitted on or before
};

// One card on the board: enough to recognise the order and see what it needs.
struct OrderCard
{
    qint64 id = 0;
    QString number;
    QString requester;
    int age = -1;             // -1: unknown (not on the roster, or no birth date)
    QStringList careTags;     // 独居, 残疾 … of the resident
    QString item;
    QString category;
    QString state;
    QDateTime stateSince;     // UTC
    QDateTime createdAt;      // UTC
    QString volunteer;
    QString channel;
    bool overdue = false;
};

// The order board's reads: counts per state and pages of one column, each through an index,
// so a column of thousands of orders loads page by page. Open states list the longest waiting
// first; closed ones (rated, rejected, cancelled) the most recent first.
class OrderBoard
{
public:
    // Every community's orders: the command line's and the tests' view.
    explicit OrderBoard(Database &db) : mDb(db) {}
    // Only the orders the session may see: its community's (Scope), whatever the filter asks.
    OrderBoard(Database &db, const Session &session) : mDb(db), mSession(&session) {}

    QMap<QString, int> counts(const OrderFilter &filter) const;
    QList<OrderCard> cards(const QString &state, const OrderFilter &filter, int offset, int limit,
                           const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The page after a card already shown (nullptr: the first page). Seeks by the card's place
    // in the order instead of counting rows, so a page deep in a long column costs as little
    // as the first.
    QList<OrderCard> cardsAfter(const QString &state, const OrderFilter &filter, const OrderCard *last, int limit,
                                const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    static bool newestFirst(const QString &state);

private:
    QList<OrderCard> page(const QString &state, const OrderFilter &filter, const OrderCard *last, int offset, int limit,
                          const QDateTime &now) const;

    Database &mDb;
    const Session *mSession = nullptr;
};

} // namespace jy
