#include "grids/gridperformance.h"
#include "db/database.h"
#include "db/sql.h"
#include "grids/incidentworkflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::GridPerformance", text); }

QString percent(int part, int whole)
{
    return whole ? QStringLiteral("%1%").arg(qRound(100.0 * part / whole)) : QStringLiteral("—");
}

} // namespace

ReportDocument GridPerformance::document(Database &db, qint64 communityId, const QList<GridPeriodRow> &rows, const QString &title,
                                         const QString &period, int days)
{
    ReportDocument doc;
    const QString community = sql::scalar(db.connection(), QStringLiteral("SELECT name FROM community WHERE id = ?"), {communityId}).toString();
    doc.title = title;
    doc.subtitle = period;
    doc.organisation = community;
    doc.issuedOn = QDate::currentDate();
    int patrols = 0, incidents = 0, inTime = 0, plans = 0, onTime = 0, visits = 0;
    for (const GridPeriodRow &r : rows) {
        patrols += r.patrols;
        incidents += r.incidents;
        inTime += r.resolvedInTime;
        plans += r.carePlans;
        onTime += r.careOnTime;
        visits += r.visits;
    }
    doc.addParagraph(tr("In this period the %1 grids of %2 logged %3 patrols over %4 days, reported %5 incidents (%6 resolved "
                        "in time) and made %7 care visits; %8 of %9 residents on the care lists were visited on time.")
                         .arg(rows.size()).arg(community).arg(patrols).arg(days).arg(incidents).arg(inTime).arg(visits)
                         .arg(onTime).arg(plans));
    ReportBlock &table = doc.addTable({tr("Rank"), tr("Grid"), tr("Patrols"), tr("Days patrolled"), tr("Incidents"),
                                       tr("Resolved in time"), tr("Care visits"), tr("Visited on time"), tr("Score")},
                                      {5, 12, 7, 8, 7, 9, 8, 9, 7});
    for (const GridPeriodRow &r : rows)
        table.rows.append({r.rank, r.gridName, r.patrols, QStringLiteral("%1/%2").arg(r.patrolDays).arg(days), r.incidents,
                           percent(r.resolvedInTime, r.incidents), r.visits, percent(r.careOnTime, r.carePlans),
                           ReportDocument::formatNumber(std::round(r.score * 10) / 10)});
    table.totalRow = {tr("Total"), QString(), patrols, QString(), incidents, percent(inTime, incidents), visits, percent(onTime, plans), QVariant()};
    if (!rows.isEmpty()) {
        QStringList labels;
        QList<double> scores;
        for (const GridPeriodRow &r : rows) {
            labels << r.gridName;
            scores << std::round(r.score * 10) / 10;
        }
        doc.addBarChart(labels, scores, tr("Score by grid (patrols 40, incidents in time 30, care visits on time 30)"));
        const QStringList behind = [&rows] {
            QStringList names;
            for (const GridPeriodRow &r : rows)
                if (r.score < 60)
                    names << r.gridName;
            return names;
        }();
        doc.addParagraph(behind.isEmpty() ? tr("Every grid scored 60 or more.")
                                          : tr("Below 60, to be followed up: %1.").arg(behind.join(QStringLiteral("、"))));
    }
    doc.signatures = {{tr("Prepared by"), QString()}, {tr("Approved by"), QString()}};
    return doc;
}

double GridPeriodRow::scoreOf(const GridPeriodRow &r, int days)
{
    const double patrol = days > 0 ? std::min(1.0, double(r.patrolDays) / days) : 1.0;
    const double incidents = r.incidents > 0 ? double(r.resolvedInTime) / r.incidents : 1.0;
    const double care = r.carePlans > 0 ? double(r.careOnTime) / r.carePlans : 1.0;
    return 40 * patrol + 30 * incidents + 30 * care;
}

QList<GridPeriodRow> GridPerformance::compute(Database &db, qint64 communityId, const QDate &from, const QDate &to)
{
    QSqlDatabase conn = db.connection();
    QList<GridPeriodRow> rows;
    QHash<qint64, int> index;
    QSqlQuery g = sql::exec(conn, QStringLiteral("SELECT id, name FROM grid WHERE community_id = ? ORDER BY code"), {communityId});
    while (g.next()) {
        index.insert(g.value(0).toLongLong(), int(rows.size()));
        GridPeriodRow r;
        r.gridId = g.value(0).toLongLong();
        r.gridName = g.value(1).toString();
        rows.append(r);
    }
    const QString f = from.toString(Qt::ISODate);
    const QString t = to.toString(Qt::ISODate);
    QSqlQuery p = sql::exec(conn, QStringLiteral("SELECT p.grid_id, count(*), count(DISTINCT p.patrol_date) FROM patrol p JOIN grid g ON g.id = p.grid_id "
                                                 "WHERE g.community_id = ? AND p.patrol_date BETWEEN ? AND ? GROUP BY p.grid_id"),
                            {communityId, f, t});
    while (p.next()) {
        GridPeriodRow &r = rows[index.value(p.value(0).toLongLong())];
        r.patrols = p.value(1).toInt();
        r.patrolDays = p.value(2).toInt();
    }
    // Incidents reported in the period (timestamps are UTC; the period is in days, so the
    // bounds are the first and the day after the last, as text ranges).
    QSqlQuery i = sql::exec(conn, QStringLiteral("SELECT i.grid_id, i.level, i.reported_at, i.resolved_at FROM grid_incident i "
                                                 "JOIN grid g ON g.id = i.grid_id WHERE g.community_id = ? AND i.reported_at >= ? AND i.reported_at < ?"),
                            {communityId, f, to.addDays(1).toString(Qt::ISODate)});
    while (i.next()) {
        GridPeriodRow &r = rows[index.value(i.value(0).toLongLong())];
        ++r.incidents;
        const QDateTime reported = QDateTime::fromString(i.value(2).toString(), Qt::ISODate);
        const QDateTime resolved = QDateTime::fromString(i.value(3).toString(), Qt::ISODate);
        if (resolved.isValid() && reported.daysTo(resolved) <= incident_level::deadlineDays(i.value(1).toString()))
            ++r.resolvedInTime;
    }
    // Care plans active at the end, and whether their last visit by then was within the frequency.
    QSqlQuery c = sql::exec(conn, QStringLiteral(
        "SELECT gb.grid_id, p.frequency_days, p.started_on, "
        "(SELECT MAX(v.visited_on) FROM care_visit v WHERE v.plan_id = p.id AND v.visited_on <= ?), "
        "(SELECT count(*) FROM care_visit v WHERE v.plan_id = p.id AND v.visited_on BETWEEN ? AND ?) "
        "FROM care_plan p JOIN resident r ON r.id = p.resident_id JOIN grid_building gb ON gb.building_id = r.building_id "
        "JOIN grid g ON g.id = gb.grid_id WHERE g.community_id = ? AND p.active = 1 AND p.started_on <= ?"),
        {t, f, t, communityId, t});
    while (c.next()) {
        GridPeriodRow &r = rows[index.value(c.value(0).toLongLong())];
        ++r.carePlans;
        const QDate last = QDate::fromString(c.value(3).isNull() ? c.value(2).toString() : c.value(3).toString(), Qt::ISODate);
        if (last.isValid() && last.daysTo(to) <= c.value(1).toInt())
            ++r.careOnTime;
        r.visits += c.value(4).toInt();
    }
    const int days = int(from.daysTo(to)) + 1;
    for (GridPeriodRow &r : rows)
        r.score = GridPeriodRow::scoreOf(r, days);
    std::stable_sort(rows.begin(), rows.end(), [](const GridPeriodRow &a, const GridPeriodRow &b) { return a.score > b.score; });
    for (int k = 0; k < rows.size(); ++k)
        rows[k].rank = (k > 0 && qFuzzyCompare(rows[k].score + 1, rows[k - 1].score + 1)) ? rows[k - 1].rank : k + 1;
    return rows;
}

ReportDocument GridPerformance::weeklyBulletin(Database &db, qint64 communityId, const QDate &day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const QDate sunday = monday.addDays(6);
    // A week still running is measured up to today: days to come cannot be patrolled yet.
    const QDate until = std::min(sunday, std::max(monday, QDate::currentDate()));
    return document(db, communityId, compute(db, communityId, monday, until), tr("Weekly grid bulletin"),
                    ReportDocument::formatPeriod(monday, sunday), int(monday.daysTo(until)) + 1);
}

ReportDocument GridPerformance::monthlyRanking(Database &db, qint64 communityId, int year, int month)
{
    const QDate first(year, month, 1);
    const QDate last = first.addMonths(1).addDays(-1);
    const QDate until = std::min(last, std::max(first, QDate::currentDate()));
    return document(db, communityId, compute(db, communityId, first, until), tr("Monthly grid ranking"),
                    ReportDocument::formatPeriod(first, last), int(first.daysTo(until)) + 1);
}

} // namespace jy
