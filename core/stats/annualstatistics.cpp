#include "stats/annualstatistics.h"
#include "db/database.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace jy {

AnnualStatisticsRow &AnnualStatisticsRow::operator+=(const AnnualStatisticsRow &o)
{
    households += o.households;
    residents += o.residents;
    partyMembers += o.partyMembers;
    volunteers += o.volunteers;
    ordersSubmitted += o.ordersSubmitted;
    ordersCompleted += o.ordersCompleted;
    residentsServed += o.residentsServed;
    serviceHours += o.serviceHours;
    honors += o.honors;
    return *this;
}

AnnualStatistics AnnualStatistics::compute(Database &db, int year, qint64 communityId,
                                           const std::function<bool(int, int)> &progress)
{
    AnnualStatistics s;
    s.year = year;
    s.communityId = communityId;
    QSqlDatabase conn = db.connection();
    s.scopeName = communityId ? sql::scalar(conn, QStringLiteral("SELECT name FROM community WHERE id = ?"), {communityId}).toString()
                              : sql::scalar(conn, QStringLiteral("SELECT name FROM street ORDER BY id LIMIT 1")).toString();
    // Times are stored in UTC; the year is the office's.
    const QString from = QDateTime(QDate(year, 1, 1), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    const QString to = QDateTime(QDate(year + 1, 1, 1), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    const QString endOfYear = QDate(year, 12, 31).toString(Qt::ISODate);

    QList<QPair<qint64, QString>> communities;
    QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT id, name FROM community WHERE ? = 0 OR id = ? ORDER BY code"), {communityId, communityId});
    while (q.next())
        communities.append({q.value(0).toLongLong(), q.value(1).toString()});

    const auto count = [&conn](const QString &statement, const QVariantList &values) {
        return sql::scalar(conn, statement, values).toInt();
    };
    int done = 0;
    for (const auto &[id, name] : communities) {
        AnnualStatisticsRow r;
        r.communityId = id;
        r.community = name;
        r.households = count(QStringLiteral("SELECT count(DISTINCT household_id) FROM resident WHERE community_id = ? AND household_id IS NOT NULL"), {id});
        r.residents = count(QStringLiteral("SELECT count(*) FROM resident WHERE community_id = ?"), {id});
        r.partyMembers = count(QStringLiteral("SELECT count(*) FROM party_member m JOIN resident r ON r.id = m.resident_id WHERE r.community_id = ?"), {id});
        r.volunteers = count(QStringLiteral("SELECT count(*) FROM volunteer WHERE community_id = ? AND active = 1 AND registered_on <= ?"), {id, endOfYear});
        r.ordersSubmitted = count(QStringLiteral("SELECT count(*) FROM service_order WHERE community_id = ? AND created_at >= ? AND created_at < ?"), {id, from, to});
        QSqlQuery done_ = sql::exec(conn, QStringLiteral(
            "SELECT count(*), count(DISTINCT COALESCE(CAST(resident_id AS TEXT), requester_name)), COALESCE(SUM(hours), 0) "
            "FROM service_order WHERE community_id = ? AND completed_at >= ? AND completed_at < ?"), {id, from, to});
        if (done_.next()) {
            r.ordersCompleted = done_.value(0).toInt();
            r.residentsServed = done_.value(1).toInt();
            r.serviceHours = done_.value(2).toDouble();
        }
        r.honors = count(QStringLiteral("SELECT count(*) FROM honor WHERE community_id = ? AND year = ?"), {id, year});
        s.total += r;
        s.rows << r;
        ++done;
        if (progress && !progress(done, int(communities.size())))
            return AnnualStatistics{year, communityId, s.scopeName, {}, {}, {}, {}};
    }
    s.total.community = QCoreApplication::translate("jy::AnnualStatistics", "Total");

    s.ordersByMonth = QList<int>(12, 0);
    QSqlQuery months = sql::exec(conn, QStringLiteral(
        "SELECT completed_at FROM service_order WHERE completed_at >= ? AND completed_at < ? AND (? = 0 OR community_id = ?)"),
        {from, to, communityId, communityId});
    while (months.next()) {
        QDateTime t = QDateTime::fromString(months.value(0).toString(), Qt::ISODate);
        t.setTimeSpec(Qt::UTC);
        const int month = t.toLocalTime().date().month();
        if (month >= 1 && month <= 12)
            ++s.ordersByMonth[month - 1];
    }
    QSqlQuery categories = sql::exec(conn, QStringLiteral(
        "SELECT c.name, count(o.id) FROM service_category c JOIN service_item i ON i.category_id = c.id "
        "JOIN service_order o ON o.item_id = i.id AND o.completed_at >= ? AND o.completed_at < ? AND (? = 0 OR o.community_id = ?) "
        "GROUP BY c.id, c.name, c.sort_order ORDER BY c.sort_order"), {from, to, communityId, communityId});
    while (categories.next())
        s.ordersByCategory.append({categories.value(0).toString(), categories.value(1).toInt()});
    return s;
}

} // namespace jy
