#include "volunteer/volunteerranking.h"
#include "db/database.h"
#include "db/sql.h"
#include "volunteer/supermarketsettings.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>

namespace jy {

VolunteerRanking VolunteerRanking::compute(Database &db, int year, qint64 communityId)
{
    VolunteerRanking r;
    r.year = year;
    r.communityId = communityId;
    QSqlDatabase conn = db.connection();
    r.scopeName = communityId
        ? sql::scalar(conn, QStringLiteral("SELECT name FROM community WHERE id = ?"), {communityId}).toString()
        : sql::scalar(conn, QStringLiteral("SELECT name FROM street ORDER BY id LIMIT 1")).toString();
    // Ledger times are UTC; the year is the office's local year.
    const QString from = QDateTime(QDate(year, 1, 1), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    const QString to = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    QSqlQuery q = sql::exec(conn, QStringLiteral(
        "SELECT v.id, v.name, v.volunteer_no, t.name, c.name, "
        "  SUM(CASE WHEN l.at >= ? THEN l.hours ELSE 0 END), "
        "  SUM(CASE WHEN l.at >= ? AND l.kind = 'credit' THEN 1 ELSE 0 END), "
        "  SUM(CASE WHEN l.at >= ? AND l.kind <> 'redeem' THEN l.points ELSE 0 END), "
        "  SUM(l.hours) "
        "FROM points_ledger l JOIN volunteer v ON v.id = l.volunteer_id "
        "LEFT JOIN volunteer_team t ON t.id = v.team_id LEFT JOIN community c ON c.id = v.community_id "
        "WHERE l.at < ? AND (? = 0 OR v.community_id = ?) "
        "GROUP BY v.id, v.name, v.volunteer_no, t.name, c.name"),
        {from, from, from, to, communityId, communityId});
    const SupermarketSettings settings = SupermarketSettings::load(db);
    while (q.next()) {
        RankingRow row;
        row.volunteerId = q.value(0).toLongLong();
        row.name = q.value(1).toString();
        row.volunteerNo = q.value(2).toString();
        row.team = q.value(3).toString();
        row.community = q.value(4).toString();
        row.hours = q.value(5).toDouble();
        row.services = q.value(6).toInt();
        row.points = q.value(7).toInt();
        row.totalHours = q.value(8).toDouble();
        row.stars = settings.starsFor(row.totalHours);
        if (row.hours <= 0 && row.services == 0)
            continue;
        r.totalHours += row.hours;
        r.totalServices += row.services;
        r.rows << row;
    }
    std::sort(r.rows.begin(), r.rows.end(), [](const RankingRow &a, const RankingRow &b) {
        if (a.hours != b.hours)
            return a.hours > b.hours;
        if (a.services != b.services)
            return a.services > b.services;
        if (a.points != b.points)
            return a.points > b.points;
        return a.volunteerNo < b.volunteerNo;
    });
    // Equal hours, services and points share a rank (1, 2, 2, 4).
    for (int i = 0; i < r.rows.size(); ++i) {
        RankingRow &row = r.rows[i];
        const RankingRow *prev = i ? &r.rows[i - 1] : nullptr;
        row.rank = prev && prev->hours == row.hours && prev->services == row.services && prev->points == row.points ? prev->rank : i + 1;
    }
    return r;
}

} // namespace jy
