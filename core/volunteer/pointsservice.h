#pragma once
#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace jy {

class Database;
class Session;

namespace ledger_kind {
inline const QString Credit = QStringLiteral("credit");  // a completed order
inline const QString Redeem = QStringLiteral("redeem");  // a gift at a redemption event (negative)
inline const QString Adjust = QStringLiteral("adjust");  // a correction, with reason and approver
} // namespace ledger_kind

struct LedgerEntry
{
    qint64 id = 0;
    qint64 volunteerId = 0;
    QString kind;
    int points = 0;
    double hours = 0;
    qint64 orderId = 0;
    qint64 redemptionId = 0;
    QString reason;
    QString approvedBy;
    QDateTime at; // UTC
    QString actor;
};

struct RedemptionEvent
{
    qint64 id = 0;
    qint64 communityId = 0;   // 0: the street's head store
    QString name;             // "2026年“12.17”慈善日积分兑换"
    QDate heldOn;
    QString place;
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

struct GiftTier
{
    qint64 id = 0;
    qint64 eventId = 0;
    QString name;
    int points = 0;
    int stock = 0;            // what is left
    double valueYuan = 0;
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

// One line of a redemption list, as printed for signatures.
struct RedemptionLine
{
    qint64 id = 0;
    QString volunteerName;
    QString volunteerNo;
    QString gift;
    int quantity = 0;
    int points = 0;
    QDateTime at;
};

// Volunteer points: a ledger of credits, redemptions and adjustments. A balance is the sum of
// its ledger, never a stored number; nothing may take a balance below zero.
class PointsService
{
public:
    PointsService(Database &db, const Session &session);
    PointsService(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    int balance(qint64 volunteerId) const;
    double hours(qint64 volunteerId) const;
    QList<LedgerEntry> ledger(qint64 volunteerId) const;
    // All balances together: what the supermarket still owes in gifts.
    qint64 outstanding() const;

    // Points up or down with a reason and the person who approved it; hours may be added for
    // service recorded outside orders (e.g. from paper records).
    Result<qint64> adjust(qint64 volunteerId, int points, double hours, const QString &reason, const QString &approvedBy,
                          const QDateTime &at = {});

    Result<qint64> saveEvent(const RedemptionEvent &event);
    Result<qint64> saveTier(const GiftTier &tier);
    QList<RedemptionEvent> events() const;
    QList<GiftTier> tiers(qint64 eventId) const;
    // Takes the gift's points from the ledger and one from stock per piece, or refuses.
    Result<qint64> redeem(qint64 eventId, qint64 tierId, qint64 volunteerId, int quantity = 1, const QDateTime &at = {});
    QList<RedemptionLine> redemptions(qint64 eventId) const;

    // Called inside an order's completion: credits its points once. Returns false when the
    // order already has its credit (a retried completion).
    static bool creditCompletedOrder(Database &db, const Session &session, qint64 orderId, const QDateTime &at);

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
