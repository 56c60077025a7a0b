#include "grids/gridincident.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "grids/incidentworkflow.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::IncidentService", text); }
QString stamp(const QDateTime &at) { return at.toUTC().toString(Qt::ISODate); }
QDateTime parse(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}
QDateTime orNow(const QDateTime &at) { return at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc(); }

const QString kColumns = QStringLiteral(
    "i.id, i.number, i.grid_id, g.name, i.building_id, e.name, i.patrol_id, i.title, i.description, "
    "i.category, i.level, i.state, i.state_since, i.reported_by, i.reported_at, i.resolved_at, i.resolution, b.number "
    "FROM grid_incident i JOIN grid g ON g.id = i.grid_id "
    "LEFT JOIN building b ON b.id = i.building_id LEFT JOIN estate e ON e.id = b.estate_id");

GridIncident fromQuery(const QSqlQuery &q)
{
    GridIncident i;
    i.id = q.value(0).toLongLong();
    i.number = q.value(1).toString();
    i.gridId = q.value(2).toLongLong();
    i.gridName = q.value(3).toString();
    i.buildingId = q.value(4).toLongLong();
    if (!q.value(17).isNull())
        i.buildingName = q.value(5).toString() + QLatin1Char(' ')
                         + QCoreApplication::translate("jy::GridMap", "Building %1").arg(q.value(17).toString());
    i.patrolId = q.value(6).toLongLong();
    i.title = q.value(7).toString();
    i.description = q.value(8).toString();
    i.category = q.value(9).toString();
    i.level = q.value(10).toString();
    i.state = q.value(11).toString();
    i.stateSince = parse(q.value(12));
    i.reportedBy = q.value(13).toString();
    i.reportedAt = parse(q.value(14));
    i.resolvedAt = parse(q.value(15));
    i.resolution = q.value(16).toString();
    return i;
}
} // namespace

bool GridIncident::open() const
{
    return state != incident_state::Resolved && state != incident_state::Closed;
}

bool GridIncident::overdue(const QDateTime &now) const
{
    return open() && reportedAt.isValid() && reportedAt.daysTo(now) > incident_level::deadlineDays(level);
}

IncidentService::IncidentService(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> IncidentService::report(const GridIncident &input, const QDateTime &atInput)
{
    if (!mSession.can(Permission::RecordGridWork))
        return Result<qint64>::fail(QString(), tr("Your role (%1) may not report grid incidents.").arg(Session::roleName(mSession.role())));
    if (Status inScope = Scope::grid(mDb, mSession, input.gridId); !inScope)
        return inScope.errors();
    GridIncident i = input;
    i.title = i.title.trimmed();
    i.category = i.category.trimmed();
    const QDateTime at = orNow(atInput);
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    if (!sql::scalar(conn, QStringLiteral("SELECT id FROM grid WHERE id = ?"), {i.gridId}).isValid())
        errors.append({QStringLiteral("grid"), tr("Choose the grid where it happened.")});
    if (i.title.isEmpty())
        errors.append({QStringLiteral("title"), tr("Say in a few words what was found.")});
    if (i.category.isEmpty())
        errors.append({QStringLiteral("category"), tr("Choose a category.")});
    if (i.buildingId && !sql::scalar(conn, QStringLiteral("SELECT id FROM building WHERE id = ?"), {i.buildingId}).isValid())
        errors.append({QStringLiteral("building"), tr("The building does not exist.")});
    if (at > QDateTime::currentDateTimeUtc().addSecs(60))
        errors.append({QStringLiteral("reported_at"), tr("An incident cannot be reported in the future.")});
    if (!errors.isEmpty())
        return errors;

    const QString day = QStringLiteral("E") + at.toString(QStringLiteral("yyyyMMdd"));
    Transaction tx(mDb);
    const int seq = sql::scalar(conn, QStringLiteral("SELECT count(*) FROM grid_incident WHERE number >= ? AND number < ?"),
                                {day, day + QLatin1Char('~')}).toInt() + 1;
    i.number = day + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    const Workflow &w = gridIncidentWorkflow();
    const qint64 id = sql::insert(conn, QStringLiteral(
        "INSERT INTO grid_incident (number, grid_id, building_id, patrol_id, title, description, category, level, state, "
        "state_since, reported_by, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {i.number, i.gridId, sql::nullableId(i.buildingId), sql::nullableId(i.patrolId), i.title,
         sql::nullableText(i.description.trimmed()), i.category, incident_level::Grid, w.initialState(), stamp(at),
         mSession.user(), stamp(at)});
    CaseHistory::record(mDb, w.kind(), id, QStringLiteral("report"), QString(), w.initialState(), mSession.user(), {}, at);
    AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("grid_incident"), id,
                     AuditLog::diff({}, {{QStringLiteral("number"), i.number}, {QStringLiteral("title"), i.title},
                                         {QStringLiteral("category"), i.category}, {QStringLiteral("grid_id"), i.gridId}}));
    tx.commit();
    return id;
}

QList<const Transition *> IncidentService::available(const GridIncident &incident) const
{
    QList<const Transition *> actions = gridIncidentWorkflow().available(incident.state, mSession.role());
    if (mSession.role() == Role::GridWorker && incident.level != incident_level::Grid)
        actions.clear();
    if (incident.level == incident_level::Street)
        actions.removeIf([](const Transition *t) { return t->action == QLatin1String("escalate"); });
    return actions;
}

Status IncidentService::take(qint64 incidentId, const QString &action, const QVariantMap &fields, const QDateTime &atInput)
{
    const std::optional<GridIncident> found = find(incidentId);
    if (!found)
        return Status::fail(QString(), tr("The incident no longer exists."));
    const GridIncident &incident = *found;
    if (Status inScope = Scope::grid(mDb, mSession, incident.gridId); !inScope)
        return inScope;
    const Workflow &w = gridIncidentWorkflow();
    const Result<const Transition *> allowed = w.check(incident.state, action, mSession.role(), fields);
    if (!allowed)
        return allowed.errors();
    if (mSession.role() == Role::GridWorker && incident.level != incident_level::Grid)
        return Status::fail(QString(), tr("The incident has gone up to the %1; its staff handle it now.").arg(incident_level::name(incident.level)));
    const Transition &t = *allowed.value();
    const QDateTime at = orNow(atInput);
    if (at < incident.stateSince)
        return Status::fail(QString(), tr("A step cannot be dated before the incident's previous step."));

    QVariantMap recorded;
    for (const RequiredField &f : t.required)
        recorded.insert(f.name, fields.value(f.name).toString().trimmed());
    QStringList sets = {QStringLiteral("state = ?"), QStringLiteral("state_since = ?")};
    QVariantList values = {t.to, stamp(at)};
    if (action == QLatin1String("escalate")) {
        const QString next = incident_level::next(incident.level);
        if (next.isEmpty())
            return Status::fail(QString(), tr("The incident is already with the street office; it cannot go higher."));
        sets << QStringLiteral("level = ?");
        values << next;
        recorded.insert(QStringLiteral("level"), next);
    } else if (action == QLatin1String("resolve")) {
        sets << QStringLiteral("resolution = ?") << QStringLiteral("resolved_at = ?");
        values << recorded.value(QStringLiteral("resolution")) << stamp(at);
    } else if (action == QLatin1String("reopen")) {
        sets << QStringLiteral("resolved_at = NULL");
    }

    QSqlDatabase conn = mDb.connection();
    Transaction tx(mDb);
    QSqlQuery update = sql::exec(conn, QStringLiteral("UPDATE grid_incident SET %1 WHERE id = ? AND state = ?").arg(sets.join(QStringLiteral(", "))),
                                 values + QVariantList{incidentId, incident.state});
    if (update.numRowsAffected() != 1)
        return Status::fail(QString(), tr("Someone else changed this incident meanwhile; look at it again."));
    if (action == QLatin1String("close"))
        sql::exec(conn, QStringLiteral("UPDATE patrol SET follow_up = 'done' WHERE incident_id = ?"), {incidentId});
    else if (action == QLatin1String("reopen"))
        sql::exec(conn, QStringLiteral("UPDATE patrol SET follow_up = 'open' WHERE incident_id = ?"), {incidentId});
    CaseHistory::record(mDb, w.kind(), incidentId, action, incident.state, t.to, mSession.user(), recorded, at);
    QVariantMap after = recorded;
    after.insert(QStringLiteral("state"), t.to);
    AuditLog::record(mDb, mSession, action, QStringLiteral("grid_incident"), incidentId,
                     AuditLog::diff({{QStringLiteral("state"), incident.state}}, after));
    tx.commit();
    return success();
}

std::optional<GridIncident> IncidentService::find(qint64 id) const
{
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT %1 WHERE i.id = ?").arg(kColumns), {id});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<GridIncident> IncidentService::list(const IncidentFilter &f) const
{
    QStringList where;
    QVariantList values;
    if (f.communityId) {
        where << QStringLiteral("g.community_id = ?");
        values << f.communityId;
    }
    if (f.gridId) {
        where << QStringLiteral("i.grid_id = ?");
        values << f.gridId;
    }
    Scope::restrictList(mSession, where, values, QStringLiteral("g.community_id"), QStringLiteral("i.grid_id"));
    if (!f.state.isEmpty()) {
        where << QStringLiteral("i.state = ?");
        values << f.state;
    }
    if (f.openOnly)
        where << QStringLiteral("i.state NOT IN ('resolved', 'closed')");
    if (!f.text.trimmed().isEmpty()) {
        where << QStringLiteral("(i.title LIKE ? ESCAPE '\\' OR i.number LIKE ? ESCAPE '\\' OR i.description LIKE ? ESCAPE '\\')");
        const QString pattern = sql::containsPattern(f.text.trimmed());
        values << pattern << pattern << pattern;
    }
    QString statement = QStringLiteral("SELECT %1").arg(kColumns);
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY i.reported_at DESC, i.id DESC LIMIT %1").arg(qMax(1, f.limit));
    QSqlQuery q = sql::exec(mDb.connection(), statement, values);
    QList<GridIncident> result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

QMap<QString, int> IncidentService::countByState(Database &db, qint64 communityId)
{
    QMap<QString, int> counts;
    for (const QString &state : gridIncidentWorkflow().states())
        counts.insert(state, 0);
    QSqlQuery q = communityId
        ? sql::exec(db.connection(), QStringLiteral("SELECT i.state, count(*) FROM grid_incident i JOIN grid g ON g.id = i.grid_id "
                                                    "WHERE g.community_id = ? GROUP BY i.state"), {communityId})
        : sql::exec(db.connection(), QStringLiteral("SELECT state, count(*) FROM grid_incident GROUP BY state"));
    while (q.next())
        counts[q.value(0).toString()] = q.value(1).toInt();
    return counts;
}

} // namespace jy
