#include "residents/householdfinder.h"
#include "db/database.h"
#include "db/sql.h"
#include "residents/addressformat.h"
#include "residents/resident.h"
#include "residents/searchterm.h"

#include <QSqlQuery>
#include <algorithm>

namespace jy {

QList<HouseholdMatch> HouseholdFinder::atAddress(const QString &text, qint64 communityId, int limit) const
{
    const QList<SearchTerm> terms = SearchTerm::parse(text);
    const auto address = std::find_if(terms.cbegin(), terms.cend(),
                                      [](const SearchTerm &t) { return t.kind == SearchTerm::Kind::Address; });
    if (address == terms.cend() || limit <= 0)
        return {};

    QVariantList values = {relation::Head, address->building};
    QString where = QStringLiteral(" WHERE b.number = ?");
    if (!address->unit.isEmpty()) {
        where += QStringLiteral(" AND u.number = ?");
        values << address->unit;
    }
    if (!address->room.isEmpty()) {
        where += QStringLiteral(" AND d.room = ?");
        values << address->room;
    }
    for (const SearchTerm &term : terms) {
        if (term.kind == SearchTerm::Kind::Name || term.kind == SearchTerm::Kind::Other) {
            where += QStringLiteral(" AND e.name LIKE ?");
            values << QStringLiteral("%") + term.text + QStringLiteral("%");
        }
    }
    if (communityId) {
        where += QStringLiteral(" AND e.community_id = ?");
        values << communityId;
    }
    values << limit;

    // Units and rooms are text: ordering by length first puts room 401 before 1001.
    QSqlQuery q = sql::exec(mDb.connection(),
        QStringLiteral("SELECT d.id, h.id, e.name, b.number, u.number, d.room, "
                       "(SELECT r.name FROM resident r WHERE r.household_id = h.id AND r.relation = ?), "
                       "(SELECT count(*) FROM resident r WHERE r.household_id = h.id) "
                       "FROM building b JOIN estate e ON e.id = b.estate_id JOIN unit u ON u.building_id = b.id "
                       "JOIN dwelling d ON d.unit_id = u.id LEFT JOIN household h ON h.dwelling_id = d.id%1 "
                       "ORDER BY e.name, length(u.number), u.number, length(d.room), d.room, h.id LIMIT ?").arg(where),
        values);
    QList<HouseholdMatch> matches;
    while (q.next()) {
        HouseholdMatch m;
        m.dwellingId = q.value(0).toLongLong();
        m.householdId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        m.address = formatAddress(q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString());
        m.headName = q.value(6).toString();
        m.members = m.householdId ? q.value(7).toInt() : 0;
        matches << m;
    }
    return matches;
}

} // namespace jy
