#include "volunteer/pointsservice.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "common/conflict.h"
#include "common/registerhelpers.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "volunteer/catalogue.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::PointsService", text); }
QString stamp(const QDateTime &at) { return (at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate); }

// " AND …" limiting rows to what the session may read, by the community column given (rows of
// the street's head store, where it is NULL, are everyone's).
QString inScope(const Session &session, const QString &communityColumn, QVariantList &values)
{
    QStringList where;
    Scope::restrictListOrStreet(session, where, values, communityColumn);
    return where.isEmpty() ? QString() : QStringLiteral(" AND ") + where.join(QStringLiteral(" AND "));
}
} // namespace

PointsService::PointsService(Database &db, const Session &session) : mDb(db), mSession(session) {}

int PointsService::balance(qint64 volunteerId) const
{
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE volunteer_id = ?"),
                       {volunteerId}).toInt();
}

double PointsService::hours(qint64 volunteerId) const
{
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT COALESCE(SUM(hours), 0) FROM points_ledger WHERE volunteer_id = ?"),
                       {volunteerId}).toDouble();
}

qint64 PointsService::outstanding() const
{
    QVariantList values;
    const QString scope = inScope(mSession, QStringLiteral("v.community_id"), values);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT COALESCE(SUM(l.points), 0) FROM points_ledger l JOIN volunteer v ON v.id = l.volunteer_id "
                                                        "WHERE 1 = 1") + scope, values).toLongLong();
}

QList<LedgerEntry> PointsService::ledger(qint64 volunteerId) const
{
    QVariantList values{volunteerId};
    const QString scope = inScope(mSession, QStringLiteral("v.community_id"), values);
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral(
        "SELECT l.id, l.volunteer_id, l.kind, l.points, l.hours, l.order_id, l.redemption_id, l.reason, l.approved_by, l.at, l.actor "
        "FROM points_ledger l JOIN volunteer v ON v.id = l.volunteer_id WHERE l.volunteer_id = ?%1 ORDER BY l.at, l.id").arg(scope), values);
    QList<LedgerEntry> out;
    while (q.next()) {
        LedgerEntry e;
        e.id = q.value(0).toLongLong();
        e.volunteerId = q.value(1).toLongLong();
        e.kind = q.value(2).toString();
        e.points = q.value(3).toInt();
        e.hours = q.value(4).toDouble();
        e.orderId = q.value(5).toLongLong();
        e.redemptionId = q.value(6).toLongLong();
        e.reason = q.value(7).toString();
        e.approvedBy = q.value(8).toString();
        e.at = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        e.at.setTimeSpec(Qt::UTC);
        e.actor = q.value(10).toString();
        out << e;
    }
    return out;
}

Result<qint64> PointsService::adjust(qint64 volunteerId, int points, double hours, const QString &reason,
                                     const QString &approvedBy, const QDateTime &at)
{
    using R = Result<qint64>;
    if (!mSession.can(Permission::ManageSupermarket))
        return R::fail(QString(), tr("Your role (%1) may not adjust points.").arg(Session::roleName(mSession.role())));
    FieldErrors errors;
    if (reason.trimmed().isEmpty())
        errors.append({QStringLiteral("reason"), tr("Give the reason for the adjustment.")});
    if (approvedBy.trimmed().isEmpty())
        errors.append({QStringLiteral("approved_by"), tr("Name who approved the adjustment.")});
    if (points == 0 && hours == 0)
        errors.append({QStringLiteral("points"), tr("An adjustment changes points or hours.")});
    if (hours < 0)
        errors.append({QStringLiteral("hours"), tr("Service hours cannot be taken away; correct the order instead.")});
    if (!sql::scalar(mDb.connection(), QStringLiteral("SELECT id FROM volunteer WHERE id = ?"), {volunteerId}).isValid())
        errors.append({QStringLiteral("volunteer"), tr("The volunteer does not exist.")});
    if (!errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    const int before = balance(volunteerId);
    if (before + points < 0)
        return R::fail(QStringLiteral("points"), tr("The balance is %1 points; it cannot go below zero.").arg(before));
    const qint64 id = sql::insert(mDb.connection(), QStringLiteral(
        "INSERT INTO points_ledger (volunteer_id, kind, points, hours, reason, approved_by, at, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {volunteerId, ledger_kind::Adjust, points, hours, reason.trimmed(), approvedBy.trimmed(), stamp(at), mSession.user()});
    AuditLog::record(mDb, mSession, QStringLiteral("adjust"), QStringLiteral("points_ledger"), id,
                     {{QStringLiteral("volunteer_id"), volunteerId}, {QStringLiteral("points"), points}, {QStringLiteral("hours"), hours},
                      {QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("approved_by"), approvedBy.trimmed()}});
    tx.commit();
    return id;
}

bool PointsService::creditCompletedOrder(Database &db, const Session &session, qint64 orderId, const QDateTime &at)
{
    QSqlDatabase conn = db.connection();
    if (sql::scalar(conn, QStringLiteral("SELECT id FROM points_ledger WHERE order_id = ? AND kind = 'credit'"), {orderId}).isValid())
        return false;
    QSqlQuery q = sql::exec(conn, QStringLiteral(
        "SELECT o.volunteer_id, o.hours, i.points_rule, i.points, i.name FROM service_order o JOIN service_item i ON i.id = o.item_id "
        "WHERE o.id = ?"), {orderId});
    if (!q.next() || q.value(0).isNull())
        return false;
    ServiceItem item;
    item.pointsRule = q.value(2).toString();
    item.points = q.value(3).toInt();
    const double hours = q.value(1).toDouble();
    sql::exec(conn, QStringLiteral("INSERT INTO points_ledger (volunteer_id, kind, points, hours, order_id, reason, at, actor) "
                                   "VALUES (?, 'credit', ?, ?, ?, ?, ?, ?)"),
              {q.value(0), item.pointsFor(hours), hours, orderId, q.value(4), stamp(at), session.user()});
    return true;
}

Result<qint64> PointsService::saveEvent(const RedemptionEvent &input)
{
    using R = Result<qint64>;
    if (!mSession.can(Permission::ManageSupermarket))
        return R::fail(QString(), tr("Your role (%1) may not plan redemption events.").arg(Session::roleName(mSession.role())));
    RedemptionEvent e = input;
    e.name = e.name.trimmed();
    FieldErrors errors;
    if (e.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Name the event.")});
    if (!e.heldOn.isValid())
        errors.append({QStringLiteral("held_on"), tr("Give the event's date.")});
    if (Status scoped = reg::changeInScope(mDb, mSession, e.communityId,
                                           QStringLiteral("SELECT community_id FROM redemption_event WHERE id = ?"), e.id);
        !scoped)
        errors.append(scoped.errors());
    if (!errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    QSqlDatabase conn = mDb.connection();
    const QVariantList values = {sql::nullableId(e.communityId), e.name, e.heldOn.toString(Qt::ISODate), sql::nullableText(e.place)};
    qint64 id = e.id;
    if (id) {
        if (!reg::updateVersioned(conn, QStringLiteral("redemption_event"), QStringLiteral("community_id = ?, name = ?, held_on = ?, place = ?"), values, id,
                                  e.rowVersion))
            return reg::conflict(e.name);
    } else
        id = sql::insert(conn, QStringLiteral("INSERT INTO redemption_event (community_id, name, held_on, place) VALUES (?, ?, ?, ?)"), values);
    AuditLog::record(mDb, mSession, e.id ? QStringLiteral("update") : QStringLiteral("create"), QStringLiteral("redemption_event"), id,
                     {{QStringLiteral("name"), e.name}, {QStringLiteral("held_on"), e.heldOn.toString(Qt::ISODate)}});
    tx.commit();
    return id;
}

Result<qint64> PointsService::saveTier(const GiftTier &input)
{
    using R = Result<qint64>;
    if (!mSession.can(Permission::ManageSupermarket))
        return R::fail(QString(), tr("Your role (%1) may not change gift tiers.").arg(Session::roleName(mSession.role())));
    GiftTier g = input;
    g.name = g.name.trimmed();
    FieldErrors errors;
    if (g.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Name the gift.")});
    if (g.points <= 0)
        errors.append({QStringLiteral("points"), tr("A gift costs at least one point.")});
    if (g.stock < 0)
        errors.append({QStringLiteral("stock"), tr("Stock cannot be negative.")});
    if (sql::scalar(mDb.connection(), QStringLiteral("SELECT id FROM gift_tier WHERE event_id = ? AND name = ? AND id <> ?"),
                    {g.eventId, g.name, g.id})
            .isValid())
        errors.append({QStringLiteral("name"), tr("This event already has a gift named %1.").arg(g.name)});
    if (!sql::scalar(mDb.connection(), QStringLiteral("SELECT id FROM redemption_event WHERE id = ?"), {g.eventId}).isValid())
        errors.append({QStringLiteral("event"), tr("The redemption event does not exist.")});
    else if (Status scoped = reg::changeInScope(
                 mDb, mSession,
                 sql::scalar(mDb.connection(), QStringLiteral("SELECT community_id FROM redemption_event WHERE id = ?"), {g.eventId}).toLongLong(),
                 QStringLiteral("SELECT e.community_id FROM gift_tier g JOIN redemption_event e ON e.id = g.event_id WHERE g.id = ?"), g.id);
             !scoped)
        errors.append(scoped.errors());
    if (!errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    QSqlDatabase conn = mDb.connection();
    const QVariantList values = {g.eventId, g.name, g.points, g.stock, g.valueYuan};
    qint64 id = g.id;
    if (id) {
        if (!reg::updateVersioned(conn, QStringLiteral("gift_tier"), QStringLiteral("event_id = ?, name = ?, points = ?, stock = ?, value_yuan = ?"), values,
                                  id, g.rowVersion))
            return reg::conflict(g.name);
    } else
        id = sql::insert(conn, QStringLiteral("INSERT INTO gift_tier (event_id, name, points, stock, value_yuan) VALUES (?, ?, ?, ?, ?)"), values);
    AuditLog::record(mDb, mSession, g.id ? QStringLiteral("update") : QStringLiteral("create"), QStringLiteral("gift_tier"), id,
                     {{QStringLiteral("name"), g.name}, {QStringLiteral("points"), g.points}, {QStringLiteral("stock"), g.stock}});
    tx.commit();
    return id;
}

QList<RedemptionEvent> PointsService::events() const
{
    QVariantList values;
    const QString scope = inScope(mSession, QStringLiteral("community_id"), values);
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT id, community_id, name, held_on, place, row_version FROM redemption_event WHERE 1 = 1%1 "
                                                             "ORDER BY held_on DESC, id DESC").arg(scope), values);
    QList<RedemptionEvent> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toString(), q.value(5).toInt()});
    return out;
}

QList<GiftTier> PointsService::tiers(qint64 eventId) const
{
    QVariantList values{eventId};
    const QString scope = inScope(mSession, QStringLiteral("e.community_id"), values);
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT g.id, g.event_id, g.name, g.points, g.stock, g.value_yuan, g.row_version FROM gift_tier g "
                                                             "JOIN redemption_event e ON e.id = g.event_id WHERE g.event_id = ?%1 ORDER BY g.points, g.id")
                                                  .arg(scope), values);
    QList<GiftTier> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toInt(), q.value(5).toDouble(),
                    q.value(6).toInt()});
    return out;
}

Result<qint64> PointsService::redeem(qint64 eventId, qint64 tierId, qint64 volunteerId, int quantity, const QDateTime &at)
{
    using R = Result<qint64>;
    if (!mSession.can(Permission::RedeemPoints))
        return R::fail(QString(), tr("Your role (%1) may not hand out gifts.").arg(Session::roleName(mSession.role())));
    if (quantity < 1)
        return R::fail(QStringLiteral("quantity"), tr("Redeem at least one gift."));
    QSqlDatabase conn = mDb.connection();
    Transaction tx(mDb);
    QSqlQuery tier = sql::exec(conn, QStringLiteral("SELECT name, points, stock FROM gift_tier WHERE id = ? AND event_id = ?"), {tierId, eventId});
    if (!tier.next())
        return R::fail(QStringLiteral("tier"), tr("Choose a gift of this event."));
    const QString gift = tier.value(0).toString();
    const int cost = tier.value(1).toInt() * quantity;
    const int stock = tier.value(2).toInt();
    tier.finish();
    if (!sql::scalar(conn, QStringLiteral("SELECT id FROM volunteer WHERE id = ?"), {volunteerId}).isValid())
        return R::fail(QStringLiteral("volunteer"), tr("The volunteer does not exist."));
    if (stock < quantity)
        return R::fail(QStringLiteral("quantity"), tr("Only %1 of \"%2\" are left.").arg(stock).arg(gift));
    const int have = balance(volunteerId);
    if (have < cost)
        return R::fail(QStringLiteral("points"), tr("\"%1\" costs %2 points; the balance is %3.").arg(gift).arg(cost).arg(have));
    // Stock is taken with a guard, so two desks redeeming the last gift cannot both succeed.
    QSqlQuery take = sql::exec(conn, QStringLiteral("UPDATE gift_tier SET stock = stock - ?, row_version = row_version + 1 WHERE id = ? AND stock >= ?"), {quantity, tierId, quantity});
    if (take.numRowsAffected() != 1)
        return R::fail(QStringLiteral("quantity"), tr("\"%1\" ran out meanwhile.").arg(gift));
    const QString when = stamp(at);
    const qint64 id = sql::insert(conn, QStringLiteral("INSERT INTO redemption (event_id, tier_id, volunteer_id, quantity, points, at, actor) "
                                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  {eventId, tierId, volunteerId, quantity, cost, when, mSession.user()});
    sql::exec(conn, QStringLiteral("INSERT INTO points_ledger (volunteer_id, kind, points, redemption_id, reason, at, actor) "
                                   "VALUES (?, 'redeem', ?, ?, ?, ?, ?)"),
              {volunteerId, -cost, id, gift, when, mSession.user()});
    AuditLog::record(mDb, mSession, QStringLiteral("redeem"), QStringLiteral("redemption"), id,
                     {{QStringLiteral("volunteer_id"), volunteerId}, {QStringLiteral("gift"), gift},
                      {QStringLiteral("quantity"), quantity}, {QStringLiteral("points"), cost}});
    tx.commit();
    return id;
}

QList<RedemptionLine> PointsService::redemptions(qint64 eventId) const
{
    // At the street's own event an account sees the gifts of its community's volunteers.
    QVariantList values{eventId};
    const QString scope = inScope(mSession, QStringLiteral("e.community_id"), values);
    const QString volunteerScope = inScope(mSession, QStringLiteral("v.community_id"), values);
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral(
        "SELECT r.id, v.name, v.volunteer_no, g.name, r.quantity, r.points, r.at FROM redemption r "
        "JOIN volunteer v ON v.id = r.volunteer_id JOIN gift_tier g ON g.id = r.tier_id JOIN redemption_event e ON e.id = r.event_id "
        "WHERE r.event_id = ?%1%2 ORDER BY r.at, r.id").arg(scope, volunteerScope), values);
    QList<RedemptionLine> out;
    while (q.next()) {
        QDateTime at = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        at.setTimeSpec(Qt::UTC);
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toInt(), q.value(5).toInt(), at});
    }
    return out;
}

} // namespace jy
