#include "audit/auditlog.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace jy {

namespace {
QString canonicalId(const QVariant &id)
{
    return id.isNull() ? QString() : QString::number(id.toLongLong());
}
} // namespace

QString AuditLog::entryHash(const QString &prevHash, const QString &at, const QString &actor, const QString &action,
                            const QString &entity, const QVariant &entityId, const QString &changes)
{
    // Unit separators keep ("ab", "c") and ("a", "bc") apart.
    const QString text = QStringList{prevHash, at, actor, action, entity, canonicalId(entityId), changes}.join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void AuditLog::record(Database &db, const Session &session, const QString &action, const QString &entity,
                      qint64 entityId, const QJsonObject &changes)
{
    QSqlDatabase conn = db.connection();
    // By the primary key: one index step however long the log is.
    const QString prev = sql::scalar(conn, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")).toString();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString text = QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
    sql::exec(conn,
              QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, changes, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {at, session.user(), action, entity, entityId, text, prev,
               entryHash(prev, at, session.user(), action, entity, entityId, text)});
}

std::optional<AuditLog::ChainBreak> AuditLog::verifyChain(Database &db, int *checked)
{
    const ChainCheck check = checkChain(db, {});
    if (checked)
        *checked = check.checked;
    return check.broken;
}

AuditLog::ChainCheck AuditLog::checkChain(Database &db, const std::function<bool(int, int)> &progress)
{
    constexpr int kProgressStep = 5000;
    ChainCheck check;
    QSqlDatabase conn = db.connection();
    if (progress) {
        check.total = sql::scalar(conn, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        if (!progress(0, check.total)) {
            check.cancelled = true;
            return check;
        }
    }
    QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT id, at, actor, action, entity, entity_id, changes, prev_hash, hash "
                                                 "FROM audit_log ORDER BY id"));
    QString prev;
    while (q.next()) {
        ++check.checked;
        const qint64 id = q.value(0).toLongLong();
        const QString storedPrev = q.value(7).toString();
        const QString stored = q.value(8).toString();
        if (storedPrev != prev) {
            check.broken = ChainBreak{id, QCoreApplication::translate("jy::AuditLog",
                                                                      "entry %1 does not follow the entry before it (an entry was removed or inserted)")
                                              .arg(id)};
            return check;
        }
        const QString expected = entryHash(prev, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                           q.value(4).toString(), q.value(5), q.value(6).toString());
        if (stored != expected) {
            check.broken = ChainBreak{id, QCoreApplication::translate("jy::AuditLog", "entry %1 was changed after it was written").arg(id)};
            return check;
        }
        prev = stored;
        if (progress && check.checked % kProgressStep == 0 && !progress(check.checked, std::max(check.total, check.checked))) {
            check.cancelled = true;
            return check;
        }
    }
    if (progress)
        progress(check.checked, std::max(check.total, check.checked));
    return check;
}

void AuditLog::chainUnhashed(Database &db)
{
    QSqlDatabase conn = db.connection();
    const QVariant first = sql::scalar(conn, QStringLiteral("SELECT MIN(id) FROM audit_log WHERE hash IS NULL"));
    if (first.isNull())
        return;
    QString prev = sql::scalar(conn, QStringLiteral("SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1"), {first})
                       .toString();
    QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT id, at, actor, action, entity, entity_id, changes FROM audit_log "
                                                 "WHERE id >= ? ORDER BY id"), {first});
    QList<QPair<qint64, QString>> updates;
    QList<QString> prevs;
    while (q.next()) {
        const QString hash = entryHash(prev, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                       q.value(4).toString(), q.value(5), q.value(6).toString());
        prevs << prev;
        updates.append({q.value(0).toLongLong(), hash});
        prev = hash;
    }
    QSqlQuery update = sql::prepare(conn, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
    for (int i = 0; i < updates.size(); ++i) {
        update.addBindValue(prevs.at(i));
        update.addBindValue(updates.at(i).second);
        update.addBindValue(updates.at(i).first);
        sql::exec(update);
    }
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
