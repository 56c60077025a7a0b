#include "audit/auditlog.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace jy {

void AuditLog::record(Database &db, const Session &session, const QString &action, const QString &entity,
                      qint64 entityId, const QJsonObject &changes)
{
    sql::exec(db.connection(),
              QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, changes) VALUES (?, ?, ?, ?, ?, ?)"),
              {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), session.user(), action, entity, entityId,
               QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))});
}

QJsonObject AuditLog::diff(const QVariantMap &before, const QVariantMap &after)
{
    QJsonObject out;
    QSet<QString> keys;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        keys.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        keys.insert(it.key());
    for (const QString &key : keys) {
        const QVariant a = before.value(key);
        const QVariant b = after.value(key);
        if (a.toString() == b.toString() && a.isNull() == b.isNull())
            continue;
        out.insert(key, QJsonArray{QJsonValue::fromVariant(a), QJsonValue::fromVariant(b)});
    }
    return out;
}

int AuditLog::count(Database &db, const QString &entity, qint64 entityId)
{
    if (entity.isEmpty())
        return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    if (entityId < 0)
        return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = ?"), {entity}).toInt();
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = ? AND entity_id = ?"),
                       {entity, entityId}).toInt();
}

} // namespace jy
