#pragma once
#include "reports/reportdocument.h"

#include <QDate>
#include <QList>
#include <QString>

namespace jy {

class Database;

// How a grid did over a period: the figures of the weekly bulletin (周通报) and the monthly
// ranking (月评比).
struct GridPeriodRow
{
    qint64 gridId = 0;
    QString gridName;
    int patrols = 0;
    int patrolDays = 0;          // days with at least one patrol
    int incidents = 0;           // reported in the period
    int resolvedInTime = 0;      // of those, resolved within their level's deadline
    int carePlans = 0;           // active at the period's end
    int careOnTime = 0;          // of those, not overdue at the period's end
    int visits = 0;              // care visits made in the period
    double score = 0;            // 0–100
    int rank = 0;

    // Patrol coverage 40, incidents in time 30, care on time 30; a grid with nothing to
    // handle gets the full share for that part.
    static double scoreOf(const GridPeriodRow &row, int days);
};

class GridPerformance
{
public:
    // Ranked, best first; ties keep the grids' code order.
    static QList<GridPeriodRow> compute(Database &db, qint64 communityId, const QDate &from, const QDate &to);
    // The week (Monday to Sunday) that holds `day`.
    static ReportDocument weeklyBulletin(Database &db, qint64 communityId, const QDate &day);
    static ReportDocument monthlyRanking(Database &db, qint64 communityId, int year, int month);

private:
    static ReportDocument document(Database &db, qint64 communityId, const QList<GridPeriodRow> &rows, const QString &title,
                                   const QString &period, int days);
};

} // namespace jy
