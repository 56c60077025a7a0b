#include "governance/agencyservices.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "common/registerhelpers.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "governance/agencyworkflow.h"
#include "workflow/casesteps.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::AgencyServices", text); }
const QString kTable = QStringLiteral("agency_service");
QString stamp(const QDateTime &at) { return at.toUTC().toString(Qt::ISODate); }
QDateTime utc(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.number, a.community_id, a.resident_id, a.requester_name, a.matter, a.category, a.handler, a.result, a.state, "
    "a.state_since, a.created_at, a.completed_at, c.name FROM agency_service a JOIN community c ON c.id = a.community_id");

AgencyService fromQuery(const QSqlQuery &q)
{
    AgencyService s;
    s.id = q.value(0).toLongLong();
    s.number = q.value(1).toString();
    s.communityId = q.value(2).toLongLong();
    s.residentId = q.value(3).toLongLong();
    s.requesterName = q.value(4).toString();
    s.matter = q.value(5).toString();
    s.category = q.value(6).toString();
    s.handler = q.value(7).toString();
    s.result = q.value(8).toString();
    s.state = q.value(9).toString();
    s.stateSince = utc(q.value(10));
    s.createdAt = utc(q.value(11));
    s.completedAt = utc(q.value(12));
    s.communityName = q.value(13).toString();
    return s;
}

reg::Where whereOf(const RegisterFilter &f, const Session &session)
{
    reg::Where w;
    w.scope(session, QStringLiteral("a.community_id"));
    if (f.communityId)
        w.add(QStringLiteral("a.community_id = ?"), {f.communityId});
    if (!f.kind.isEmpty())
        w.add(QStringLiteral("a.category = ?"), {f.kind});
    if (!f.state.isEmpty())
        w.add(QStringLiteral("a.state = ?"), {f.state});
    if (f.from.isValid())
        w.add(QStringLiteral("a.created_at >= ?"), {f.from.toString(Qt::ISODate)});
    if (f.to.isValid())
        w.add(QStringLiteral("a.created_at < ?"), {f.to.addDays(1).toString(Qt::ISODate)});
    w.text(f.text, {QStringLiteral("a.number"), QStringLiteral("a.requester_name"), QStringLiteral("a.matter"), QStringLiteral("a.handler")});
    return w;
}
} // namespace

QStringList agencyCategories()
{
    return {QStringLiteral("社保医保"), QStringLiteral("证件办理"), QStringLiteral("高龄津贴"), QStringLiteral("残疾人证"),
            QStringLiteral("低保救助"), QStringLiteral("户籍事务"), QStringLiteral("水电燃气"), QStringLiteral("其他")};
}

double AgencyService::daysTaken() const
{
    if (!completedAt.isValid() || !createdAt.isValid())
        return -1;
    return createdAt.secsTo(completedAt) / 86400.0;
}

AgencyServices::AgencyServices(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> AgencyServices::receive(const AgencyService &input, const QDateTime &atInput)
{
    if (Status allowed = reg::require(mSession, Permission::RecordCases, tr("agency services")); !allowed)
        return allowed.errors();
    AgencyService s = input;
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors;
    if (s.residentId) {
        QSqlQuery r = sql::exec(conn, QStringLiteral("SELECT name, community_id FROM resident WHERE id = ?"), {s.residentId});
        if (!r.next()) {
            errors.append({QStringLiteral("requester"), tr("The resident is not on the roster.")});
        } else {
            s.requesterName = r.value(0).toString();
            if (!s.communityId)
                s.communityId = r.value(1).toLongLong();
        }
    }
    s.requesterName = s.requesterName.trimmed();
    s.matter = s.matter.trimmed();
    s.category = s.category.trimmed();
    if (s.requesterName.isEmpty())
        errors.append({QStringLiteral("requester"), tr("Choose the resident, or enter the name of the person asking.")});
    if (s.matter.isEmpty())
        errors.append({QStringLiteral("matter"), tr("Say what is to be handled.")});
    if (s.category.isEmpty())
        errors.append({QStringLiteral("category"), tr("Choose the kind of matter.")});
    if (!reg::communityExists(mDb, s.communityId))
        errors.append({QStringLiteral("community"), tr("Choose the community.")});
    else if (Status inScope = reg::inScope(mDb, mSession, s.communityId); !inScope)
        errors.append(inScope.errors());
    if (!errors.isEmpty())
        return errors;
    const Workflow &w = agencyWorkflow();
    const QDateTime at = atInput.isValid() ? atInput.toUTC() : QDateTime::currentDateTimeUtc();
    Transaction tx(mDb);
    const QString number = CaseSteps::nextNumber(mDb, kTable, QStringLiteral("DB"), at);
    const qint64 id = sql::insert(conn, QStringLiteral(
        "INSERT INTO agency_service (number, community_id, resident_id, requester_name, matter, category, state, state_since, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {number, s.communityId, sql::nullableId(s.residentId), s.requesterName, s.matter, s.category, w.initialState(), stamp(at), stamp(at), mSession.user()});
    CaseHistory::record(mDb, w.kind(), id, QStringLiteral("receive"), QString(), w.initialState(), mSession.user(), {}, at);
    AuditLog::record(mDb, mSession, QStringLiteral("create"), kTable, id,
                     AuditLog::diff({}, {{QStringLiteral("number"), number}, {QStringLiteral("requester"), s.requesterName},
                                         {QStringLiteral("matter"), s.matter}, {QStringLiteral("category"), s.category}}));
    tx.commit();
    return id;
}

Status AgencyServices::take(qint64 id, const QString &action, const QVariantMap &fields, const QDateTime &at)
{
    return CaseSteps::take(mDb, mSession, agencyWorkflow(), kTable, id, action, fields, at,
                           [&at](const Transition &t, const QVariantMap &f, CaseStepChanges &c) -> Status {
        if (t.action == QLatin1String("handle")) {
            c.sets << QStringLiteral("handler = ?");
            c.values << f.value(QStringLiteral("handler")).toString().trimmed();
        } else {
            c.sets << QStringLiteral("result = ?") << QStringLiteral("completed_at = ?");
            c.values << f.value(t.action == QLatin1String("finish") ? QStringLiteral("result") : QStringLiteral("reason")).toString().trimmed()
                     << (at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate);
        }
        return success();
    });
}

std::optional<AgencyService> AgencyServices::find(qint64 id) const
{
    const reg::Where w = reg::byId(mSession, QStringLiteral("a.id"), id, QStringLiteral("a.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + w.clause(), w.values);
    return reg::first(q, fromQuery);
}

QList<HistoryEntry> AgencyServices::history(qint64 id) const
{
    if (!mSession.unrestricted() && !find(id))
        return {};
    return CaseHistory::of(mDb, agencyWorkflow().kind(), id);
}

QList<AgencyService> AgencyServices::list(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + w.clause() + QStringLiteral(" ORDER BY a.created_at DESC, a.id DESC") + reg::page(f), w.values);
    return reg::rows(q, fromQuery);
}

int AgencyServices::count(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM agency_service a") + w.clause(), w.values).toInt();
}

} // namespace jy
