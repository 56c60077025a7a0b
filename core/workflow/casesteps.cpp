#include "workflow/casesteps.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::CaseSteps", text); }
QString stamp(const QDateTime &at) { return at.toUTC().toString(Qt::ISODate); }
} // namespace

Status CaseSteps::take(Database &db, const Session &session, const Workflow &workflow, const QString &table, qint64 id,
                       const QString &action, const QVariantMap &fields, const QDateTime &atInput, const Extra &extra)
{
    QSqlDatabase conn = db.connection();
    QSqlQuery row = sql::exec(conn, QStringLiteral("SELECT state, state_since FROM %1 WHERE id = ?").arg(table), {id});
    if (!row.next())
        return Status::fail(QString(), tr("The case no longer exists."));
    const QString state = row.value(0).toString();
    QDateTime since = QDateTime::fromString(row.value(1).toString(), Qt::ISODate);
    since.setTimeSpec(Qt::UTC);
    const Result<const Transition *> allowed = workflow.check(state, action, session.role(), fields);
    if (!allowed)
        return allowed.errors();
    const Transition &t = *allowed.value();
    const QDateTime at = atInput.isValid() ? atInput.toUTC() : QDateTime::currentDateTimeUtc();
    if (since.isValid() && at < since)
        return Status::fail(QString(), tr("A step cannot be dated before the case's previous step."));

    CaseStepChanges changes;
    for (const RequiredField &f : t.required)
        changes.recorded.insert(f.name, fields.value(f.name));
    if (extra) {
        if (Status ok = extra(t, fields, changes); !ok)
            return ok;
    }
    QStringList sets = {QStringLiteral("state = ?"), QStringLiteral("state_since = ?")};
    QVariantList values = {t.to, stamp(at)};
    sets << changes.sets;
    values << changes.values;

    Transaction tx(db);
    // The old state in the WHERE clause makes a step taken twice at once (two desks) fail cleanly.
    QSqlQuery update = sql::exec(conn, QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND state = ?").arg(table, sets.join(QStringLiteral(", "))),
                                 values + QVariantList{id, state});
    if (update.numRowsAffected() != 1)
        return Status::fail(QString(), tr("Someone else changed this case meanwhile; look at it again."));
    CaseHistory::record(db, workflow.kind(), id, action, state, t.to, session.user(), changes.recorded, at);
    QVariantMap after = changes.recorded;
    after.insert(QStringLiteral("state"), t.to);
    AuditLog::record(db, session, action, table, id, AuditLog::diff({{QStringLiteral("state"), state}}, after));
    tx.commit();
    return success();
}

QString CaseSteps::nextNumber(Database &db, const QString &table, const QString &prefix, const QDateTime &at)
{
    const QString day = prefix + at.toLocalTime().date().toString(QStringLiteral("yyyyMMdd"));
    // A range, not LIKE: SQLite's LIKE does not use the number's index.
    const int seq = sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM %1 WHERE number >= ? AND number < ?").arg(table),
                                {day, day + QLatin1Char(':')}).toInt() + 1;
    return day + QStringLiteral("%1").arg(seq, 4, 10, QLatin1Char('0'));
}

} // namespace jy
