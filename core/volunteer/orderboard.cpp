#include "volunteer/orderboard.h"
#include "accounts/scope.h"
#include "db/database.h"
#include "db/sql.h"
#include "residents/resident.h"
#include "volunteer/orderservice.h"
#include "volunteer/orderworkflow.h"
#include "volunteer/supermarketsettings.h"

#include <QSqlQuery>

namespace jy {

namespace {

QString dayStart(const QDate &d) { return QDateTime(d, QTime(0, 0)).toUTC().toString(Qt::ISODate); }

// The WHERE clause of a filter, with its values.
QString whereOf(const OrderFilter &f, const Session *session, QVariantList &values)
{
    QStringList where;
    if (session)
        Scope::restrictList(*session, where, values, QStringLiteral("o.community_id"));
    if (f.communityId) {
        where << QStringLiteral("o.community_id = ?");
        values << f.communityId;
    }
    if (f.categoryId) {
        where << QStringLiteral("o.item_id IN (SELECT id FROM service_item WHERE category_id = ?)");
        values << f.categoryId;
    }
    if (f.volunteerId) {
        where << QStringLiteral("o.volunteer_id = ?");
        values << f.volunteerId;
    }
    if (f.from.isValid()) {
        where << QStringLiteral("o.created_at >= ?");
        values << dayStart(f.from);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("o.created_at < ?");
        values << dayStart(f.to.addDays(1));
    }
    return where.isEmpty() ? QString() : where.join(QStringLiteral(" AND "));
}

} // namespace

QMap<QString, int> OrderBoard::counts(const OrderFilter &filter) const
{
    QVariantList values;
    const QString where = whereOf(filter, mSession, values);
    QSqlQuery q = sql::exec(mDb.connection(),
                            QStringLiteral("SELECT o.state, count(*) FROM service_order o %1 GROUP BY o.state")
                                .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where),
                            values);
    QMap<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

bool OrderBoard::newestFirst(const QString &state)
{
    return state == order_state::Rated || state == order_state::Rejected || state == order_state::Cancelled;
}

QList<OrderCard> OrderBoard::cards(const QString &state, const OrderFilter &filter, int offset, int limit, const QDateTime &now) const
{
    return page(state, filter, nullptr, offset, limit, now);
}

QList<OrderCard> OrderBoard::cardsAfter(const QString &state, const OrderFilter &filter, const OrderCard *last, int limit,
                                        const QDateTime &now) const
{
    return page(state, filter, last, 0, limit, now);
}

QList<OrderCard> OrderBoard::page(const QString &state, const OrderFilter &filter, const OrderCard *last, int offset, int limit,
                                  const QDateTime &now) const
{
    const bool descending = newestFirst(state);
    QVariantList values{state};
    QString where = whereOf(filter, mSession, values);
    where = QStringLiteral("o.state = ?") + (where.isEmpty() ? QString() : QStringLiteral(" AND ") + where);
    if (last) {
        const QString since = last->stateSince.toUTC().toString(Qt::ISODate);
        where += descending ? QStringLiteral(" AND (o.state_since < ? OR (o.state_since = ? AND o.id < ?))")
                            : QStringLiteral(" AND (o.state_since > ? OR (o.state_since = ? AND o.id > ?))");
        values << since << since << last->id;
    }
    values << limit << offset;
    QSqlDatabase conn = mDb.connection();
    QSqlQuery q = sql::exec(conn, QStringLiteral(
        "SELECT o.id, o.number, o.requester_name, r.birth_date, i.name, c.name, o.state, o.state_since, o.created_at, "
        "v.name, o.channel, o.resident_id FROM service_order o JOIN service_item i ON i.id = o.item_id "
        "JOIN service_category c ON c.id = i.category_id LEFT JOIN resident r ON r.id = o.resident_id "
        "LEFT JOIN volunteer v ON v.id = o.volunteer_id WHERE %1 ORDER BY o.state_since %2, o.id %2 LIMIT ? OFFSET ?")
        .arg(where, descending ? QStringLiteral("DESC") : QStringLiteral("ASC")), values);
    const SupermarketSettings settings = SupermarketSettings::load(mDb);
    const QDate today = now.toLocalTime().date();
    QList<OrderCard> out;
    QHash<qint64, QList<int>> byResident;
    while (q.next()) {
        OrderCard card;
        card.id = q.value(0).toLongLong();
        card.number = q.value(1).toString();
        card.requester = q.value(2).toString();
        const QDate birth = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        card.age = birth.isValid() ? ageOn(birth, today) : -1;
        card.item = q.value(4).toString();
        card.category = q.value(5).toString();
        card.state = q.value(6).toString();
        card.stateSince = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        card.stateSince.setTimeSpec(Qt::UTC);
        card.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        card.createdAt.setTimeSpec(Qt::UTC);
        card.volunteer = q.value(9).toString();
        card.channel = q.value(10).toString();
        card.overdue = OrderService::isOverdue(card.state, card.stateSince, settings, now);
        if (const qint64 resident = q.value(11).toLongLong())
            byResident[resident] << int(out.size());
        out << card;
    }
    if (!byResident.isEmpty()) {
        QStringList marks;
        QVariantList ids;
        for (auto it = byResident.cbegin(); it != byResident.cend(); ++it) {
            marks << QStringLiteral("?");
            ids << it.key();
        }
        QSqlQuery tags = sql::exec(conn, QStringLiteral(
            "SELECT rt.resident_id, t.name FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id "
            "WHERE t.category = 'care' AND rt.resident_id IN (%1) ORDER BY t.id").arg(marks.join(QLatin1Char(','))), ids);
        while (tags.next())
            for (int index : byResident.value(tags.value(0).toLongLong()))
                out[index].careTags << tags.value(1).toString();
    }
    return out;
}

} // namespace jy
