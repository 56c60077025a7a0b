#include "cli.h"
#include "accounts/session.h"
#include "audit/auditquery.h"
#include "db/database.h"
#include "import/cellvalue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace jy::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("jy::cli", text);
}

bool dateOption(const QCommandLineParser &parser, const QString &name, QDate *date)
{
    if (!parser.isSet(name))
        return true;
    *date = CellValue::parseDate(parser.value(name));
    if (date->isValid())
        return true;
    err(tr("--%1: \"%2\" is not a date (write it as 2026-01-31).").arg(name, parser.value(name)));
    return false;
}

} // namespace

int runAudit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the audit log, newest first: who changed which record when, before → after."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("user"), tr("Only the entries of this person."), tr("name")});
    parser.addOption({QStringLiteral("table"), tr("Only this kind of record (resident, household, grid …)."), tr("kind")});
    parser.addOption({QStringLiteral("record"), tr("Only this record (its id; with --table)."), tr("id")});
    parser.addOption({QStringLiteral("from"), tr("From this day on."), tr("date")});
    parser.addOption({QStringLiteral("to"), tr("Up to and including this day."), tr("date")});
    parser.addOption({QStringLiteral("text"), tr("Only entries whose values contain this text."), tr("text")});
    parser.addOption({QStringLiteral("limit"), tr("At most this many entries (default 50)."), tr("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.value(QStringLiteral("db")).isEmpty()) {
        err(tr("Missing --db PATH."));
        return Usage;
    }
    AuditFilter filter;
    filter.actor = parser.value(QStringLiteral("user"));
    filter.entity = parser.value(QStringLiteral("table"));
    filter.text = parser.value(QStringLiteral("text"));
    if (parser.isSet(QStringLiteral("record"))) {
        bool ok = false;
        filter.entityId = parser.value(QStringLiteral("record")).toLongLong(&ok);
        if (!ok || filter.entityId < 0) {
            err(tr("--record must be a record id (a whole number)."));
            return Usage;
        }
    }
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1) {
        err(tr("--limit must be a whole number of at least 1."));
        return Usage;
    }
    if (!dateOption(parser, QStringLiteral("from"), &filter.from) || !dateOption(parser, QStringLiteral("to"), &filter.to))
        return Usage;

    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    const Session session = Session::localAdministrator();
    const AuditQuery query(*db, session);
    const Result<int> total = query.count(filter);
    const Result<QList<AuditEntry>> entries = total ? query.page(filter, 0, limit) : Result<QList<AuditEntry>>(total.errors());
    if (!entries) {
        err(entries.errorText());
        return Failed;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const AuditEntry &e : entries.value()) {
            QJsonObject changes;
            for (const AuditFieldChange &c : AuditQuery::fieldChanges(e.changes))
                changes.insert(c.field, QJsonObject{{QStringLiteral("before"), c.hasBefore ? QJsonValue(c.before) : QJsonValue()},
                                                    {QStringLiteral("after"), c.hasAfter ? QJsonValue(c.after) : QJsonValue()}});
            list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("user"), e.actor},
                                    {QStringLiteral("action"), e.action},
                                    {QStringLiteral("table"), e.entity},
                                    {QStringLiteral("record"), e.entityId >= 0 ? QJsonValue(e.entityId) : QJsonValue()},
                                    {QStringLiteral("changes"), changes}});
        }
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("total"), total.value()},
                                            {QStringLiteral("shown"), int(list.size())},
                                            {QStringLiteral("entries"), list}}));
        return Ok;
    }
    for (const AuditEntry &e : entries.value()) {
        const QString record = e.entityId > 0 ? QStringLiteral("%1 %2").arg(e.entity).arg(e.entityId) : e.entity;
        out(QStringLiteral("#%1  %2  %3  %4  %5  %6")
                .arg(e.id)
                .arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor, AuditQuery::actionName(e.action), record,
                     AuditQuery::summary(e.changes)));
    }
    out(QCoreApplication::translate("jy::cli", "%1 of %n entries shown.", nullptr, total.value()).arg(entries.value().size()));
    return Ok;
}

} // namespace jy::cli
