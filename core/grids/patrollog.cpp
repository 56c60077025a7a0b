#include "grids/patrollog.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "grids/gridincident.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTime>
#include <QTimeZone>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::PatrolLog", text); }
} // namespace

PatrolLog::PatrolLog(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> PatrolLog::record(const Patrol &input, const PatrolFinding *needsAction)
{
    if (!mSession.can(Permission::RecordGridWork))
        return Result<qint64>::fail(QString(), tr("Your role (%1) may not keep the patrol log.").arg(Session::roleName(mSession.role())));
    if (Status inScope = Scope::grid(mDb, mSession, input.gridId); !inScope)
        return inScope.errors();
    Patrol p = input;
    p.worker = p.worker.trimmed();
    p.findings = p.findings.trimmed();
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    if (!sql::scalar(conn, QStringLiteral("SELECT id FROM grid WHERE id = ?"), {p.gridId}).isValid())
        errors.append({QStringLiteral("grid"), tr("Choose the grid that was walked.")});
    if (!p.date.isValid())
        errors.append({QStringLiteral("date"), tr("Enter the patrol's date.")});
    else if (p.date > QDate::currentDate())
        errors.append({QStringLiteral("date"), tr("A patrol cannot be logged for a day still to come.")});
    if (p.worker.isEmpty())
        errors.append({QStringLiteral("worker"), tr("Enter who walked the grid.")});
    if (needsAction && needsAction->title.trimmed().isEmpty())
        errors.append({QStringLiteral("incident_title"), tr("Say in a few words what needs action.")});
    if (!errors.isEmpty())
        return errors;

    Transaction tx(mDb);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const qint64 id = sql::insert(conn, QStringLiteral("INSERT INTO patrol (grid_id, patrol_date, worker, findings, follow_up, "
                                                       "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  {p.gridId, p.date.toString(Qt::ISODate), p.worker, sql::nullableText(p.findings),
                                   needsAction ? QStringLiteral("open") : QStringLiteral("none"), now, mSession.user()});
    AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("patrol"), id,
                     AuditLog::diff({}, {{QStringLiteral("grid_id"), p.gridId}, {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
                                         {QStringLiteral("worker"), p.worker}, {QStringLiteral("findings"), p.findings}}));
    if (needsAction) {
        GridIncident incident;
        incident.gridId = p.gridId;
        incident.patrolId = id;
        incident.buildingId = needsAction->buildingId;
        incident.title = needsAction->title;
        incident.category = needsAction->category;
        incident.description = p.findings;
        // Dated at the end of the patrol's day when logged afterwards, so deadlines count from it.
        QDateTime at = QDateTime::currentDateTimeUtc();
        if (p.date < QDate::currentDate())
            at = QDateTime(p.date, QTime(17, 0), QTimeZone(QTimeZone::systemTimeZoneId())).toUTC();
        const Result<qint64> incidentId = IncidentService(mDb, mSession).report(incident, at);
        if (!incidentId)
            return incidentId.errors();   // the transaction rolls back: no patrol without its incident
        sql::exec(conn, QStringLiteral("UPDATE patrol SET incident_id = ? WHERE id = ?"), {incidentId.value(), id});
    }
    tx.commit();
    return id;
}

QList<Patrol> PatrolLog::list(const PatrolFilter &f) const
{
    QStringList where;
    QVariantList values;
    if (f.communityId) {
        where << QStringLiteral("g.community_id = ?");
        values << f.communityId;
    }
    if (f.gridId) {
        where << QStringLiteral("p.grid_id = ?");
        values << f.gridId;
    }
    Scope::restrictList(mSession, where, values, QStringLiteral("g.community_id"), QStringLiteral("p.grid_id"));
    if (f.from.isValid()) {
        where << QStringLiteral("p.patrol_date >= ?");
        values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("p.patrol_date <= ?");
        values << f.to.toString(Qt::ISODate);
    }
    QString statement = QStringLiteral(
        "SELECT p.id, p.grid_id, g.name, p.patrol_date, p.worker, p.findings, p.follow_up, p.incident_id, i.number "
        "FROM patrol p JOIN grid g ON g.id = p.grid_id LEFT JOIN grid_incident i ON i.id = p.incident_id");
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY p.patrol_date DESC, p.id DESC LIMIT %1").arg(qMax(1, f.limit));
    QSqlQuery q = sql::exec(mDb.connection(), statement, values);
    QList<Patrol> result;
    while (q.next()) {
        Patrol p;
        p.id = q.value(0).toLongLong();
        p.gridId = q.value(1).toLongLong();
        p.gridName = q.value(2).toString();
        p.date = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        p.worker = q.value(4).toString();
        p.findings = q.value(5).toString();
        p.followUp = q.value(6).toString();
        p.incidentId = q.value(7).toLongLong();
        p.incidentNumber = q.value(8).toString();
        result.append(p);
    }
    return result;
}

} // namespace jy
