#pragma once
#include <QList>
#include <QString>
#include <functional>

namespace jy {

class Database;

// One community's line of the annual statistics report (年度工作统计报表).
struct AnnualStatisticsRow
{
    qint64 communityId = 0;
    QString community;
    int households = 0;        // as registered now
    int residents = 0;
    int partyMembers = 0;
    int volunteers = 0;        // registered by the end of the year
    int ordersSubmitted = 0;   // in the year
    int ordersCompleted = 0;   // completed in the year (rated or not): the service person-times (服务人次)
    int residentsServed = 0;   // distinct people served in the year
    double serviceHours = 0;
    int honors = 0;            // awarded for the year

    AnnualStatisticsRow &operator+=(const AnnualStatisticsRow &other);
};

// The annual statistics report's content: a row per community and a total, computed for one
// year from every register that exists. Rendering sits above.
struct AnnualStatistics
{
    int year = 0;
    qint64 communityId = 0;   // 0: every community of the street
    QString scopeName;
    QList<AnnualStatisticsRow> rows;
    AnnualStatisticsRow total;
    QList<int> ordersByMonth;             // completed orders per month (12)
    QList<QPair<QString, int>> ordersByCategory; // completed orders per catalogue category

    // progress (optional): called after each community; return false to stop (an empty result).
    static AnnualStatistics compute(Database &db, int year, qint64 communityId = 0,
                                    const std::function<bool(int done, int total)> &progress = {});
};

} // namespace jy
