#include "cobuilding/cobuildingunits.h"
#include "pinyin/pinyin.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "common/conflict.h"
#include "common/registerhelpers.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "residents/phonenumber.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::CoBuildingUnits", text); }
const QString kEntity = QStringLiteral("cobuilding_unit");

QVariantMap toMap(const CoBuildingUnit &u)
{
    return {{QStringLiteral("community_id"), u.communityId}, {QStringLiteral("name"), u.name}, {QStringLiteral("kind"), u.kind},
            {QStringLiteral("contact"), u.contact},          {QStringLiteral("phone"), u.phone}, {QStringLiteral("address"), u.address},
            {QStringLiteral("joined_on"), u.joinedOn},       {QStringLiteral("notes"), u.notes}};
}

const QString kColumns = QStringLiteral(
    "u.id, u.community_id, u.name, u.kind, u.contact, u.phone, u.address, u.joined_on, u.notes, c.name, "
    "(SELECT count(*) FROM cobuilding_member m WHERE m.unit_id = u.id AND m.active = 1), "
    "(SELECT max(a.valid_until) FROM cobuilding_agreement a WHERE a.unit_id = u.id), u.row_version");
const QString kFrom = QStringLiteral(" FROM cobuilding_unit u JOIN community c ON c.id = u.community_id");

CoBuildingUnit fromQuery(const QSqlQuery &q)
{
    CoBuildingUnit u;
    u.id = q.value(0).toLongLong();
    u.communityId = q.value(1).toLongLong();
    u.name = q.value(2).toString();
    u.kind = q.value(3).toString();
    u.contact = q.value(4).toString();
    u.phone = q.value(5).toString();
    u.address = q.value(6).toString();
    u.joinedOn = reg::date(q.value(7));
    u.notes = q.value(8).toString();
    u.communityName = q.value(9).toString();
    u.members = q.value(10).toInt();
    u.agreementUntil = reg::date(q.value(11));
    u.rowVersion = q.value(12).toInt();
    return u;
}

reg::Where whereOf(const RegisterFilter &f, const Session &session)
{
    reg::Where w;
    w.scope(session, QStringLiteral("u.community_id"));
    if (f.communityId)
        w.add(QStringLiteral("u.community_id = ?"), {f.communityId});
    if (!f.kind.isEmpty())
        w.add(QStringLiteral("u.kind = ?"), {f.kind});
    w.text(f.text, {QStringLiteral("u.name"), QStringLiteral("u.contact"), QStringLiteral("u.notes")});
    return w;
}

// A phone is optional; when given it must be one.
bool checkPhone(QString &phone, FieldErrors &errors)
{
    if (phone.trimmed().isEmpty()) {
        phone.clear();
        return true;
    }
    const PhoneCheck check = PhoneNumber::check(phone);
    if (!check.valid) {
        errors.append({QStringLiteral("phone"), check.reason});
        return false;
    }
    phone = check.normalized;
    return true;
}
} // namespace

QStringList unit_kind::all() { return {Government, Institution, Enterprise, SocialOrg}; }
QString unit_kind::name(const QString &kind)
{
    const char *text = kind == Government ? QT_TRANSLATE_NOOP("jy::CoBuildingUnits", "government body")
                     : kind == Institution ? QT_TRANSLATE_NOOP("jy::CoBuildingUnits", "public institution")
                     : kind == Enterprise ? QT_TRANSLATE_NOOP("jy::CoBuildingUnits", "enterprise")
                     : kind == SocialOrg ? QT_TRANSLATE_NOOP("jy::CoBuildingUnits", "social organisation")
                                         : nullptr;
    return text ? QCoreApplication::translate("jy::CoBuildingUnits", text) : kind;
}

CoBuildingUnits::CoBuildingUnits(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> CoBuildingUnits::save(const CoBuildingUnit &input)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the co-building units")); !allowed)
        return allowed.errors();
    CoBuildingUnit u = input;
    u.name = u.name.trimmed();
    u.contact = u.contact.trimmed();
    u.address = u.address.trimmed();
    FieldErrors errors;
    if (u.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the unit's name, e.g. 中国银行信阳分行.")});
    if (!unit_kind::all().contains(u.kind))
        errors.append({QStringLiteral("kind"), tr("Choose the kind of unit.")});
    if (!reg::communityExists(mDb, u.communityId))
        errors.append({QStringLiteral("community"), tr("Choose the community.")});
    else if (Status inScope = reg::inScope(mDb, mSession, u.communityId); !inScope)
        errors.append(inScope.errors());
    checkPhone(u.phone, errors);
    if (u.joinedOn.isValid() && !reg::plausible(u.joinedOn))
        errors.append({QStringLiteral("joined_on"), tr("The date is not plausible.")});
    QSqlDatabase conn = mDb.connection();
    if (!u.name.isEmpty() && sql::scalar(conn, QStringLiteral("SELECT id FROM cobuilding_unit WHERE community_id = ? AND name = ? AND id <> ?"),
                                         {u.communityId, u.name, u.id}).isValid())
        errors.append({QStringLiteral("name"), tr("%1 is already a co-building unit of this community.").arg(u.name)});
    if (!errors.isEmpty())
        return errors;
    const QVariantList values = {u.communityId, u.name, u.kind, sql::nullableText(u.contact), sql::nullableText(u.phone),
                                 sql::nullableText(u.address), reg::date(u.joinedOn), sql::nullableText(u.notes.trimmed()), Pinyin::instance().sortKey(u.name)};
    Transaction tx(mDb);
    qint64 id = u.id;
    if (id) {
        const std::optional<CoBuildingUnit> old = find(id);
        if (!old)
            return Result<qint64>::fail(QString(), tr("The unit no longer exists."));
        if (!reg::updateVersioned(conn, QStringLiteral("cobuilding_unit"),
                                  QStringLiteral("community_id = ?, name = ?, kind = ?, contact = ?, phone = ?, address = ?, joined_on = ?, notes = ?, sort_key = ?"),
                                  values, id, u.rowVersion))
            return reg::conflict(old->name);
        AuditLog::record(mDb, mSession, QStringLiteral("update"), kEntity, id, AuditLog::diff(toMap(*old), toMap(u)));
    } else {
        id = sql::insert(conn, QStringLiteral("INSERT INTO cobuilding_unit (community_id, name, kind, contact, phone, address, joined_on, notes, sort_key) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"), values);
        AuditLog::record(mDb, mSession, QStringLiteral("create"), kEntity, id, AuditLog::diff({}, toMap(u)));
    }
    tx.commit();
    return id;
}

Status CoBuildingUnits::remove(qint64 id)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the co-building units")); !allowed)
        return allowed;
    const std::optional<CoBuildingUnit> old = find(id);
    if (!old)
        return Status::fail(QString(), tr("The unit no longer exists."));
    Transaction tx(mDb);
    // Agreements, registered members and resources go with the unit; projects keep their record.
    sql::exec(mDb.connection(), QStringLiteral("DELETE FROM cobuilding_unit WHERE id = ?"), {id});
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), kEntity, id, AuditLog::diff(toMap(*old), {}));
    tx.commit();
    return success();
}

std::optional<CoBuildingUnit> CoBuildingUnits::find(qint64 id) const
{
    const reg::Where w = reg::byId(mSession, QStringLiteral("u.id"), id, QStringLiteral("u.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT %1%2%3").arg(kColumns, kFrom, w.clause()), w.values);
    return reg::first(q, fromQuery);
}

QList<CoBuildingUnit> CoBuildingUnits::list(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT %1%2%3 ORDER BY c.code, u.sort_key, u.id%4").arg(kColumns, kFrom, w.clause(), reg::page(f)),
                            w.values);
    return reg::rows(q, fromQuery);
}

int CoBuildingUnits::count(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*)%1%2").arg(kFrom, w.clause()), w.values).toInt();
}

Result<qint64> CoBuildingUnits::addAgreement(const CoBuildingAgreement &input)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the co-building units")); !allowed)
        return allowed.errors();
    CoBuildingAgreement a = input;
    a.content = a.content.trimmed();
    FieldErrors errors;
    if (!find(a.unitId))
        errors.append({QStringLiteral("unit"), tr("Choose the unit that signed.")});
    if (!reg::plausible(a.signedOn))
        errors.append({QStringLiteral("signed_on"), tr("Enter the date the agreement was signed.")});
    else if (a.validUntil.isValid() && a.validUntil <= a.signedOn)
        errors.append({QStringLiteral("valid_until"), tr("An agreement ends after the day it is signed.")});
    if (a.content.isEmpty())
        errors.append({QStringLiteral("content"), tr("Say what the unit and the community agree to do.")});
    if (!errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    const qint64 id = sql::insert(mDb.connection(), QStringLiteral("INSERT INTO cobuilding_agreement (unit_id, signed_on, valid_until, content, contact) VALUES (?, ?, ?, ?, ?)"),
                                  {a.unitId, reg::date(a.signedOn), reg::date(a.validUntil), a.content, sql::nullableText(a.contact.trimmed())});
    AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("cobuilding_agreement"), id,
                     AuditLog::diff({}, {{QStringLiteral("unit_id"), a.unitId}, {QStringLiteral("signed_on"), a.signedOn},
                                         {QStringLiteral("valid_until"), a.validUntil}, {QStringLiteral("content"), a.content}}));
    tx.commit();
    return id;
}

QList<CoBuildingAgreement> CoBuildingUnits::agreements(qint64 unitId) const
{
    if (!mSession.unrestricted() && !find(unitId))
        return {}; // outside the account's scope: as if there were none
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT id, unit_id, signed_on, valid_until, content, contact FROM cobuilding_agreement "
                                                             "WHERE unit_id = ? ORDER BY signed_on, id"), {unitId});
    QList<CoBuildingAgreement> out;
    while (q.next())
        out << CoBuildingAgreement{q.value(0).toLongLong(), q.value(1).toLongLong(), reg::date(q.value(2)), reg::date(q.value(3)),
                                   q.value(4).toString(), q.value(5).toString()};
    return out;
}

Result<qint64> CoBuildingUnits::registerMember(const RegisteredMember &input)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the co-building units")); !allowed)
        return allowed.errors();
    RegisteredMember m = input;
    m.name = m.name.trimmed();
    FieldErrors errors;
    if (!find(m.unitId))
        errors.append({QStringLiteral("unit"), tr("Choose the unit that registered the member.")});
    if (m.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the member's name.")});
    checkPhone(m.phone, errors);
    if (!reg::plausible(m.registeredOn))
        errors.append({QStringLiteral("registered_on"), tr("Enter the date the member reported to the community.")});
    if (m.residentId && !sql::scalar(mDb.connection(), QStringLiteral("SELECT id FROM resident WHERE id = ?"), {m.residentId}).isValid())
        errors.append({QStringLiteral("resident"), tr("The resident is not on the roster.")});
    if (!errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    const qint64 id = sql::insert(mDb.connection(), QStringLiteral("INSERT INTO cobuilding_member (unit_id, name, phone, resident_id, registered_on, speciality, active) "
                                                                   "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  {m.unitId, m.name, sql::nullableText(m.phone), sql::nullableId(m.residentId), reg::date(m.registeredOn),
                                   sql::nullableText(m.speciality.trimmed()), m.active ? 1 : 0});
    AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("cobuilding_member"), id,
                     AuditLog::diff({}, {{QStringLiteral("unit_id"), m.unitId}, {QStringLiteral("name"), m.name},
                                         {QStringLiteral("registered_on"), m.registeredOn}, {QStringLiteral("speciality"), m.speciality.trimmed()}}));
    tx.commit();
    return id;
}

QList<RegisteredMember> CoBuildingUnits::members(qint64 unitId) const
{
    if (!mSession.unrestricted() && !find(unitId))
        return {}; // outside the account's scope: as if there were none
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT id, unit_id, name, phone, resident_id, registered_on, speciality, active "
                                                             "FROM cobuilding_member WHERE unit_id = ? ORDER BY id"), {unitId});
    QList<RegisteredMember> out;
    while (q.next())
        out << RegisteredMember{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toLongLong(), reg::date(q.value(5)), q.value(6).toString(), q.value(7).toBool()};
    return out;
}

} // namespace jy
