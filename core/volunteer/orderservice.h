#pragma once
#include "common/result.h"
#include "volunteer/serviceorder.h"
#include "workflow/workflow.h"

#include <QVariantMap>
#include <optional>

namespace jy {

class Database;
class Session;
struct SupermarketSettings;

// Orders from submission to rating, every step through the order workflow: refused steps come
// back as field errors, taken steps are written with a history entry and an audit entry in one
// transaction. Completion credits the volunteer's points exactly once.
class OrderService
{
public:
    OrderService(Database &db, const Session &session);
    OrderService(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Field errors: community, requester, item, channel, phone.
    Result<qint64> submit(const ServiceOrder &order, const QDateTime &at = {});
    // fields: reason (reject, cancel, decline), volunteer_id [team_id, shop_id] (dispatch),
    // hours and note (complete), rating [feedback] (rate).
    Status take(qint64 orderId, const QString &action, const QVariantMap &fields = {}, const QDateTime &at = {});
    // The step that leads to toState (dragging a card to a column), or a message why none does.
    Status moveTo(qint64 orderId, const QString &toState, const QVariantMap &fields = {}, const QDateTime &at = {});
    // What moveTo would do, without doing it: the transition, or why not.
    Result<const Transition *> stepTo(qint64 orderId, const QString &toState) const;

    std::optional<ServiceOrder> find(qint64 id) const;
    QList<HistoryEntry> history(qint64 id) const;

    // Waiting longer in its state than the settings allow (e.g. approved but not dispatched in 24 h).
    static bool isOverdue(const QString &state, const QDateTime &stateSince, const SupermarketSettings &settings,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Bulk loads (the demo) write one summary audit entry instead of one per step.
    void setAuditEachStep(bool on) { mAuditEachStep = on; }

private:
    Database &mDb;
    const Session &mSession;
    bool mAuditEachStep = true;
};

} // namespace jy
