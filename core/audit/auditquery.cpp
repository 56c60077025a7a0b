#include "audit/auditquery.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"
#include "export/tablewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace jy {

namespace {

// Entries store UTC in ISO form with milliseconds, so text order is time order and a local
// day's bounds become two string comparisons on the `at` index.
QString utcBound(const QDate &day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}

QString whereClause(const AuditFilter &f, QVariantList &values)
{
    QStringList parts;
    if (!f.actor.isEmpty()) {
        parts << QStringLiteral("actor = ?");
        values << f.actor;
    }
    if (!f.entity.isEmpty()) {
        parts << QStringLiteral("entity = ?");
        values << f.entity;
    }
    if (f.entityId >= 0) {
        parts << QStringLiteral("entity_id = ?");
        values << f.entityId;
    }
    if (f.from.isValid()) {
        parts << QStringLiteral("at >= ?");
        values << utcBound(f.from);
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("at < ?");
        values << utcBound(f.to.addDays(1));
    }
    if (!f.text.trimmed().isEmpty()) {
        parts << QStringLiteral("(changes LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\')");
        const QString pattern = sql::containsPattern(f.text.trimmed());
        values << pattern << pattern;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

QString valueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return v.toVariant().toString();
    }
}

QString shortened(const QString &text, int max = 40)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

} // namespace

AuditQuery::AuditQuery(Database &db, const Session &session) : mDb(db), mSession(session) {}

Status AuditQuery::checkAllowed() const
{
    if (!mSession.can(Permission::ViewAuditLog))
        return Status::fail(QString(), tr("Your role (%1) may not read the audit log.").arg(Session::roleName(mSession.role())));
    return success();
}

Result<int> AuditQuery::count(const AuditFilter &filter) const
{
    if (Status allowed = checkAllowed(); !allowed)
        return allowed.errors();
    QVariantList values;
    const QString where = whereClause(filter, values);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM audit_log") + where, values).toInt();
}

Result<QList<AuditEntry>> AuditQuery::page(const AuditFilter &filter, qint64 beforeId, int limit) const
{
    if (Status allowed = checkAllowed(); !allowed)
        return allowed.errors();
    QVariantList values;
    QString where = whereClause(filter, values);
    if (beforeId > 0) {
        where += where.isEmpty() ? QStringLiteral(" WHERE id < ?") : QStringLiteral(" AND id < ?");
        values << beforeId;
    }
    values << qMax(0, limit);
    QSqlQuery q = sql::exec(mDb.connection(),
                            QStringLiteral("SELECT id, at, actor, action, entity, entity_id, changes FROM audit_log") + where +
                                QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                            values);
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toLocalTime();
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        e.changes = q.value(6).toString();
        out << e;
    }
    return out;
}

Result<QStringList> AuditQuery::actors() const
{
    if (Status allowed = checkAllowed(); !allowed)
        return allowed.errors();
    QStringList out;
    // DISTINCT over the (actor, id) index: one step per person, not per entry.
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QStringList> AuditQuery::entities() const
{
    if (Status allowed = checkAllowed(); !allowed)
        return allowed.errors();
    QStringList out;
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT DISTINCT entity FROM audit_log ORDER BY entity"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<int> AuditQuery::exportTo(const AuditFilter &filter, const QString &path,
                                 const std::function<bool(int, int)> &progress) const
{
    if (Status allowed = checkAllowed(); !allowed)
        return allowed.errors();
    std::unique_ptr<TableWriter> writer = TableWriter::create(path);
    if (!writer)
        return Result<int>::fail(QStringLiteral("path"), tr("Choose a file name ending in .xlsx or .csv."));
    writer->setTitle(tr("Audit log (exported %1)").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    writer->setHeader({tr("No."), tr("Time"), tr("Person"), tr("Action"), tr("Record kind"), tr("Record"), tr("Changes")},
                      {8, 20, 12, 10, 14, 8, 80});
    int n = 0;
    qint64 before = 0;
    const auto cancelled = [] { return Result<int>::fail(QStringLiteral("cancelled"), tr("Export cancelled.")); };
    int total = 0;
    if (progress) {
        Result<int> counted = count(filter);
        if (!counted)
            return counted.errors();
        total = counted.value();
        if (!progress(0, total))
            return cancelled(); // the writer, destroyed unclosed, removes its file
    }
    for (;;) {
        if (progress && n > 0 && !progress(n, std::max(total, n)))
            return cancelled();
        Result<QList<AuditEntry>> rows = page(filter, before, 1000);
        if (!rows)
            return rows.errors();
        if (rows.value().isEmpty())
            break;
        for (const AuditEntry &e : rows.value()) {
            writer->addRow({e.id, e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor, actionName(e.action),
                            entityName(e.entity), e.entityId >= 0 ? QVariant(e.entityId) : QVariant(),
                            summary(e.changes, 1000)});
            ++n;
        }
        before = rows.value().constLast().id;
    }
    if (Status closed = writer->close(); !closed)
        return closed.errors();
    if (progress)
        progress(n, std::max(total, n));
    return n;
}

QList<AuditFieldChange> AuditQuery::fieldChanges(const QString &changesJson)
{
    QList<AuditFieldChange> out;
    const QJsonDocument doc = QJsonDocument::fromJson(changesJson.toUtf8());
    if (!doc.isObject()) {
        if (!changesJson.trimmed().isEmpty())
            out.append({QString(), QString(), changesJson, false, true});
        return out;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        AuditFieldChange c;
        c.field = it.key();
        const QJsonValue v = it.value();
        // AuditLog::diff writes [before, after]; null on one side for a created or removed value.
        if (v.isArray() && v.toArray().size() == 2) {
            const QJsonArray pair = v.toArray();
            c.hasBefore = !pair.at(0).isNull();
            c.hasAfter = !pair.at(1).isNull();
            c.before = valueText(pair.at(0));
            c.after = valueText(pair.at(1));
        } else {
            c.hasAfter = !v.isNull();
            c.after = valueText(v);
        }
        out << c;
    }
    return out;
}

QString AuditQuery::summary(const QString &changesJson, int maxFields)
{
    const QList<AuditFieldChange> changes = fieldChanges(changesJson);
    QStringList parts;
    for (const AuditFieldChange &c : changes) {
        if (parts.size() == maxFields)
            break;
        QString text;
        // An empty value reads as a dash, like a missing one: "phone: — → 139…".
        const auto shown = [](bool has, const QString &value) { return has && !value.isEmpty() ? shortened(value) : QStringLiteral("—"); };
        if (c.hasBefore)
            text = tr("%1 → %2").arg(shown(c.hasBefore, c.before), shown(c.hasAfter, c.after));
        else
            text = shortened(c.after);
        parts << (c.field.isEmpty() ? text : QStringLiteral("%1: %2").arg(c.field, text));
    }
    QString out = parts.join(QStringLiteral("; "));
    if (changes.size() > parts.size())
        out += tr(" (+%1 more)").arg(changes.size() - parts.size());
    return out;
}

QString AuditQuery::entityName(const QString &entity)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("resident"), QT_TR_NOOP("Resident")},
        {QStringLiteral("account"), QT_TR_NOOP("Staff account")},
        {QStringLiteral("household"), QT_TR_NOOP("Household")},
        {QStringLiteral("building"), QT_TR_NOOP("Building")},
        {QStringLiteral("estate"), QT_TR_NOOP("Estate")},
        {QStringLiteral("community"), QT_TR_NOOP("Community")},
        {QStringLiteral("community_map"), QT_TR_NOOP("Community map")},
        {QStringLiteral("grid"), QT_TR_NOOP("Grid")},
        {QStringLiteral("grid_role"), QT_TR_NOOP("Grid role")},
        {QStringLiteral("grid_staff"), QT_TR_NOOP("Grid staff")},
        {QStringLiteral("grid_incident"), QT_TR_NOOP("Grid incident")},
        {QStringLiteral("patrol"), QT_TR_NOOP("Patrol")},
        {QStringLiteral("care_plan"), QT_TR_NOOP("Care plan")},
        {QStringLiteral("care_visit"), QT_TR_NOOP("Care visit")},
        {QStringLiteral("tag"), QT_TR_NOOP("Tag")},
        {QStringLiteral("division"), QT_TR_NOOP("Division list")},
        {QStringLiteral("database"), QT_TR_NOOP("Database")},
        {QStringLiteral("party_member"), QT_TR_NOOP("Party member")},
        {QStringLiteral("party_post"), QT_TR_NOOP("Party post")},
        {QStringLiteral("party_meeting"), QT_TR_NOOP("Branch meeting")},
        {QStringLiteral("star_assessment"), QT_TR_NOOP("Star assessment")},
        {QStringLiteral("honor"), QT_TR_NOOP("Honor")},
        {QStringLiteral("service_order"), QT_TR_NOOP("Service order")},
        {QStringLiteral("service_category"), QT_TR_NOOP("Service category")},
        {QStringLiteral("service_item"), QT_TR_NOOP("Service item")},
        {QStringLiteral("service_certificate"), QT_TR_NOOP("Service certificate")},
        {QStringLiteral("points_ledger"), QT_TR_NOOP("Points")},
        {QStringLiteral("redemption"), QT_TR_NOOP("Redemption")},
        {QStringLiteral("setting"), QT_TR_NOOP("Setting")},
        {QStringLiteral("cobuilding_unit"), QT_TR_NOOP("Co-building unit")},
        {QStringLiteral("cobuilding_member"), QT_TR_NOOP("Co-building member")},
        {QStringLiteral("cobuilding_agreement"), QT_TR_NOOP("Co-building agreement")},
        {QStringLiteral("cobuilding_need"), QT_TR_NOOP("Need")},
        {QStringLiteral("cobuilding_resource"), QT_TR_NOOP("Resource")},
        {QStringLiteral("cobuilding_project"), QT_TR_NOOP("Project")},
        {QStringLiteral("governance_meeting"), QT_TR_NOOP("Meeting")},
        {QStringLiteral("meeting_followup"), QT_TR_NOOP("Meeting follow-up")},
        {QStringLiteral("mediation_case"), QT_TR_NOOP("Mediation case")},
        {QStringLiteral("agency_service"), QT_TR_NOOP("Agency service")},
        {QStringLiteral("activity"), QT_TR_NOOP("Activity")},
        {QStringLiteral("merchant"), QT_TR_NOOP("Merchant")},
    };
    const auto it = names.constFind(entity);
    return it == names.constEnd() ? entity : tr(it.value());
}

QString AuditQuery::actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("create"), QT_TR_NOOP("Created")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("delete"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("state"), QT_TR_NOOP("State changed")},
        {QStringLiteral("attach"), QT_TR_NOOP("Attached")},
        {QStringLiteral("transfer"), QT_TR_NOOP("Transferred")},
        {QStringLiteral("move"), QT_TR_NOOP("Moved")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("export_unmasked"), QT_TR_NOOP("Exported unmasked")},
        {QStringLiteral("demo"), QT_TR_NOOP("Demo data")},
        {QStringLiteral("issue"), QT_TR_NOOP("Issued")},
        {QStringLiteral("redeem"), QT_TR_NOOP("Redeemed")},
        {QStringLiteral("adjust"), QT_TR_NOOP("Adjusted")},
        {QStringLiteral("assess"), QT_TR_NOOP("Assessed")},
        {QStringLiteral("complete"), QT_TR_NOOP("Completed")},
        {QStringLiteral("end"), QT_TR_NOOP("Ended")},
        {QStringLiteral("unmask"), QT_TR_NOOP("Showed full personal data")},
        {QStringLiteral("login"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("Sign-in failed")},
        {QStringLiteral("lock"), QT_TR_NOOP("Account locked")},
        {QStringLiteral("unlock"), QT_TR_NOOP("Account unlocked")},
        {QStringLiteral("reset_password"), QT_TR_NOOP("Password reset")},
        {QStringLiteral("change_password"), QT_TR_NOOP("Password changed")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : tr(it.value());
}

} // namespace jy
