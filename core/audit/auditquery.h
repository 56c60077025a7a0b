#pragma once
#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace jy {

class Database;
class Session;

// Which audit entries to list. Empty fields do not filter.
struct AuditFilter
{
    QString actor;          // who, exactly as logged
    QString entity;         // the kind of record ("resident", "grid" …)
    qint64 entityId = -1;   // one record; -1: any
    QDate from;             // local calendar days, both inclusive; invalid: no bound
    QDate to;
    QString text;           // anywhere in the action or the before/after values
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;           // local time
    QString actor;
    QString action;
    QString entity;
    qint64 entityId = -1;   // -1 when the entry names no record
    QString changes;        // the stored JSON
};

// One field of an entry's before → after. An entry written in another shape (an import's
// counts, a transfer's target) shows its values in `after` alone.
struct AuditFieldChange
{
    QString field;
    QString before;
    QString after;
    bool hasBefore = false;
    bool hasAfter = false;
};

// The audit page's and the `audit` command's reading of audit_log, newest first. Reading it is
// an administrator's right (Permission::ViewAuditLog); every call checks.
class AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(jy::AuditQuery)
public:
    AuditQuery(Database &db, const Session &session);
    AuditQuery(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    Result<int> count(const AuditFilter &filter) const;
    // At most `limit` entries older than the entry `beforeId` (0: from the newest). Paging by
    // the key rather than OFFSET: each page is one index range however deep one scrolls.
    Result<QList<AuditEntry>> page(const AuditFilter &filter, qint64 beforeId, int limit) const;
    // For the filter bar's choices.
    Result<QStringList> actors() const;
    Result<QStringList> entities() const;
    // Writes the filtered entries (newest first) to an .xlsx or .csv file; returns how many.
    // progress(done, total) every page; returning false cancels: no file is left, and the
    // error names the field "cancelled".
    Result<int> exportTo(const AuditFilter &filter, const QString &path,
                         const std::function<bool(int done, int total)> &progress = {}) const;

    static QList<AuditFieldChange> fieldChanges(const QString &changesJson);
    // "name: 张三 → 李四; phone: … (+2)", for one line of a list.
    static QString summary(const QString &changesJson, int maxFields = 3);
    // Translated names of record kinds and actions; the stored word when there is none.
    static QString entityName(const QString &entity);
    static QString actionName(const QString &action);

private:
    Status checkAllowed() const;

    Database &mDb;
    const Session &mSession;
};

} // namespace jy
