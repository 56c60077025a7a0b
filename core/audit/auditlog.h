#pragma once
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVariantMap>
#include <functional>
#include <optional>

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

    // Each entry stores the hash of the one before it, so an edited, inserted or removed entry
    // breaks every hash after it. Removing entries at the very end goes unnoticed: nothing
    // outside the log remembers its length.
    static QString entryHash(const QString &prevHash, const QString &at, const QString &actor, const QString &action,
                             const QString &entity, const QVariant &entityId, const QString &changes);
    struct ChainBreak
    {
        qint64 id = 0;     // the first entry that does not match
        QString reason;
    };
    // Walks the whole log in id order; the first broken entry, or none.
    static std::optional<ChainBreak> verifyChain(Database &db, int *checked = nullptr);
    // The same walk for a window that shows progress: progress(checked, total) every few
    // thousand entries; returning false stops the walk, and the check says it was cancelled.
    struct ChainCheck
    {
        std::optional<ChainBreak> broken;
        int checked = 0;
        int total = 0;
        bool cancelled = false;
    };
    static ChainCheck checkChain(Database &db, const std::function<bool(int checked, int total)> &progress);
    // Hashes every entry from the first one without a hash onwards (the migration that added the
    // columns, and nothing else: re-chaining a tampered log would hide the tampering).
    static void chainUnhashed(Database &db);
};

} // namespace jy
