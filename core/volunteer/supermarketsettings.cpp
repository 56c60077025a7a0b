#include "volunteer/supermarketsettings.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::SupermarketSettings", text); }
const QString kKey = QStringLiteral("supermarket");

QJsonObject toJson(const SupermarketSettings &s)
{
    QJsonArray stars;
    for (int h : s.starHours)
        stars.append(h);
    QJsonObject overdue;
    for (auto it = s.overdueHours.cbegin(); it != s.overdueHours.cend(); ++it)
        overdue.insert(it.key(), it.value());
    return {{QStringLiteral("star_hours"), stars},
            {QStringLiteral("overdue_hours"), overdue},
            {QStringLiteral("organisation"), s.organisation},
            {QStringLiteral("person_in_charge"), s.personInCharge},
            {QStringLiteral("handler"), s.handler},
            {QStringLiteral("contact_phone"), s.contactPhone}};
}
// Arrays and objects as JSON text, so the audit diff compares them by value.
QVariantMap flat(const QJsonObject &o)
{
    QVariantMap out;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isArray())
            out.insert(it.key(), QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
        else if (v.isObject())
            out.insert(it.key(), QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        else
            out.insert(it.key(), v.toVariant());
    }
    return out;
}
} // namespace

SupermarketSettings SupermarketSettings::load(Database &db)
{
    SupermarketSettings s;
    const QVariant stored = sql::scalar(db.connection(), QStringLiteral("SELECT value FROM app_setting WHERE key = ?"), {kKey});
    if (!stored.isValid())
        return s;
    const QJsonObject o = QJsonDocument::fromJson(stored.toString().toUtf8()).object();
    const QJsonArray stars = o.value(QStringLiteral("star_hours")).toArray();
    if (stars.size() == 5) {
        s.starHours.clear();
        for (const QJsonValue &v : stars)
            s.starHours << v.toInt();
    }
    const QJsonObject overdue = o.value(QStringLiteral("overdue_hours")).toObject();
    for (auto it = overdue.constBegin(); it != overdue.constEnd(); ++it)
        s.overdueHours.insert(it.key(), it.value().toInt());
    s.organisation = o.value(QStringLiteral("organisation")).toString(s.organisation);
    s.personInCharge = o.value(QStringLiteral("person_in_charge")).toString();
    s.handler = o.value(QStringLiteral("handler")).toString();
    s.contactPhone = o.value(QStringLiteral("contact_phone")).toString();
    return s;
}

Status SupermarketSettings::save(Database &db, const Session &session, const SupermarketSettings &settings)
{
    if (!session.can(Permission::ManageSupermarket))
        return Status::fail(QString(), tr("Your role (%1) may not change the supermarket's rules.").arg(Session::roleName(session.role())));
    FieldErrors errors;
    bool rising = settings.starHours.size() == 5;
    for (int i = 0; rising && i < 5; ++i)
        rising = settings.starHours.at(i) > 0 && (i == 0 || settings.starHours.at(i) > settings.starHours.at(i - 1));
    if (!rising)
        errors.append({QStringLiteral("star_hours"), tr("Give five rising numbers of hours for one to five stars, e.g. 100, 300, 600, 1000, 1500.")});
    for (auto it = settings.overdueHours.cbegin(); it != settings.overdueHours.cend(); ++it)
        if (it.value() <= 0) {
            errors.append({QStringLiteral("overdue_hours"), tr("The time an order may wait must be at least one hour.")});
            break;
        }
    if (settings.organisation.trimmed().isEmpty())
        errors.append({QStringLiteral("organisation"), tr("Name the issuing organisation.")});
    if (!errors.isEmpty())
        return errors;

    const QJsonObject before = toJson(load(db));
    const QJsonObject after = toJson(settings);
    Transaction tx(db);
    const QString text = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    QSqlDatabase conn = db.connection();
    sql::exec(conn, QStringLiteral("DELETE FROM app_setting WHERE key = ?"), {kKey});
    sql::exec(conn, QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, ?)"), {kKey, text});
    AuditLog::record(db, session, QStringLiteral("update"), QStringLiteral("setting"), 0,
                     AuditLog::diff(flat(before), flat(after)));
    tx.commit();
    return success();
}

int SupermarketSettings::starsFor(double hours) const
{
    int stars = 0;
    for (int threshold : starHours)
        if (hours + 1e-9 >= threshold)
            ++stars;
    return stars;
}

} // namespace jy
