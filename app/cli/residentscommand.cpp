#include "cli.h"
#include "accounts/session.h"
#include "audit/personaldataaccess.h"
#include "db/database.h"
#include "residents/resident.h"
#include "residents/residentcodes.h"
#include "residents/rosterquery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace jy::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("jy::cli", text); }

QJsonObject toJson(const RosterRow &row, const QDate &today)
{
    QJsonArray tags;
    for (const QString &tag : row.tags)
        tags.append(tag);
    return {
        {QStringLiteral("id"), row.id},
        {QStringLiteral("name"), row.name},
        {QStringLiteral("sex"), row.sex},
        {QStringLiteral("birth_date"), row.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("age"), ageOn(row.birthDate, today)},
        {QStringLiteral("id_number"), row.idNumber},
        {QStringLiteral("phone"), row.phone},
        {QStringLiteral("residence_type"), row.residenceType},
        {QStringLiteral("relation"), row.relation},
        {QStringLiteral("household_id"), row.householdId},
        {QStringLiteral("community"), row.community},
        {QStringLiteral("address"), row.address},
        {QStringLiteral("tags"), tags},
    };
}

int search(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Search residents by name, pinyin or initials, ID number or its last 4–6 digits, "
                                        "phone, or address (building-unit-room)."));
    addDbOption(parser);
    parser.addPositionalArgument(QStringLiteral("search"), tr("The action."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), tr("What to look for."));
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    parser.addOption({QStringLiteral("limit"), tr("At most this many results (default 50)."), tr("N"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("reveal"), tr("Show ID numbers and phones unmasked (if your role allows).")});
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QStringList positional = parser.positionalArguments();
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (positional.size() < 2 || !parser.isSet(QStringLiteral("db")) || !limitOk || limit < 1) {
        err(tr("Usage: jiayuan-cli residents search QUERY --db PATH [--json] [--limit N] [--reveal]"));
        return Usage;
    }
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    const Session session = Session::localAdministrator();
    const bool reveal = parser.isSet(QStringLiteral("reveal")) && session.can(Permission::ViewPersonalData);

    RosterFilter filter;
    filter.text = positional.mid(1).join(QLatin1Char(' '));
    if (reveal)
        PersonalDataAccess::reveal(*db, session, QStringLiteral("cli residents search"), filter.text);
    RosterQuery query(*db);
    const int total = query.count(filter);
    QList<RosterRow> rows = query.page(filter, 0, limit);
    if (!reveal) {
        for (RosterRow &row : rows)
            row = row.masked();
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const RosterRow &row : rows)
            list.append(toJson(row, filter.today));
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("query"), filter.text},
                                            {QStringLiteral("total"), total},
                                            {QStringLiteral("count"), int(rows.size())},
                                            {QStringLiteral("masked"), !reveal},
                                            {QStringLiteral("residents"), list}}));
        return Ok;
    }
    for (const RosterRow &row : rows) {
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
                .arg(row.name, ResidentCodes::sexLabel(row.sex))
                .arg(ageOn(row.birthDate, filter.today))
                .arg(row.idNumber, row.phone, ResidentCodes::residenceTypeLabel(row.residenceType), row.community, row.address));
    }
    out(tr("%1 found, %2 shown.").arg(total).arg(rows.size()));
    return Ok;
}

} // namespace

int runResidents(const QStringList &arguments)
{
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("search"))
        return search(arguments);
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out(tr("Usage: jiayuan-cli residents search QUERY --db PATH [--json] [--limit N] [--reveal]"));
        return Ok;
    }
    err(tr("Usage: jiayuan-cli residents search QUERY --db PATH [--json] [--limit N] [--reveal]"));
    return Usage;
}

} // namespace jy::cli
