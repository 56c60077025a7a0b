#pragma once
#include "audit/auditlog.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace jy {

class Database;

// What `jiayuan-cli check` reports: the file's own consistency, references that point nowhere
// (possible when foreign keys were off, as in an old copy edited by another tool), and whether
// the audit log was altered after it was written.
struct IntegrityReport
{
    struct ForeignKeyProblem
    {
        QString table;
        qint64 rowId = 0;
        QString parent;
    };
    QStringList integrity;                    // empty when PRAGMA integrity_check says ok
    QList<ForeignKeyProblem> foreignKeys;
    int auditEntries = 0;
    std::optional<AuditLog::ChainBreak> auditBreak;

    bool ok() const { return integrity.isEmpty() && foreignKeys.isEmpty() && !auditBreak; }
    QJsonObject toJson() const;

    static IntegrityReport run(Database &db);
};

} // namespace jy
