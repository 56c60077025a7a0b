#include "governance/merchants.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "common/conflict.h"
#include "common/registerhelpers.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "pinyin/pinyin.h"
#include "residents/phonenumber.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::Merchants", text); }
const QString kEntity = QStringLiteral("merchant");

QVariantMap toMap(const Merchant &m)
{
    return {{QStringLiteral("community_id"), m.communityId}, {QStringLiteral("name"), m.name}, {QStringLiteral("owner"), m.owner},
            {QStringLiteral("phone"), m.phone},              {QStringLiteral("address"), m.address}, {QStringLiteral("business"), m.business},
            {QStringLiteral("model_shop"), m.modelShop},     {QStringLiteral("partner_shop_id"), m.partnerShopId},
            {QStringLiteral("list"), m.list},                {QStringLiteral("list_reason"), m.listReason}, {QStringLiteral("listed_on"), m.listedOn}};
}

const QString kSelect = QStringLiteral(
    "SELECT m.id, m.community_id, m.name, m.owner, m.phone, m.address, m.business, m.model_shop, m.partner_shop_id, m.list, m.list_reason, "
    "m.listed_on, c.name, s.name, m.row_version FROM merchant m JOIN community c ON c.id = m.community_id LEFT JOIN partner_shop s ON s.id = m.partner_shop_id");

Merchant fromQuery(const QSqlQuery &q)
{
    Merchant m;
    m.id = q.value(0).toLongLong();
    m.communityId = q.value(1).toLongLong();
    m.name = q.value(2).toString();
    m.owner = q.value(3).toString();
    m.phone = q.value(4).toString();
    m.address = q.value(5).toString();
    m.business = q.value(6).toString();
    m.modelShop = q.value(7).toBool();
    m.partnerShopId = q.value(8).toLongLong();
    m.list = q.value(9).toString();
    m.listReason = q.value(10).toString();
    m.listedOn = reg::date(q.value(11));
    m.communityName = q.value(12).toString();
    m.partnerShopName = q.value(13).toString();
    m.rowVersion = q.value(14).toInt();
    return m;
}

reg::Where whereOf(const RegisterFilter &f, const Session &session)
{
    reg::Where w;
    w.scope(session, QStringLiteral("m.community_id"));
    if (f.communityId)
        w.add(QStringLiteral("m.community_id = ?"), {f.communityId});
    if (f.kind == QLatin1String("model"))
        w.add(QStringLiteral("m.model_shop = 1"));
    else if (f.kind == QLatin1String("partner"))
        w.add(QStringLiteral("m.partner_shop_id IS NOT NULL"));
    if (!f.state.isEmpty())
        w.add(QStringLiteral("m.list = ?"), {f.state});
    w.text(f.text, {QStringLiteral("m.name"), QStringLiteral("m.owner"), QStringLiteral("m.business")});
    return w;
}
} // namespace

QStringList merchant_list::all() { return {None, Red, Black}; }
QString merchant_list::name(const QString &list)
{
    const char *text = list == None ? QT_TRANSLATE_NOOP("jy::Merchants", "not listed")
                     : list == Red ? QT_TRANSLATE_NOOP("jy::Merchants", "red list")
                     : list == Black ? QT_TRANSLATE_NOOP("jy::Merchants", "black list")
                                     : nullptr;
    return text ? QCoreApplication::translate("jy::Merchants", text) : list;
}

Merchants::Merchants(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> Merchants::save(const Merchant &input)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the merchants register")); !allowed)
        return allowed.errors();
    Merchant m = input;
    m.name = m.name.trimmed();
    m.owner = m.owner.trimmed();
    m.address = m.address.trimmed();
    m.business = m.business.trimmed();
    m.listReason = m.listReason.trimmed();
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    if (m.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the shop's name.")});
    if (!reg::communityExists(mDb, m.communityId))
        errors.append({QStringLiteral("community"), tr("Choose the community.")});
    else if (Status inScope = reg::inScope(mDb, mSession, m.communityId); !inScope)
        errors.append(inScope.errors());
    if (!m.phone.trimmed().isEmpty()) {
        const PhoneCheck phone = PhoneNumber::check(m.phone);
        if (phone.valid)
            m.phone = phone.normalized;
        else
            errors.append({QStringLiteral("phone"), phone.reason});
    } else {
        m.phone.clear();
    }
    if (m.partnerShopId && !sql::scalar(conn, QStringLiteral("SELECT id FROM partner_shop WHERE id = ?"), {m.partnerShopId}).isValid())
        errors.append({QStringLiteral("partner_shop"), tr("The affiliated shop does not exist.")});
    if (!merchant_list::all().contains(m.list)) {
        errors.append({QStringLiteral("list"), tr("Choose red list, black list or not listed.")});
    } else if (m.list == merchant_list::None) {
        m.listReason.clear();
        m.listedOn = QDate();
    } else {
        // Being named in public is only fair with the reason and the day it was decided.
        if (m.listReason.isEmpty())
            errors.append({QStringLiteral("list_reason"), tr("Say why the shop is on the %1.").arg(merchant_list::name(m.list))});
        if (!reg::plausible(m.listedOn))
            errors.append({QStringLiteral("listed_on"), tr("Enter the date the shop was put on the list.")});
    }
    if (!m.name.isEmpty() && sql::scalar(conn, QStringLiteral("SELECT id FROM merchant WHERE community_id = ? AND name = ? AND id <> ?"),
                                         {m.communityId, m.name, m.id}).isValid())
        errors.append({QStringLiteral("name"), tr("The community already has a merchant named %1.").arg(m.name)});
    if (!errors.isEmpty())
        return errors;
    const QVariantList values = {m.communityId, m.name, sql::nullableText(m.owner), sql::nullableText(m.phone), sql::nullableText(m.address),
                                 sql::nullableText(m.business), m.modelShop ? 1 : 0, sql::nullableId(m.partnerShopId), m.list,
                                 sql::nullableText(m.listReason), reg::date(m.listedOn), Pinyin::instance().sortKey(m.name)};
    Transaction tx(mDb);
    qint64 id = m.id;
    if (id) {
        const std::optional<Merchant> old = find(id);
        if (!old)
            return Result<qint64>::fail(QString(), tr("The merchant no longer exists."));
        if (!reg::updateVersioned(conn, QStringLiteral("merchant"),
                                  QStringLiteral("community_id = ?, name = ?, owner = ?, phone = ?, address = ?, business = ?, model_shop = ?, partner_shop_id = ?, list = ?, list_reason = ?, listed_on = ?, sort_key = ?"),
                                  values, id, m.rowVersion))
            return reg::conflict(old->name);
        AuditLog::record(mDb, mSession, QStringLiteral("update"), kEntity, id, AuditLog::diff(toMap(*old), toMap(m)));
    } else {
        id = sql::insert(conn, QStringLiteral("INSERT INTO merchant (community_id, name, owner, phone, address, business, model_shop, partner_shop_id, list, "
                                              "list_reason, listed_on, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), values);
        AuditLog::record(mDb, mSession, QStringLiteral("create"), kEntity, id, AuditLog::diff({}, toMap(m)));
    }
    tx.commit();
    return id;
}

Status Merchants::remove(qint64 id)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the merchants register")); !allowed)
        return allowed;
    const std::optional<Merchant> old = find(id);
    if (!old)
        return Status::fail(QString(), tr("The merchant no longer exists."));
    Transaction tx(mDb);
    sql::exec(mDb.connection(), QStringLiteral("DELETE FROM merchant WHERE id = ?"), {id});
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), kEntity, id, AuditLog::diff(toMap(*old), {}));
    tx.commit();
    return success();
}

std::optional<Merchant> Merchants::find(qint64 id) const
{
    const reg::Where w = reg::byId(mSession, QStringLiteral("m.id"), id, QStringLiteral("m.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + w.clause(), w.values);
    return reg::first(q, fromQuery);
}

QList<Merchant> Merchants::list(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + w.clause() + QStringLiteral(" ORDER BY m.sort_key, m.id") + reg::page(f), w.values);
    return reg::rows(q, fromQuery);
}

int Merchants::count(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM merchant m") + w.clause(), w.values).toInt();
}

} // namespace jy
