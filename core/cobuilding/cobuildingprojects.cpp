#include "cobuilding/cobuildingprojects.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "cobuilding/projectworkflow.h"
#include "common/registerhelpers.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "workflow/casesteps.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::CoBuildingProjects", text); }
const QString kTable = QStringLiteral("cobuilding_project");
QString stamp(const QDateTime &at) { return at.toUTC().toString(Qt::ISODate); }
QDateTime utc(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.community_id, p.title, p.need_id, p.resource_id, p.unit_id, p.state, p.state_since, p.result, p.created_at, u.name, n.title "
    "FROM cobuilding_project p LEFT JOIN cobuilding_unit u ON u.id = p.unit_id LEFT JOIN cobuilding_need n ON n.id = p.need_id");

CoBuildingProject fromQuery(const QSqlQuery &q)
{
    CoBuildingProject p;
    p.id = q.value(0).toLongLong();
    p.communityId = q.value(1).toLongLong();
    p.title = q.value(2).toString();
    p.needId = q.value(3).toLongLong();
    p.resourceId = q.value(4).toLongLong();
    p.unitId = q.value(5).toLongLong();
    p.state = q.value(6).toString();
    p.stateSince = utc(q.value(7));
    p.result = q.value(8).toString();
    p.createdAt = utc(q.value(9));
    p.unitName = q.value(10).toString();
    p.needTitle = q.value(11).toString();
    return p;
}

reg::Where whereOf(const RegisterFilter &f, const Session &session)
{
    reg::Where w;
    w.scope(session, QStringLiteral("p.community_id"));
    if (f.communityId)
        w.add(QStringLiteral("p.community_id = ?"), {f.communityId});
    if (f.ownerId)
        w.add(QStringLiteral("p.unit_id = ?"), {f.ownerId});
    if (!f.state.isEmpty())
        w.add(QStringLiteral("p.state = ?"), {f.state});
    w.text(f.text, {QStringLiteral("p.title"), QStringLiteral("u.name")});
    return w;
}
} // namespace

CoBuildingProjects::CoBuildingProjects(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> CoBuildingProjects::create(const CoBuildingProject &input, const QDateTime &atInput)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the co-building projects")); !allowed)
        return allowed.errors();
    CoBuildingProject p = input;
    p.title = p.title.trimmed();
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    if (p.title.isEmpty())
        errors.append({QStringLiteral("title"), tr("Name the project, e.g. 平价果蔬进小区.")});
    if (!reg::communityExists(mDb, p.communityId))
        errors.append({QStringLiteral("community"), tr("Choose the community.")});
    else if (Status inScope = reg::inScope(mDb, mSession, p.communityId); !inScope)
        errors.append(inScope.errors());
    if (p.needId && sql::scalar(conn, QStringLiteral("SELECT community_id FROM cobuilding_need WHERE id = ?"), {p.needId}).toLongLong() != p.communityId)
        errors.append({QStringLiteral("need"), tr("The need must be one of this community's list.")});
    if (p.resourceId) {
        QSqlQuery r = sql::exec(conn, QStringLiteral("SELECT r.unit_id, u.community_id FROM cobuilding_resource r JOIN cobuilding_unit u ON u.id = r.unit_id WHERE r.id = ?"),
                                {p.resourceId});
        if (!r.next() || r.value(1).toLongLong() != p.communityId)
            errors.append({QStringLiteral("resource"), tr("The resource must be offered by a unit of this community.")});
    }
    if (!errors.isEmpty())
        return errors;
    const Workflow &w = coBuildingProjectWorkflow();
    const QDateTime at = atInput.isValid() ? atInput.toUTC() : QDateTime::currentDateTimeUtc();
    Transaction tx(mDb);
    const qint64 id = sql::insert(conn, QStringLiteral("INSERT INTO cobuilding_project (community_id, title, need_id, resource_id, state, state_since, created_at, created_by) "
                                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {p.communityId, p.title, sql::nullableId(p.needId), sql::nullableId(p.resourceId), w.initialState(), stamp(at), stamp(at),
                                   mSession.user()});
    CaseHistory::record(mDb, w.kind(), id, QStringLiteral("order"), QString(), w.initialState(), mSession.user(), {}, at);
    AuditLog::record(mDb, mSession, QStringLiteral("create"), kTable, id,
                     AuditLog::diff({}, {{QStringLiteral("title"), p.title}, {QStringLiteral("need_id"), p.needId}, {QStringLiteral("resource_id"), p.resourceId}}));
    tx.commit();
    return id;
}

Status CoBuildingProjects::take(qint64 id, const QString &action, const QVariantMap &fields, const QDateTime &at)
{
    return CaseSteps::take(mDb, mSession, coBuildingProjectWorkflow(), kTable, id, action, fields, at,
                           [this, id](const Transition &t, const QVariantMap &f, CaseStepChanges &c) -> Status {
        if (t.action == QLatin1String("dispatch")) {
            const qint64 unitId = f.value(QStringLiteral("unit_id")).toLongLong();
            QSqlQuery u = sql::exec(mDb.connection(), QStringLiteral("SELECT u.name, u.community_id = p.community_id FROM cobuilding_unit u, cobuilding_project p "
                                                                     "WHERE u.id = ? AND p.id = ?"), {unitId, id});
            if (!u.next())
                return Status::fail(QStringLiteral("unit_id"), tr("The unit does not exist."));
            if (!u.value(1).toBool())
                return Status::fail(QStringLiteral("unit_id"), tr("%1 is a co-building unit of another community.").arg(u.value(0).toString()));
            c.sets << QStringLiteral("unit_id = ?");
            c.values << unitId;
            c.recorded.insert(QStringLiteral("unit"), u.value(0).toString());
        } else if (t.action == QLatin1String("decline")) {
            c.sets << QStringLiteral("unit_id = NULL");
        } else if (t.action == QLatin1String("complete")) {
            c.sets << QStringLiteral("result = ?");
            c.values << f.value(QStringLiteral("result")).toString().trimmed();
        }
        return success();
    });
}

std::optional<CoBuildingProject> CoBuildingProjects::find(qint64 id) const
{
    const reg::Where w = reg::byId(mSession, QStringLiteral("p.id"), id, QStringLiteral("p.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + w.clause(), w.values);
    return reg::first(q, fromQuery);
}

QList<HistoryEntry> CoBuildingProjects::history(qint64 id) const
{
    if (!mSession.unrestricted() && !find(id))
        return {};
    return CaseHistory::of(mDb, coBuildingProjectWorkflow().kind(), id);
}

QList<CoBuildingProject> CoBuildingProjects::list(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + w.clause() + QStringLiteral(" ORDER BY p.created_at DESC, p.id DESC") + reg::page(f), w.values);
    return reg::rows(q, fromQuery);
}

int CoBuildingProjects::count(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM cobuilding_project p LEFT JOIN cobuilding_unit u ON u.id = p.unit_id") + w.clause(),
                       w.values).toInt();
}

} // namespace jy
