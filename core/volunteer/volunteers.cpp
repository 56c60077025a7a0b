#include "volunteer/volunteers.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "common/conflict.h"
#include "common/registerhelpers.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "idnumber/idnumber.h"
#include "pinyin/pinyin.h"
#include "residents/phonenumber.h"
#include "volunteer/supermarketsettings.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::VolunteerService", text); }
QVariant date(const QDate &d) { return sql::nullableText(d.toString(Qt::ISODate)); }

const QString kVolunteerColumns = QStringLiteral(
    "v.id, v.resident_id, v.name, v.id_type, v.id_number, v.phone, v.volunteer_no, v.community_id, v.team_id, "
    "v.unit_name, v.registered_on, v.active, v.row_version");

Volunteer volunteerFrom(const QSqlQuery &q, int at = 0)
{
    Volunteer v;
    v.id = q.value(at + 0).toLongLong();
    v.residentId = q.value(at + 1).toLongLong();
    v.name = q.value(at + 2).toString();
    v.idType = q.value(at + 3).toString();
    v.idNumber = q.value(at + 4).toString();
    v.phone = q.value(at + 5).toString();
    v.volunteerNo = q.value(at + 6).toString();
    v.communityId = q.value(at + 7).toLongLong();
    v.teamId = q.value(at + 8).toLongLong();
    v.unitName = q.value(at + 9).toString();
    v.registeredOn = QDate::fromString(q.value(at + 10).toString(), Qt::ISODate);
    v.active = q.value(at + 11).toBool();
    v.rowVersion = q.value(at + 12).toInt();
    return v;
}

// Saves a row of a small register: insert for id 0, else update from `version` (a conflict when
// the row has moved on: 0 is returned), with an audit entry.
qint64 saveRow(Database &db, const Session &session, const QString &table, qint64 id, int version, const QStringList &columns,
               const QVariantList &values)
{
    QSqlDatabase conn = db.connection();
    QVariantMap after;
    for (int i = 0; i < columns.size(); ++i)
        after.insert(columns.at(i), values.at(i));
    if (id) {
        QVariantMap before;
        QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), table), {id});
        if (q.next())
            for (int i = 0; i < columns.size(); ++i)
                before.insert(columns.at(i), q.value(i));
        QStringList sets;
        for (const QString &c : columns)
            sets << c + QStringLiteral(" = ?");
        if (!reg::updateVersioned(conn, table, sets.join(QStringLiteral(", ")), values, id, version))
            return 0;
        AuditLog::record(db, session, QStringLiteral("update"), table, id, AuditLog::diff(before, after));
        return id;
    }
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    id = sql::insert(conn, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))), values);
    AuditLog::record(db, session, QStringLiteral("create"), table, id, AuditLog::diff({}, after));
    return id;
}
} // namespace

VolunteerService::VolunteerService(Database &db, const Session &session) : mDb(db), mSession(session) {}

Status VolunteerService::checkPermission() const
{
    if (!mSession.can(Permission::ManageSupermarket))
        return Status::fail(QString(), tr("Your role (%1) may not change volunteers, teams or shops.").arg(Session::roleName(mSession.role())));
    return success();
}

Result<qint64> VolunteerService::saveVolunteer(const Volunteer &input)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed.errors();
    Volunteer v = input;
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    if (v.residentId) {
        QSqlQuery r = sql::exec(conn, QStringLiteral("SELECT name, id_number, phone, community_id FROM resident WHERE id = ?"), {v.residentId});
        if (!r.next()) {
            errors.append({QStringLiteral("resident"), tr("The resident is not on the roster.")});
        } else {
            v.name = r.value(0).toString();
            if (v.idNumber.isEmpty())
                v.idNumber = r.value(1).toString();
            if (v.phone.isEmpty())
                v.phone = r.value(2).toString();
            if (!v.communityId)
                v.communityId = r.value(3).toLongLong();
        }
        const QVariant other = sql::scalar(conn, QStringLiteral("SELECT name FROM volunteer WHERE resident_id = ? AND id <> ?"), {v.residentId, v.id});
        if (other.isValid())
            errors.append({QStringLiteral("resident"), tr("%1 is already registered as a volunteer.").arg(other.toString())});
    }
    v.name = v.name.trimmed();
    if (v.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the volunteer's name.")});
    if (!v.idNumber.isEmpty() && v.idType == QLatin1String("resident_id")) {
        const IdCheck id = IdNumber::check(v.idNumber);
        if (!id.valid)
            errors.append({QStringLiteral("id_number"), id.reason});
        else
            v.idNumber = id.normalized;
    }
    if (!v.phone.isEmpty()) {
        const PhoneCheck phone = PhoneNumber::check(v.phone);
        if (!phone.valid)
            errors.append({QStringLiteral("phone"), phone.reason});
        else
            v.phone = phone.normalized;
    }
    if (v.teamId && !sql::scalar(conn, QStringLiteral("SELECT id FROM volunteer_team WHERE id = ?"), {v.teamId}).isValid())
        errors.append({QStringLiteral("team"), tr("The team does not exist.")});
    v.volunteerNo = v.volunteerNo.trimmed();
    if (!v.volunteerNo.isEmpty()
        && sql::scalar(conn, QStringLiteral("SELECT id FROM volunteer WHERE volunteer_no = ? AND id <> ?"), {v.volunteerNo, v.id}).isValid())
        errors.append({QStringLiteral("volunteer_no"), tr("The volunteer number %1 is already given to someone else.").arg(v.volunteerNo)});
    if (Status scoped = reg::changeInScope(mDb, mSession, v.communityId,
                                           QStringLiteral("SELECT community_id FROM volunteer WHERE id = ?"), v.id);
        !scoped)
        errors.append(scoped.errors());
    if (!errors.isEmpty())
        return errors;
    if (!v.registeredOn.isValid())
        v.registeredOn = QDate::currentDate();

    Transaction tx(mDb);
    if (v.volunteerNo.isEmpty()) {
        // ZY + year + a running number: readable on a certificate, unique in the database.
        const qint64 next = sql::scalar(conn, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM volunteer")).toLongLong();
        v.volunteerNo = QStringLiteral("ZY%1%2").arg(v.registeredOn.year()).arg(next, 6, 10, QLatin1Char('0'));
    }
    const qint64 id = saveRow(mDb, mSession, QStringLiteral("volunteer"), v.id, v.rowVersion,
                              {QStringLiteral("resident_id"), QStringLiteral("name"), QStringLiteral("id_type"), QStringLiteral("id_number"),
                               QStringLiteral("phone"), QStringLiteral("volunteer_no"), QStringLiteral("community_id"), QStringLiteral("team_id"),
                               QStringLiteral("unit_name"), QStringLiteral("registered_on"), QStringLiteral("active")},
                              {sql::nullableId(v.residentId), v.name, v.idType, sql::nullableText(v.idNumber), sql::nullableText(v.phone),
                               v.volunteerNo, sql::nullableId(v.communityId), sql::nullableId(v.teamId), sql::nullableText(v.unitName),
                               date(v.registeredOn), v.active ? 1 : 0});
    if (!id)
        return reg::conflict(v.name);
    tx.commit();
    return id;
}

Result<qint64> VolunteerService::saveTeam(const VolunteerTeam &input)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed.errors();
    VolunteerTeam t = input;
    t.name = t.name.trimmed();
    if (t.name.isEmpty())
        return Result<qint64>::fail(QStringLiteral("name"), tr("Name the team."));
    if (sql::scalar(mDb.connection(), QStringLiteral("SELECT id FROM volunteer_team WHERE name = ? AND id <> ?"), {t.name, t.id}).isValid())
        return Result<qint64>::fail(QStringLiteral("name"), tr("There is already a team named %1.").arg(t.name));
    if (Status scoped = reg::changeInScope(mDb, mSession, t.communityId,
                                           QStringLiteral("SELECT community_id FROM volunteer_team WHERE id = ?"), t.id);
        !scoped)
        return scoped.errors();
    Transaction tx(mDb);
    const qint64 id = saveRow(mDb, mSession, QStringLiteral("volunteer_team"), t.id, t.rowVersion,
                              {QStringLiteral("community_id"), QStringLiteral("name"), QStringLiteral("leader"), QStringLiteral("phone"),
                               QStringLiteral("founded_on"), QStringLiteral("notes")},
                              {sql::nullableId(t.communityId), t.name, sql::nullableText(t.leader), sql::nullableText(t.phone),
                               date(t.foundedOn), sql::nullableText(t.notes)});
    if (!id)
        return reg::conflict(t.name);
    tx.commit();
    return id;
}

Result<qint64> VolunteerService::saveShop(const PartnerShop &input)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed.errors();
    PartnerShop s = input;
    s.name = s.name.trimmed();
    if (s.name.isEmpty())
        return Result<qint64>::fail(QStringLiteral("name"), tr("Name the shop."));
    if (sql::scalar(mDb.connection(), QStringLiteral("SELECT id FROM partner_shop WHERE name = ? AND id <> ?"), {s.name, s.id}).isValid())
        return Result<qint64>::fail(QStringLiteral("name"), tr("There is already a shop named %1.").arg(s.name));
    if (Status scoped = reg::changeInScope(mDb, mSession, s.communityId,
                                           QStringLiteral("SELECT community_id FROM partner_shop WHERE id = ?"), s.id);
        !scoped)
        return scoped.errors();
    Transaction tx(mDb);
    const qint64 id = saveRow(mDb, mSession, QStringLiteral("partner_shop"), s.id, s.rowVersion,
                              {QStringLiteral("community_id"), QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("phone"),
                               QStringLiteral("address"), QStringLiteral("joined_on")},
                              {sql::nullableId(s.communityId), s.name, sql::nullableText(s.owner), sql::nullableText(s.phone),
                               sql::nullableText(s.address), date(s.joinedOn)});
    if (!id)
        return reg::conflict(s.name);
    tx.commit();
    return id;
}

Result<qint64> VolunteerService::saveOffer(const ServiceOffer &o)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed.errors();
    FieldErrors errors;
    if ((o.volunteerId ? 1 : 0) + (o.teamId ? 1 : 0) + (o.shopId ? 1 : 0) != 1)
        errors.append({QStringLiteral("provider"), tr("Choose one volunteer, team or shop that offers the service.")});
    if (!sql::scalar(mDb.connection(), QStringLiteral("SELECT id FROM service_item WHERE id = ?"), {o.itemId}).isValid())
        errors.append({QStringLiteral("item"), tr("Choose a service from the catalogue.")});
    if (!errors.isEmpty())
        return errors;
    Transaction tx(mDb);
    const qint64 id = saveRow(mDb, mSession, QStringLiteral("service_offer"), o.id, o.rowVersion,
                              {QStringLiteral("item_id"), QStringLiteral("volunteer_id"), QStringLiteral("team_id"), QStringLiteral("shop_id"),
                               QStringLiteral("place"), QStringLiteral("availability"), QStringLiteral("active")},
                              {o.itemId, sql::nullableId(o.volunteerId), sql::nullableId(o.teamId), sql::nullableId(o.shopId),
                               sql::nullableText(o.place), sql::nullableText(o.availability), o.active ? 1 : 0});
    if (!id)
        return reg::conflict(o.itemName.isEmpty() ? tr("the offer") : o.itemName);
    tx.commit();
    return id;
}

std::optional<Volunteer> VolunteerService::volunteer(qint64 id) const
{
    QStringList where{QStringLiteral("v.id = ?")};
    QVariantList values{id};
    Scope::restrictListOrStreet(mSession, where, values, QStringLiteral("v.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT %1 FROM volunteer v WHERE %2").arg(kVolunteerColumns, where.join(QStringLiteral(" AND "))),
                            values);
    if (!q.next())
        return std::nullopt;
    return volunteerFrom(q);
}

std::optional<Volunteer> VolunteerService::findVolunteer(const QString &key) const
{
    const QString text = key.trimmed();
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    QStringList where{QStringLiteral("(v.id = ? OR v.volunteer_no = ? OR v.name = ?)")};
    QVariantList values{numeric ? id : -1, text, text};
    Scope::restrictListOrStreet(mSession, where, values, QStringLiteral("v.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(),
                            QStringLiteral("SELECT %1 FROM volunteer v WHERE %2 "
                                           "ORDER BY CASE WHEN v.id = ? THEN 0 WHEN v.volunteer_no = ? THEN 1 ELSE 2 END, v.id LIMIT 1")
                                .arg(kVolunteerColumns, where.join(QStringLiteral(" AND "))),
                            values + QVariantList{numeric ? id : -1, text});
    if (!q.next())
        return std::nullopt;
    return volunteerFrom(q);
}

QList<VolunteerTeam> VolunteerService::teams(qint64 communityId) const
{
    QStringList where{QStringLiteral("(? = 0 OR community_id = ?)")};
    QVariantList values{communityId, communityId};
    Scope::restrictListOrStreet(mSession, where, values, QStringLiteral("community_id"));
    QSqlQuery q = sql::exec(mDb.connection(),
                            QStringLiteral("SELECT id, community_id, name, leader, phone, founded_on, notes, row_version FROM volunteer_team "
                                           "WHERE %1 ORDER BY id").arg(where.join(QStringLiteral(" AND "))), values);
    QList<VolunteerTeam> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), QDate::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toString(), q.value(7).toInt()});
    return out;
}

QList<PartnerShop> VolunteerService::shops(qint64 communityId) const
{
    QStringList where{QStringLiteral("(? = 0 OR community_id = ?)")};
    QVariantList values{communityId, communityId};
    Scope::restrictListOrStreet(mSession, where, values, QStringLiteral("community_id"));
    QSqlQuery q = sql::exec(mDb.connection(),
                            QStringLiteral("SELECT id, community_id, name, owner, phone, address, joined_on, row_version FROM partner_shop "
                                           "WHERE %1 ORDER BY id").arg(where.join(QStringLiteral(" AND "))), values);
    QList<PartnerShop> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), QDate::fromString(q.value(6).toString(), Qt::ISODate), q.value(7).toInt()});
    return out;
}

QList<ServiceOffer> VolunteerService::offers(qint64 itemId) const
{
    // An offer belongs where its volunteer, team or shop does.
    QStringList where{QStringLiteral("(? = 0 OR o.item_id = ?)")};
    QVariantList values{itemId, itemId};
    Scope::restrictListOrStreet(mSession, where, values, QStringLiteral("COALESCE(v.community_id, t.community_id, s.community_id)"));
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral(
        "SELECT o.id, o.item_id, o.volunteer_id, o.team_id, o.shop_id, o.place, o.availability, o.active, "
        "COALESCE(v.name, t.name, s.name), i.name, o.row_version FROM service_offer o JOIN service_item i ON i.id = o.item_id "
        "LEFT JOIN volunteer v ON v.id = o.volunteer_id LEFT JOIN volunteer_team t ON t.id = o.team_id "
        "LEFT JOIN partner_shop s ON s.id = o.shop_id WHERE %1 ORDER BY o.item_id, o.id").arg(where.join(QStringLiteral(" AND "))), values);
    QList<ServiceOffer> out;
    while (q.next()) {
        ServiceOffer o;
        o.id = q.value(0).toLongLong();
        o.itemId = q.value(1).toLongLong();
        o.volunteerId = q.value(2).toLongLong();
        o.teamId = q.value(3).toLongLong();
        o.shopId = q.value(4).toLongLong();
        o.place = q.value(5).toString();
        o.availability = q.value(6).toString();
        o.active = q.value(7).toBool();
        o.providerName = q.value(8).toString();
        o.itemName = q.value(9).toString();
        o.rowVersion = q.value(10).toInt();
        out << o;
    }
    return out;
}

QList<VolunteerSummary> VolunteerService::summaries(qint64 communityId, const QString &text, int limit) const
{
    const SupermarketSettings settings = SupermarketSettings::load(mDb);
    const QString like = QLatin1Char('%') + text.trimmed() + QLatin1Char('%');
    QStringList where{QStringLiteral("(? = 0 OR v.community_id = ?)"), QStringLiteral("(? = '' OR v.name LIKE ? OR v.volunteer_no LIKE ?)")};
    QVariantList values{communityId, communityId, text.trimmed(), like, like};
    Scope::restrictListOrStreet(mSession, where, values, QStringLiteral("v.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral(
        "SELECT %1, t.name, c.name, "
        "(SELECT COALESCE(SUM(hours), 0) FROM points_ledger WHERE volunteer_id = v.id), "
        "(SELECT COALESCE(SUM(points), 0) FROM points_ledger WHERE volunteer_id = v.id), "
        "(SELECT count(*) FROM points_ledger WHERE volunteer_id = v.id AND kind = 'credit') "
        "FROM volunteer v LEFT JOIN volunteer_team t ON t.id = v.team_id LEFT JOIN community c ON c.id = v.community_id "
        "WHERE %2 ORDER BY v.id").arg(kVolunteerColumns, where.join(QStringLiteral(" AND "))), values);
    const bool reveal = mSession.can(Permission::ViewPersonalData);
    QList<VolunteerSummary> out;
    while (q.next()) {
        VolunteerSummary s;
        s.volunteer = volunteerFrom(q);
        if (!reveal) {
            s.volunteer.idNumber = IdNumber::mask(s.volunteer.idNumber);
            s.volunteer.phone = PhoneNumber::mask(s.volunteer.phone);
        }
        s.teamName = q.value(13).toString();
        s.communityName = q.value(14).toString();
        s.hours = q.value(15).toDouble();
        s.balance = q.value(16).toInt();
        s.services = q.value(17).toInt();
        s.stars = settings.starsFor(s.hours);
        out << s;
    }
    // Names in pinyin order, as the roster: a community's few hundred volunteers (a street's few
    // thousand) are sorted here, then cut, so the cut keeps the first names of the alphabet.
    sortByPinyin(out, [](const VolunteerSummary &s) { return s.volunteer.name; });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace jy
