#include "volunteer/orderservice.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "residents/phonenumber.h"
#include "volunteer/catalogue.h"
#include "volunteer/orderworkflow.h"
#include "volunteer/pointsservice.h"
#include "volunteer/supermarketsettings.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::OrderService", text); }
const QString kEntity = QStringLiteral("service_order");
QString stamp(const QDateTime &at) { return at.toUTC().toString(Qt::ISODate); }
QDateTime utc(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}
QDateTime orNow(const QDateTime &at) { return at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc(); }
} // namespace

OrderService::OrderService(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> OrderService::submit(const ServiceOrder &input, const QDateTime &atInput)
{
    using R = Result<qint64>;
    if (!mSession.can(Permission::PlaceOrders))
        return R::fail(QString(), tr("Your role (%1) may not register orders.").arg(Session::roleName(mSession.role())));
    const QDateTime at = orNow(atInput);
    ServiceOrder o = input;
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    if (o.residentId) {
        QSqlQuery r = sql::exec(conn, QStringLiteral("SELECT name, phone, community_id FROM resident WHERE id = ?"), {o.residentId});
        if (!r.next()) {
            errors.append({QStringLiteral("requester"), tr("The resident is not on the roster.")});
        } else {
            o.requesterName = r.value(0).toString();
            if (o.requesterPhone.isEmpty())
                o.requesterPhone = r.value(1).toString();
            if (!o.communityId)
                o.communityId = r.value(2).toLongLong();
        }
    }
    o.requesterName = o.requesterName.trimmed();
    if (o.requesterName.isEmpty())
        errors.append({QStringLiteral("requester"), tr("Choose the resident, or enter the caller's name.")});
    if (!o.requesterPhone.trimmed().isEmpty()) {
        const PhoneCheck phone = PhoneNumber::check(o.requesterPhone);
        if (phone.valid)
            o.requesterPhone = phone.normalized;
        else
            errors.append({QStringLiteral("phone"), phone.reason});
    }
    if (!o.communityId || !sql::scalar(conn, QStringLiteral("SELECT id FROM community WHERE id = ?"), {o.communityId}).isValid())
        errors.append({QStringLiteral("community"), tr("Choose the community (branch store) the order belongs to.")});
    else if (Status inScope = Scope::community(mSession, o.communityId); !inScope)
        errors.append({QStringLiteral("community"), inScope.errorText()});
    const QVariant active = sql::scalar(conn, QStringLiteral("SELECT i.active * c.active FROM service_item i "
                                                             "JOIN service_category c ON c.id = i.category_id WHERE i.id = ?"), {o.itemId});
    if (!active.isValid())
        errors.append({QStringLiteral("item"), tr("Choose a service from the catalogue.")});
    else if (!active.toBool())
        errors.append({QStringLiteral("item"), tr("This service has been taken off the shelf.")});
    if (o.channel != order_channel::Counter && o.channel != order_channel::Phone && o.channel != order_channel::GridWorker)
        errors.append({QStringLiteral("channel"), tr("Choose how the order came in: counter, phone or grid worker.")});
    if (!errors.isEmpty())
        return errors;

    const Workflow &workflow = volunteerOrderWorkflow();
    Transaction tx(mDb);
    const QString day = at.toLocalTime().date().toString(QStringLiteral("yyyyMMdd"));
    // A range, not LIKE 'yyyyMMdd%': SQLite's LIKE does not use the number's index.
    const int seq = sql::scalar(conn, QStringLiteral("SELECT count(*) FROM service_order WHERE number >= ? AND number < ?"),
                                {day, day + QLatin1Char(':')}).toInt() + 1;
    o.number = day + QStringLiteral("%1").arg(seq, 4, 10, QLatin1Char('0'));
    o.state = workflow.initialState();
    const qint64 id = sql::insert(conn, QStringLiteral(
        "INSERT INTO service_order (number, community_id, resident_id, requester_name, requester_phone, item_id, address, "
        "wished_at, notes, channel, state, state_since, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {o.number, o.communityId, sql::nullableId(o.residentId), o.requesterName, sql::nullableText(o.requesterPhone), o.itemId,
         sql::nullableText(o.address.trimmed()), sql::nullableText(o.wishedAt.isValid() ? stamp(o.wishedAt) : QString()),
         sql::nullableText(o.notes.trimmed()), o.channel, o.state, stamp(at), stamp(at), mSession.user()});
    CaseHistory::record(mDb, workflow.kind(), id, QStringLiteral("submit"), QString(), o.state, mSession.user(),
                        {{QStringLiteral("channel"), o.channel}}, at);
    if (mAuditEachStep)
        AuditLog::record(mDb, mSession, QStringLiteral("create"), kEntity, id,
                         AuditLog::diff({}, {{QStringLiteral("number"), o.number}, {QStringLiteral("requester"), o.requesterName},
                                             {QStringLiteral("item_id"), o.itemId}, {QStringLiteral("channel"), o.channel}}));
    tx.commit();
    return id;
}

Result<const Transition *> OrderService::stepTo(qint64 orderId, const QString &toState) const
{
    using R = Result<const Transition *>;
    const std::optional<ServiceOrder> order = find(orderId);
    if (!order)
        return R::fail(QString(), tr("The order no longer exists."));
    const Workflow &w = volunteerOrderWorkflow();
    const Transition *t = w.between(order->state, toState);
    if (!t)
        return R::fail(QString(), tr("An order cannot go from %1 to %2.").arg(w.stateName(order->state), w.stateName(toState)));
    if (!t->roles.contains(mSession.role()))
        return R::fail(QString(), tr("Your role (%1) may not take the step \"%2\".").arg(Session::roleName(mSession.role()), w.actionName(t->action)));
    return t;
}

Status OrderService::moveTo(qint64 orderId, const QString &toState, const QVariantMap &fields, const QDateTime &at)
{
    const Result<const Transition *> step = stepTo(orderId, toState);
    if (!step)
        return step.errors();
    return take(orderId, step.value()->action, fields, at);
}

Status OrderService::take(qint64 orderId, const QString &action, const QVariantMap &fields, const QDateTime &atInput)
{
    const std::optional<ServiceOrder> found = find(orderId);
    if (!found)
        return Status::fail(QString(), tr("The order no longer exists."));
    const ServiceOrder &order = *found;
    const Workflow &workflow = volunteerOrderWorkflow();
    const Result<const Transition *> allowed = workflow.check(order.state, action, mSession.role(), fields);
    if (!allowed)
        return allowed.errors();
    const Transition &t = *allowed.value();
    const QDateTime at = orNow(atInput);
    if (at < order.stateSince)
        return Status::fail(QString(), tr("A step cannot be dated before the order's previous step."));

    QSqlDatabase conn = mDb.connection();
    QVariantMap recorded;
    for (const RequiredField &f : t.required)
        recorded.insert(f.name, fields.value(f.name));
    QStringList sets = {QStringLiteral("state = ?"), QStringLiteral("state_since = ?")};
    QVariantList values = {t.to, stamp(at)};

    if (action == QLatin1String("dispatch")) {
        const qint64 volunteerId = fields.value(QStringLiteral("volunteer_id")).toLongLong();
        QSqlQuery v = sql::exec(conn, QStringLiteral("SELECT active, team_id, name FROM volunteer WHERE id = ?"), {volunteerId});
        if (!v.next())
            return Status::fail(QStringLiteral("volunteer_id"), tr("The volunteer does not exist."));
        if (!v.value(0).toBool())
            return Status::fail(QStringLiteral("volunteer_id"), tr("%1 no longer serves as a volunteer.").arg(v.value(2).toString()));
        qint64 teamId = fields.value(QStringLiteral("team_id")).toLongLong();
        if (!teamId)
            teamId = v.value(1).toLongLong();
        const qint64 shopId = fields.value(QStringLiteral("shop_id")).toLongLong();
        if (shopId && !sql::scalar(conn, QStringLiteral("SELECT id FROM partner_shop WHERE id = ?"), {shopId}).isValid())
            return Status::fail(QStringLiteral("shop_id"), tr("The shop does not exist."));
        sets << QStringLiteral("volunteer_id = ?") << QStringLiteral("team_id = ?") << QStringLiteral("shop_id = ?");
        values << volunteerId << sql::nullableId(teamId) << sql::nullableId(shopId);
        recorded.insert(QStringLiteral("volunteer"), v.value(2).toString());
    } else if (action == QLatin1String("decline")) {
        sets << QStringLiteral("volunteer_id = NULL") << QStringLiteral("team_id = NULL") << QStringLiteral("shop_id = NULL");
        recorded.insert(QStringLiteral("volunteer_id"), order.volunteerId);
    } else if (action == QLatin1String("complete")) {
        sets << QStringLiteral("hours = ?") << QStringLiteral("completed_at = ?");
        values << fields.value(QStringLiteral("hours")).toString().toDouble() << stamp(at);
    } else if (action == QLatin1String("rate")) {
        const QString feedback = fields.value(QStringLiteral("feedback")).toString().trimmed();
        sets << QStringLiteral("rating = ?") << QStringLiteral("feedback = ?");
        values << fields.value(QStringLiteral("rating")).toString().toInt() << sql::nullableText(feedback);
        if (!feedback.isEmpty())
            recorded.insert(QStringLiteral("feedback"), feedback);
    }

    Transaction tx(mDb);
    // The state in the WHERE clause makes a step taken twice at once (two desks) fail cleanly.
    QSqlQuery update = sql::exec(conn, QStringLiteral("UPDATE service_order SET %1 WHERE id = ? AND state = ?").arg(sets.join(QStringLiteral(", "))),
                                 values + QVariantList{orderId, order.state});
    if (update.numRowsAffected() != 1)
        return Status::fail(QString(), tr("Someone else changed this order meanwhile; look at it again."));
    CaseHistory::record(mDb, workflow.kind(), orderId, action, order.state, t.to, mSession.user(), recorded, at);
    if (action == QLatin1String("complete"))
        PointsService::creditCompletedOrder(mDb, mSession, orderId, at);
    if (mAuditEachStep) {
        QVariantMap after = recorded;
        after.insert(QStringLiteral("state"), t.to);
        AuditLog::record(mDb, mSession, action, kEntity, orderId, AuditLog::diff({{QStringLiteral("state"), order.state}}, after));
    }
    tx.commit();
    return success();
}

std::optional<ServiceOrder> OrderService::find(qint64 id) const
{
    // An order outside the account's community is not there for it, like a missing one.
    QStringList where{QStringLiteral("o.id = ?")};
    QVariantList values{id};
    Scope::restrictList(mSession, where, values, QStringLiteral("o.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral(
        "SELECT id, number, community_id, resident_id, requester_name, requester_phone, item_id, address, wished_at, notes, "
        "channel, state, state_since, volunteer_id, team_id, shop_id, hours, rating, feedback, created_at, created_by, completed_at "
        "FROM service_order o WHERE %1").arg(where.join(QStringLiteral(" AND "))), values);
    if (!q.next())
        return std::nullopt;
    ServiceOrder o;
    o.id = q.value(0).toLongLong();
    o.number = q.value(1).toString();
    o.communityId = q.value(2).toLongLong();
    o.residentId = q.value(3).toLongLong();
    o.requesterName = q.value(4).toString();
    o.requesterPhone = q.value(5).toString();
    o.itemId = q.value(6).toLongLong();
    o.address = q.value(7).toString();
    o.wishedAt = utc(q.value(8));
    o.notes = q.value(9).toString();
    o.channel = q.value(10).toString();
    o.state = q.value(11).toString();
    o.stateSince = utc(q.value(12));
    o.volunteerId = q.value(13).toLongLong();
    o.teamId = q.value(14).toLongLong();
    o.shopId = q.value(15).toLongLong();
    o.hours = q.value(16).toDouble();
    o.rating = q.value(17).toInt();
    o.feedback = q.value(18).toString();
    o.createdAt = utc(q.value(19));
    o.createdBy = q.value(20).toString();
    o.completedAt = utc(q.value(21));
    return o;
}

QList<HistoryEntry> OrderService::history(qint64 id) const
{
    if (!mSession.unrestricted() && !find(id))
        return {};
    return CaseHistory::of(mDb, volunteerOrderWorkflow().kind(), id);
}

bool OrderService::isOverdue(const QString &state, const QDateTime &stateSince, const SupermarketSettings &settings, const QDateTime &now)
{
    const int hours = settings.overdueHours.value(state, 0);
    return hours > 0 && stateSince.isValid() && stateSince.secsTo(now) > qint64(hours) * 3600;
}

} // namespace jy
