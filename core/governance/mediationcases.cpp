#include "governance/mediationcases.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "common/registerhelpers.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "governance/mediationworkflow.h"
#include "workflow/casesteps.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::MediationCases", text); }
const QString kTable = QStringLiteral("mediation_case");
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
    "SELECT k.id, k.number, k.community_id, k.kind, k.parties, k.summary, k.mediator, k.sessions, k.outcome, k.agreement_signed, "
    "k.state, k.state_since, k.created_at, k.closed_at, c.name FROM mediation_case k JOIN community c ON c.id = k.community_id");

MediationCase fromQuery(const QSqlQuery &q)
{
    MediationCase m;
    m.id = q.value(0).toLongLong();
    m.number = q.value(1).toString();
    m.communityId = q.value(2).toLongLong();
    m.kind = q.value(3).toString();
    m.parties = q.value(4).toString();
    m.summary = q.value(5).toString();
    m.mediator = q.value(6).toString();
    m.sessions = q.value(7).toInt();
    m.outcome = q.value(8).toString();
    m.agreementSigned = q.value(9).toBool();
    m.state = q.value(10).toString();
    m.stateSince = utc(q.value(11));
    m.createdAt = utc(q.value(12));
    m.closedAt = utc(q.value(13));
    m.communityName = q.value(14).toString();
    return m;
}

reg::Where whereOf(const RegisterFilter &f, const Session &session)
{
    reg::Where w;
    w.scope(session, QStringLiteral("k.community_id"));
    if (f.communityId)
        w.add(QStringLiteral("k.community_id = ?"), {f.communityId});
    if (!f.kind.isEmpty())
        w.add(QStringLiteral("k.kind = ?"), {f.kind});
    if (!f.state.isEmpty())
        w.add(QStringLiteral("k.state = ?"), {f.state});
    if (f.from.isValid())
        w.add(QStringLiteral("k.created_at >= ?"), {f.from.toString(Qt::ISODate)});
    if (f.to.isValid())
        w.add(QStringLiteral("k.created_at < ?"), {f.to.addDays(1).toString(Qt::ISODate)});
    w.text(f.text, {QStringLiteral("k.number"), QStringLiteral("k.parties"), QStringLiteral("k.summary"), QStringLiteral("k.mediator")});
    return w;
}
} // namespace

QStringList dispute_kind::all() { return {Neighbour, Family, Property, Relocation, Labour, Other}; }
QString dispute_kind::name(const QString &kind)
{
    const char *text = kind == Neighbour ? QT_TRANSLATE_NOOP("jy::MediationCases", "between neighbours")
                     : kind == Family ? QT_TRANSLATE_NOOP("jy::MediationCases", "family")
                     : kind == Property ? QT_TRANSLATE_NOOP("jy::MediationCases", "property management")
                     : kind == Relocation ? QT_TRANSLATE_NOOP("jy::MediationCases", "demolition and relocation")
                     : kind == Labour ? QT_TRANSLATE_NOOP("jy::MediationCases", "wages and labour")
                     : kind == Other ? QT_TRANSLATE_NOOP("jy::MediationCases", "other")
                                     : nullptr;
    return text ? QCoreApplication::translate("jy::MediationCases", text) : kind;
}

MediationCases::MediationCases(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> MediationCases::registerCase(const MediationCase &input, const QDateTime &atInput)
{
    if (Status allowed = reg::require(mSession, Permission::RecordCases, tr("mediation cases")); !allowed)
        return allowed.errors();
    MediationCase c = input;
    c.parties = c.parties.trimmed();
    c.summary = c.summary.trimmed();
    FieldErrors errors;
    if (!reg::communityExists(mDb, c.communityId))
        errors.append({QStringLiteral("community"), tr("Choose the community.")});
    else if (Status inScope = reg::inScope(mDb, mSession, c.communityId); !inScope)
        errors.append(inScope.errors());
    if (!dispute_kind::all().contains(c.kind))
        errors.append({QStringLiteral("kind"), tr("Choose the kind of dispute.")});
    if (c.parties.isEmpty())
        errors.append({QStringLiteral("parties"), tr("Name the parties to the dispute.")});
    if (c.summary.isEmpty())
        errors.append({QStringLiteral("summary"), tr("Say what the dispute is about.")});
    if (!errors.isEmpty())
        return errors;
    const Workflow &w = mediationWorkflow();
    const QDateTime at = atInput.isValid() ? atInput.toUTC() : QDateTime::currentDateTimeUtc();
    Transaction tx(mDb);
    const QString number = CaseSteps::nextNumber(mDb, kTable, QStringLiteral("TJ"), at);
    const qint64 id = sql::insert(mDb.connection(), QStringLiteral(
        "INSERT INTO mediation_case (number, community_id, kind, parties, summary, state, state_since, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {number, c.communityId, c.kind, c.parties, c.summary, w.initialState(), stamp(at), stamp(at), mSession.user()});
    CaseHistory::record(mDb, w.kind(), id, QStringLiteral("register"), QString(), w.initialState(), mSession.user(), {}, at);
    AuditLog::record(mDb, mSession, QStringLiteral("create"), kTable, id,
                     AuditLog::diff({}, {{QStringLiteral("number"), number}, {QStringLiteral("kind"), c.kind}, {QStringLiteral("parties"), c.parties}}));
    tx.commit();
    return id;
}

Status MediationCases::take(qint64 id, const QString &action, const QVariantMap &fields, const QDateTime &at)
{
    return CaseSteps::take(mDb, mSession, mediationWorkflow(), kTable, id, action, fields, at,
                           [&at](const Transition &t, const QVariantMap &f, CaseStepChanges &c) -> Status {
        const QString closed = (at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc()).toString(Qt::ISODate);
        if (t.action == QLatin1String("accept")) {
            c.sets << QStringLiteral("mediator = ?");
            c.values << f.value(QStringLiteral("mediator")).toString().trimmed();
        } else if (t.action == QLatin1String("session")) {
            c.sets << QStringLiteral("sessions = sessions + 1");
        } else if (t.action == QLatin1String("resolve")) {
            const bool signedAgreement = f.value(QStringLiteral("agreement_signed")).toBool();
            c.sets << QStringLiteral("outcome = ?") << QStringLiteral("agreement_signed = ?") << QStringLiteral("closed_at = ?");
            c.values << f.value(QStringLiteral("outcome")).toString().trimmed() << (signedAgreement ? 1 : 0) << closed;
            c.recorded.insert(QStringLiteral("agreement_signed"), signedAgreement);
        } else {
            // fail, escalate, withdraw: the case leaves the community's hands.
            c.sets << QStringLiteral("outcome = ?") << QStringLiteral("closed_at = ?");
            c.values << f.value(QStringLiteral("reason")).toString().trimmed() << closed;
        }
        return success();
    });
}

std::optional<MediationCase> MediationCases::find(qint64 id) const
{
    const reg::Where w = reg::byId(mSession, QStringLiteral("k.id"), id, QStringLiteral("k.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + w.clause(), w.values);
    return reg::first(q, fromQuery);
}

QList<HistoryEntry> MediationCases::history(qint64 id) const
{
    if (!mSession.unrestricted() && !find(id))
        return {};
    return CaseHistory::of(mDb, mediationWorkflow().kind(), id);
}

QList<MediationCase> MediationCases::list(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + w.clause() + QStringLiteral(" ORDER BY k.created_at DESC, k.id DESC") + reg::page(f), w.values);
    return reg::rows(q, fromQuery);
}

int MediationCases::count(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM mediation_case k") + w.clause(), w.values).toInt();
}

} // namespace jy
