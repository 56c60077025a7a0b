#pragma once
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

namespace jy {

class Database;
class Session;

// The trail of every change: who, when, which record, what changed. Written inside the
// mutation's own transaction so a rolled-back change leaves no entry.
class AuditLog
{
public:
    static void record(Database &db, const Session &session, const QString &action, const QString &entity,
                       qint64 entityId, const QJsonObject &changes);
    // {"field": [old, new]} for every field that differs; identical maps give an empty object.
    static QJsonObject diff(const QVariantMap &before, const QVariantMap &after);
    static int count(Database &db, const QString &entity = {}, qint64 entityId = -1);
};

} // namespace jy
