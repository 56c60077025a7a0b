#include "stats/statistics.h"
#include "db/database.h"
#include "db/sql.h"
#include "grids/careplans.h"
#include "grids/gridincident.h"
#include "volunteer/orderworkflow.h"

#include <QSqlQuery>

namespace jy {

Statistics Statistics::collect(Database &db, const QDate &today)
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
    s.volunteers = count("volunteer");
    s.teams = count("volunteer_team");
    s.shops = count("partner_shop");
    s.honors = count("honor");
    s.cobuildingUnits = count("cobuilding_unit");
    s.meetings = count("governance_meeting");
    s.mediationCases = count("mediation_case");
    s.agencyServices = count("agency_service");
    s.activities = count("activity");
    s.merchants = count("merchant");
    for (const QString &state : volunteerOrderWorkflow().states())
        s.orders.insert(state, 0);
    QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT state, count(*) FROM service_order GROUP BY state"));
    while (q.next())
        s.orders.insert(q.value(0).toString(), q.value(1).toInt());
    s.careVisitsOverdue = CarePlans::countOverdue(db, today);
    s.incidents = IncidentService::countByState(db);
    s.pointsOutstanding = sql::scalar(conn, QStringLiteral("SELECT COALESCE(SUM(points), 0) FROM points_ledger")).toLongLong();
    return s;
}

Statistics Statistics::collect(Database &db, qint64 communityId, const QDate &today)
{
    if (!communityId)
        return collect(db, today);
    QSqlDatabase conn = db.connection();
    const auto count = [&conn, communityId](const char *fromWhere) {
        return sql::scalar(conn, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(fromWhere), {communityId}).toInt();
    };
    Statistics s = collect(db, today); // then every count that belongs to a community, for this one
    s.communities = count("community WHERE id = ?");
    s.estates = count("estate WHERE community_id = ?");
    s.grids = count("grid WHERE community_id = ?");
    s.buildings = count("building b JOIN estate e ON e.id = b.estate_id WHERE e.community_id = ?");
    s.dwellings = count("dwelling d JOIN unit u ON u.id = d.unit_id JOIN building b ON b.id = u.building_id "
                        "JOIN estate e ON e.id = b.estate_id WHERE e.community_id = ?");
    s.households = count("household h JOIN dwelling d ON d.id = h.dwelling_id JOIN unit u ON u.id = d.unit_id "
                         "JOIN building b ON b.id = u.building_id JOIN estate e ON e.id = b.estate_id WHERE e.community_id = ?");
    s.residents = count("resident WHERE community_id = ?");
    s.partyMembers = count("party_member m JOIN resident r ON r.id = m.resident_id WHERE r.community_id = ?");
    s.partyBranches = count("party_branch WHERE community_id = ?");
    s.volunteers = count("volunteer WHERE community_id = ?");
    s.teams = count("volunteer_team WHERE community_id = ?");
    s.shops = count("partner_shop WHERE community_id = ?");
    s.honors = count("honor WHERE community_id = ?");
    s.cobuildingUnits = count("cobuilding_unit WHERE community_id = ?");
    s.meetings = count("governance_meeting WHERE community_id = ?");
    s.mediationCases = count("mediation_case WHERE community_id = ?");
    s.agencyServices = count("agency_service WHERE community_id = ?");
    s.activities = count("activity WHERE community_id = ?");
    s.merchants = count("merchant WHERE community_id = ?");
    for (auto it = s.orders.begin(); it != s.orders.end(); ++it)
        it.value() = 0;
    QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT state, count(*) FROM service_order WHERE community_id = ? GROUP BY state"), {communityId});
    while (q.next())
        s.orders.insert(q.value(0).toString(), q.value(1).toInt());
    s.careVisitsOverdue = CarePlans::countOverdue(db, today, communityId);
    s.incidents = IncidentService::countByState(db, communityId);
    s.pointsOutstanding = sql::scalar(conn, QStringLiteral("SELECT COALESCE(SUM(l.points), 0) FROM points_ledger l JOIN volunteer v ON v.id = l.volunteer_id "
                                                           "WHERE v.community_id = ?"), {communityId}).toLongLong();
    return s;
}

QJsonObject Statistics::toJson() const
{
    const auto counts = [](const QMap<QString, int> &map) {
        QJsonObject object;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            object.insert(it.key(), it.value());
        return object;
    };
    const QJsonObject orderCounts = counts(orders);
    return {
        {QStringLiteral("volunteers"), volunteers},     {QStringLiteral("teams"), teams},
        {QStringLiteral("shops"), shops},                 {QStringLiteral("honors"), honors},               {QStringLiteral("orders"), orderCounts},
        {QStringLiteral("points_outstanding"), pointsOutstanding},
        {QStringLiteral("care_visits_overdue"), careVisitsOverdue}, {QStringLiteral("incidents"), counts(incidents)},
        {QStringLiteral("streets"), streets},           {QStringLiteral("communities"), communities},
        {QStringLiteral("estates"), estates},           {QStringLiteral("grids"), grids},
        {QStringLiteral("buildings"), buildings},       {QStringLiteral("dwellings"), dwellings},
        {QStringLiteral("households"), households},     {QStringLiteral("residents"), residents},
        {QStringLiteral("party_members"), partyMembers}, {QStringLiteral("party_branches"), partyBranches},
        {QStringLiteral("tags"), tags},                 {QStringLiteral("audit_entries"), auditEntries},
        {QStringLiteral("cobuilding_units"), cobuildingUnits}, {QStringLiteral("meetings"), meetings},
        {QStringLiteral("mediation_cases"), mediationCases}, {QStringLiteral("agency_services"), agencyServices},
        {QStringLiteral("activities"), activities},     {QStringLiteral("merchants"), merchants},
    };
}

} // namespace jy
