#include "grids/careplans.h"
#include "common/conflict.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "residents/addressformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::CarePlans", text); }

// "Last contact is older than the plan's frequency", in each dialect's date arithmetic.
QString overdueCondition(const Database &db)
{
    return db.dialect() == Dialect::SQLite
               ? QStringLiteral("COALESCE(p.last_visit_on, p.started_on) < date(?, '-' || p.frequency_days || ' days')")
               : QStringLiteral("CAST(COALESCE(p.last_visit_on, p.started_on) AS date) < CAST(? AS date) - p.frequency_days");
}

const QString kColumns = QStringLiteral(
    "p.id, p.resident_id, r.name, e.name, b.number, u.number, d.room, "
    "(SELECT MIN(g.name) FROM grid_building gb JOIN grid g ON g.id = gb.grid_id WHERE gb.building_id = r.building_id), "
    "p.category, p.frequency_days, p.responsible, p.phone, p.started_on, p.active, p.notes, p.last_visit_on, p.row_version "
    "FROM care_plan p JOIN resident r ON r.id = p.resident_id "
    "LEFT JOIN household h ON h.id = r.household_id LEFT JOIN dwelling d ON d.id = h.dwelling_id "
    "LEFT JOIN unit u ON u.id = d.unit_id LEFT JOIN building b ON b.id = COALESCE(u.building_id, r.building_id) "
    "LEFT JOIN estate e ON e.id = b.estate_id");

CarePlan fromQuery(const QSqlQuery &q)
{
    CarePlan p;
    p.id = q.value(0).toLongLong();
    p.residentId = q.value(1).toLongLong();
    p.residentName = q.value(2).toString();
    p.address = formatAddress(q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString());
    p.gridName = q.value(7).toString();
    p.category = q.value(8).toString();
    p.frequencyDays = q.value(9).toInt();
    p.responsible = q.value(10).toString();
    p.phone = q.value(11).toString();
    p.startedOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    p.active = q.value(13).toBool();
    p.notes = q.value(14).toString();
    p.lastVisitOn = QDate::fromString(q.value(15).toString(), Qt::ISODate);
    p.rowVersion = q.value(16).toInt();
    return p;
}
} // namespace

int CarePlan::daysSince(const QDate &today) const
{
    const QDate from = lastVisitOn.isValid() ? lastVisitOn : startedOn;
    return from.isValid() ? int(from.daysTo(today)) : 0;
}

bool CarePlan::overdue(const QDate &today) const
{
    return active && daysSince(today) > frequencyDays;
}

CarePlans::CarePlans(Database &db, const Session &session) : mDb(db), mSession(session) {}

QStringList CarePlans::categories()
{
    return {QStringLiteral("独居"), QStringLiteral("孤寡"), QStringLiteral("空巢"), QStringLiteral("残疾"),
            QStringLiteral("高龄"), QStringLiteral("低保"), QStringLiteral("困境儿童"), QStringLiteral("优抚对象")};
}

Result<qint64> CarePlans::savePlan(const CarePlan &input)
{
    if (!mSession.can(Permission::ManageGridMap))
        return Result<qint64>::fail(QString(), tr("Your role (%1) may not change care plans.").arg(Session::roleName(mSession.role())));
    if (Status inScope = Scope::resident(mDb, mSession, input.residentId); !inScope)
        return inScope.errors();
    CarePlan p = input;
    p.category = p.category.trimmed();
    p.responsible = p.responsible.trimmed();
    p.phone = p.phone.trimmed();
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    if (!sql::scalar(conn, QStringLiteral("SELECT id FROM resident WHERE id = ?"), {p.residentId}).isValid())
        errors.append({QStringLiteral("resident"), tr("Choose the resident from the roster.")});
    if (p.category.isEmpty())
        errors.append({QStringLiteral("category"), tr("Choose the care list the resident is on.")});
    if (p.frequencyDays < 1 || p.frequencyDays > 365)
        errors.append({QStringLiteral("frequency"), tr("Visit every 1 to 365 days.")});
    if (p.responsible.isEmpty())
        errors.append({QStringLiteral("responsible"), tr("Name the person responsible for the visits.")});
    if (!p.startedOn.isValid())
        p.startedOn = QDate::currentDate();
    if (!p.id && sql::scalar(conn, QStringLiteral("SELECT id FROM care_plan WHERE resident_id = ? AND category = ?"),
                             {p.residentId, p.category}).isValid())
        errors.append({QStringLiteral("category"), tr("The resident already has a care plan for this list.")});
    if (!errors.isEmpty())
        return errors;

    const QVariantMap after = {{QStringLiteral("resident_id"), p.residentId}, {QStringLiteral("category"), p.category},
                               {QStringLiteral("frequency_days"), p.frequencyDays}, {QStringLiteral("responsible"), p.responsible},
                               {QStringLiteral("phone"), p.phone}, {QStringLiteral("started_on"), p.startedOn.toString(Qt::ISODate)},
                               {QStringLiteral("active"), p.active}, {QStringLiteral("notes"), p.notes.trimmed()}};
    Transaction tx(mDb);
    qint64 id = p.id;
    if (id) {
        const std::optional<CarePlan> old = find(id);
        if (!old)
            return Result<qint64>::fail(QString(), tr("The care plan no longer exists."));
        if (!reg::updateVersioned(conn, QStringLiteral("care_plan"),
                                  QStringLiteral("category = ?, frequency_days = ?, responsible = ?, phone = ?, started_on = ?, active = ?, notes = ?"),
                                  {p.category, p.frequencyDays, p.responsible, sql::nullableText(p.phone), p.startedOn.toString(Qt::ISODate), p.active ? 1 : 0, sql::nullableText(p.notes.trimmed())}, id, p.rowVersion))
            return reg::conflict(old->residentName);
        const QVariantMap before = {{QStringLiteral("resident_id"), old->residentId}, {QStringLiteral("category"), old->category},
                                    {QStringLiteral("frequency_days"), old->frequencyDays}, {QStringLiteral("responsible"), old->responsible},
                                    {QStringLiteral("phone"), old->phone}, {QStringLiteral("started_on"), old->startedOn.toString(Qt::ISODate)},
                                    {QStringLiteral("active"), old->active}, {QStringLiteral("notes"), old->notes}};
        AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("care_plan"), id, AuditLog::diff(before, after));
    } else {
        id = sql::insert(conn, QStringLiteral("INSERT INTO care_plan (resident_id, category, frequency_days, responsible, phone, "
                                              "started_on, active, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {p.residentId, p.category, p.frequencyDays, p.responsible, sql::nullableText(p.phone),
                          p.startedOn.toString(Qt::ISODate), p.active ? 1 : 0, sql::nullableText(p.notes.trimmed())});
        AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("care_plan"), id, AuditLog::diff({}, after));
    }
    tx.commit();
    return id;
}

Status CarePlans::endPlan(qint64 planId)
{
    if (!mSession.can(Permission::ManageGridMap))
        return Status::fail(QString(), tr("Your role (%1) may not change care plans.").arg(Session::roleName(mSession.role())));
    const std::optional<CarePlan> old = find(planId);
    if (!old)
        return Status::fail(QString(), tr("The care plan no longer exists."));
    if (Status inScope = Scope::resident(mDb, mSession, old->residentId); !inScope)
        return inScope;
    Transaction tx(mDb);
    sql::exec(mDb.connection(), QStringLiteral("UPDATE care_plan SET active = 0 WHERE id = ?"), {planId});
    AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("care_plan"), planId,
                     AuditLog::diff({{QStringLiteral("active"), old->active}}, {{QStringLiteral("active"), false}}));
    tx.commit();
    return success();
}

Result<qint64> CarePlans::recordVisit(const CareVisit &input)
{
    if (!mSession.can(Permission::RecordGridWork))
        return Result<qint64>::fail(QString(), tr("Your role (%1) may not record care visits.").arg(Session::roleName(mSession.role())));
    CareVisit v = input;
    v.visitor = v.visitor.trimmed();
    const std::optional<CarePlan> plan = find(v.planId);
    if (plan)
        if (Status inScope = Scope::resident(mDb, mSession, plan->residentId); !inScope)
            return inScope.errors();
    FieldErrors errors;
    if (!plan)
        errors.append({QStringLiteral("plan"), tr("The care plan no longer exists.")});
    else if (!plan->active)
        errors.append({QStringLiteral("plan"), tr("The care plan for %1 has ended.").arg(plan->residentName)});
    if (!v.visitedOn.isValid())
        errors.append({QStringLiteral("date"), tr("Enter the day of the visit.")});
    else if (v.visitedOn > QDate::currentDate())
        errors.append({QStringLiteral("date"), tr("A visit cannot be recorded for a day still to come.")});
    if (v.mode != QLatin1String("home") && v.mode != QLatin1String("phone"))
        errors.append({QStringLiteral("mode"), tr("Choose a home visit or a phone call.")});
    if (v.visitor.isEmpty())
        errors.append({QStringLiteral("visitor"), tr("Enter who made the visit.")});
    if (!errors.isEmpty())
        return errors;

    QSqlDatabase conn = mDb.connection();
    Transaction tx(mDb);
    const qint64 id = sql::insert(conn, QStringLiteral("INSERT INTO care_visit (plan_id, visited_on, mode, visitor, notes, created_at, "
                                                       "created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  {v.planId, v.visitedOn.toString(Qt::ISODate), v.mode, v.visitor, sql::nullableText(v.notes.trimmed()),
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate), mSession.user()});
    // Kept on the plan so that the overdue list is one indexed read, not a scan of every visit.
    sql::exec(conn, QStringLiteral("UPDATE care_plan SET last_visit_on = (SELECT MAX(visited_on) FROM care_visit WHERE plan_id = ?) "
                                   "WHERE id = ?"), {v.planId, v.planId});
    AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("care_visit"), id,
                     AuditLog::diff({}, {{QStringLiteral("plan_id"), v.planId}, {QStringLiteral("visited_on"), v.visitedOn.toString(Qt::ISODate)},
                                         {QStringLiteral("mode"), v.mode}, {QStringLiteral("visitor"), v.visitor}}));
    tx.commit();
    return id;
}

std::optional<CarePlan> CarePlans::find(qint64 planId) const
{
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT %1 WHERE p.id = ?").arg(kColumns), {planId});
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<CarePlan> CarePlans::list(const CareFilter &f) const
{
    QStringList where = {QStringLiteral("p.active = 1")};
    QVariantList values;
    if (f.communityId) {
        where << QStringLiteral("r.community_id = ?");
        values << f.communityId;
    }
    if (f.gridId) {
        where << QStringLiteral("r.building_id IN (SELECT building_id FROM grid_building WHERE grid_id = ?)");
        values << f.gridId;
    }
    Scope::restrictList(mSession, where, values, QStringLiteral("r.community_id"), QString(), QStringLiteral("r.building_id"));
    if (!f.category.isEmpty()) {
        where << QStringLiteral("p.category = ?");
        values << f.category;
    }
    if (f.overdueOnly) {
        where << overdueCondition(mDb);
        values << (f.today.isValid() ? f.today : QDate::currentDate()).toString(Qt::ISODate);
    }
    const QString statement = QStringLiteral("SELECT %1 WHERE %2 ORDER BY COALESCE(p.last_visit_on, p.started_on), p.id LIMIT %3")
                                  .arg(kColumns, where.join(QStringLiteral(" AND "))).arg(qMax(1, f.limit));
    QSqlQuery q = sql::exec(mDb.connection(), statement, values);
    QList<CarePlan> result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

QList<CareVisit> CarePlans::visits(qint64 planId) const
{
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT id, plan_id, visited_on, mode, visitor, notes FROM care_visit "
                                                             "WHERE plan_id = ? ORDER BY visited_on DESC, id DESC"), {planId});
    QList<CareVisit> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), QDate::fromString(q.value(2).toString(), Qt::ISODate),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return result;
}

int CarePlans::countOverdue(Database &db, const QDate &today, qint64 communityId)
{
    QString statement = QStringLiteral("SELECT count(*) FROM care_plan p JOIN resident r ON r.id = p.resident_id WHERE p.active = 1 AND ")
                        + overdueCondition(db);
    QVariantList values = {today.toString(Qt::ISODate)};
    if (communityId) {
        statement += QStringLiteral(" AND r.community_id = ?");
        values << communityId;
    }
    return sql::scalar(db.connection(), statement, values).toInt();
}

QMap<qint64, int> CarePlans::overdueByGrid(Database &db, const QDate &today, qint64 communityId)
{
    QMap<qint64, int> counts;
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral(
        "SELECT gb.grid_id, count(*) FROM care_plan p JOIN resident r ON r.id = p.resident_id "
        "JOIN grid_building gb ON gb.building_id = r.building_id WHERE p.active = 1 AND (? = 0 OR r.community_id = ?) AND %1 "
        "GROUP BY gb.grid_id").arg(overdueCondition(db)), {communityId, communityId, today.toString(Qt::ISODate)});
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

} // namespace jy
