#include "stats/statistics.h"
#include "db/database.h"
#include "db/sql.h"

namespace jy {

Statistics Statistics::collect(Database &db)
{
    QSqlDatabase conn = db.connection();
    const auto count = [&conn](const char *table) {
        return sql::scalar(conn, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
    };
    Statistics s;
    s.streets = count("street");
    s.communities = count("community");
    s.estates = count("estate");
    s.grids = count("grid");
    s.buildings = count("building");
    s.dwellings = count("dwelling");
    s.households = count("household");
    s.residents = count("resident");
    s.partyMembers = count("party_member");
    s.partyBranches = count("party_branch");
    s.tags = count("tag");
    s.auditEntries = count("audit_log");
    return s;
}

QJsonObject Statistics::toJson() const
{
    return {
        {QStringLiteral("streets"), streets},           {QStringLiteral("communities"), communities},
        {QStringLiteral("estates"), estates},           {QStringLiteral("grids"), grids},
        {QStringLiteral("buildings"), buildings},       {QStringLiteral("dwellings"), dwellings},
        {QStringLiteral("households"), households},     {QStringLiteral("residents"), residents},
        {QStringLiteral("party_members"), partyMembers}, {QStringLiteral("party_branches"), partyBranches},
        {QStringLiteral("tags"), tags},                 {QStringLiteral("audit_entries"), auditEntries},
    };
}

} // namespace jy
