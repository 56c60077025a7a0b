#pragma once
#include "common/result.h"
#include "stats/populationprofile.h"

#include <QList>
#include <QMap>
#include <QString>

namespace jy {

class Database;
class Session;

// A named count with the id a click on it opens (a grid, branch, category, team …; 0: none).
struct DashboardBar
{
    qint64 id = 0;
    QString label;
    double value = 0;
    double second = 0; // a second figure where a chart shows two (households beside residents)
    QString code = {}; // what a click opens when it is not an id (a residence type)
    int maxAge = -1;   // an age band's oldest age (-1: open-ended)
};

// Everything the statistics dashboard draws for a community (0: the street) and a year:
// computed once, off the UI thread, from every register that exists.
struct DashboardData
{
    qint64 communityId = 0;
    int year = 0;
    PopulationProfile population;
    QList<DashboardBar> byGrid;            // value: residents, second: households
    QList<DashboardBar> partyByBranch;     // value: members
    QList<DashboardBar> partyByAge;        // under 35, 35–59, 60–79, 80+ (id: the band's lower age)
    QList<DashboardBar> ordersByMonth;     // completed in the year (id: month)
    QList<DashboardBar> ordersByCategory;  // completed in the year (id: category)
    QList<DashboardBar> careOverdueByGrid; // residents on care plans not visited in time, as of today (id: grid)
    QList<DashboardBar> hoursByTeam;       // service hours of completed orders in the year (id: team; 0: on their own)
    QMap<int, QMap<QString, int>> honorsByYearAndLevel; // the year and the four before it
    // The party and governance registers' work of the year: 三会一课, residents' meetings,
    // mediation and agency cases opened, activities, co-building projects (code: the register's key).
    QList<DashboardBar> governanceOfYear;

    static DashboardData collect(Database &db, qint64 communityId, int year, const QDate &today = QDate::currentDate());
    // What the session may see (Scope::readableCommunity): an account of one community gets its
    // community when it asks for the street, and a refusal when it asks for another.
    static Result<DashboardData> collect(Database &db, const Session &session, qint64 communityId, int year,
                                         const QDate &today = QDate::currentDate());
};

} // namespace jy
