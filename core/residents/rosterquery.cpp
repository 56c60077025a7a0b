#include "residents/rosterquery.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"
#include "idnumber/idnumber.h"
#include "residents/addressformat.h"
#include "residents/phonenumber.h"
#include "residents/searchkeys.h"
#include "residents/searchterm.h"

#include <QHash>
#include <QSqlQuery>

namespace jy {

namespace {

// [prefix, prefix with its last character incremented): a prefix match any B-tree index serves.
void prefixRange(const QString &column, const QString &prefix, QStringList &clauses, QVariantList &values)
{
    QString upper = prefix;
    upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
    clauses << QStringLiteral("(%1 >= ? AND %1 < ?)").arg(column);
    values << prefix << upper;
}

QString termClause(const SearchTerm &term, QVariantList &values, bool fullText)
{
    QStringList any;
    switch (term.kind) {
    case SearchTerm::Kind::Name:
        if (fullText) {
            QString phrase = SearchKeys::nameTokens(term.text);
            phrase.remove(QLatin1Char('"'));
            values << QStringLiteral("\"%1\"").arg(phrase);
            return QStringLiteral("r.id IN (SELECT rowid FROM resident_name_fts WHERE resident_name_fts MATCH ?)");
        }
        values << QStringLiteral("%") + term.text + QStringLiteral("%");
        return QStringLiteral("r.name LIKE ?");
    case SearchTerm::Kind::Pinyin:
        // One letter: a name's full pinyin starts with it exactly when its initials do.
        prefixRange(QStringLiteral("r.name_initials"), term.text, any, values);
        if (term.text.size() > 1)
            prefixRange(QStringLiteral("r.name_pinyin"), term.text, any, values);
        break;
    case SearchTerm::Kind::IdNumber:
        values << term.text;
        return QStringLiteral("r.id_number = ?");
    case SearchTerm::Kind::DigitsTail:
        prefixRange(QStringLiteral("r.id_rev"), SearchKeys::reversed(term.text), any, values);
        if (!term.text.endsWith(QLatin1Char('X')))
            prefixRange(QStringLiteral("r.phone_rev"), SearchKeys::reversed(term.text), any, values);
        break;
    case SearchTerm::Kind::DigitsHead:
        prefixRange(QStringLiteral("r.id_number"), term.text, any, values);
        if (!term.text.endsWith(QLatin1Char('X')))
            prefixRange(QStringLiteral("r.phone"), term.text, any, values);
        break;
    case SearchTerm::Kind::Landline:
        values << term.text;
        return QStringLiteral("r.phone = ?");
    case SearchTerm::Kind::Address: {
        QString clause = QStringLiteral(
            "r.household_id IN (SELECT h.id FROM building b JOIN unit u ON u.building_id = b.id "
            "JOIN dwelling d ON d.unit_id = u.id JOIN household h ON h.dwelling_id = d.id WHERE b.number = ?");
        values << term.building;
        if (!term.unit.isEmpty()) {
            clause += QStringLiteral(" AND u.number = ?");
            values << term.unit;
        }
        if (!term.room.isEmpty()) {
            clause += QStringLiteral(" AND d.room = ?");
            values << term.room;
        }
        return clause + QLatin1Char(')');
    }
    case SearchTerm::Kind::Other:
        values << QStringLiteral("%") + term.text + QStringLiteral("%");
        return QStringLiteral("r.name LIKE ?");
    }
    return QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace

RosterQuery::RosterQuery(Database &db, const Session &session) : mDb(db)
{
    if (session.unrestricted())
        return;
    mWithinCommunityId = session.communityScope();
    if (session.role() == Role::GridWorker)
        mWithinGridsOfAccount = session.accountId();
}

RosterFilter RosterQuery::scoped(const RosterFilter &filter) const
{
    RosterFilter f = filter;
    if (mWithinCommunityId)
        f.withinCommunityId = mWithinCommunityId;
    if (mWithinGridsOfAccount)
        f.withinGridsOfAccount = mWithinGridsOfAccount;
    return f;
}

QString RosterQuery::whereClause(const RosterFilter &filter, QVariantList &values, bool fullText)
{
    QStringList clauses;
    for (const SearchTerm &term : SearchTerm::parse(filter.text))
        clauses << termClause(term, values, fullText);
    if (filter.communityId) {
        clauses << QStringLiteral("r.community_id = ?");
        values << filter.communityId;
    }
    if (filter.buildingId) {
        clauses << QStringLiteral("r.building_id = ?");
        values << filter.buildingId;
    }
    if (filter.gridId) {
        clauses << QStringLiteral("r.building_id IN (SELECT building_id FROM grid_building WHERE grid_id = ?)");
        values << filter.gridId;
    }
    if (filter.withinCommunityId) {
        clauses << QStringLiteral("r.community_id = ?");
        values << filter.withinCommunityId;
    }
    if (filter.withinGridsOfAccount) {
        clauses << QStringLiteral("r.building_id IN (SELECT gb.building_id FROM grid_building gb JOIN account_grid ag "
                                  "ON ag.grid_id = gb.grid_id WHERE ag.account_id = ?)");
        values << filter.withinGridsOfAccount;
    }
    if (filter.householdId) {
        clauses << QStringLiteral("r.household_id = ?");
        values << filter.householdId;
    }
    if (!filter.residenceType.isEmpty()) {
        clauses << QStringLiteral("r.residence_type = ?");
        values << filter.residenceType;
    }
    for (qint64 tagId : filter.tagIds) {
        clauses << QStringLiteral("r.id IN (SELECT rt.resident_id FROM resident_tag rt WHERE rt.tag_id = ?)");
        values << tagId;
    }
    // Age in whole years on filter.today ⇔ birth date within a range.
    if (filter.minAge >= 0) {
        clauses << QStringLiteral("r.birth_date <= ?");
        values << filter.today.addYears(-filter.minAge).toString(Qt::ISODate);
    }
    if (filter.maxAge >= 0) {
        clauses << QStringLiteral("r.birth_date > ?");
        values << filter.today.addYears(-(filter.maxAge + 1)).toString(Qt::ISODate);
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

int RosterQuery::count(const RosterFilter &input) const
{
    const RosterFilter filter = scoped(input);
    // A bare name search is counted in the full-text index alone: it holds one row per
    // resident, and skipping a lookup per match makes "王" (15,000 matches) ten times faster.
    const QList<SearchTerm> terms = SearchTerm::parse(filter.text);
    const bool onlyText = !filter.communityId && !filter.gridId && !filter.buildingId && !filter.householdId
        && filter.residenceType.isEmpty() && filter.tagIds.isEmpty() && filter.minAge < 0 && filter.maxAge < 0
        && !filter.withinCommunityId && !filter.withinGridsOfAccount;
    if (onlyText && terms.size() == 1 && terms.constFirst().kind == SearchTerm::Kind::Name && mDb.dialect() == Dialect::SQLite) {
        QVariantList phrase;
        termClause(terms.constFirst(), phrase, true);
        return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM resident_name_fts WHERE resident_name_fts MATCH ?"),
                           phrase).toInt();
    }
    QVariantList values;
    const QString where = whereClause(filter, values, mDb.dialect() == Dialect::SQLite);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM resident r") + where, values).toInt();
}

QList<RosterRow> RosterQuery::page(const RosterFilter &input, int offset, int limit) const
{
    const RosterFilter filter = scoped(input);
    QVariantList values;
    const QString where = whereClause(filter, values, mDb.dialect() == Dialect::SQLite);
    values << limit << offset;
    QSqlDatabase conn = mDb.connection();
    QSqlQuery q = sql::exec(conn,
        QStringLiteral("SELECT r.id, r.household_id, r.name, r.sex, r.birth_date, r.id_number, r.phone, r.residence_type, "
                       "r.relation, c.name, e.name, b.number, u.number, d.room "
                       "FROM (SELECT r.id, r.sort_key FROM resident r%1 ORDER BY r.sort_key, r.id LIMIT ? OFFSET ?) p "
                       "JOIN resident r ON r.id = p.id "
                       "LEFT JOIN community c ON c.id = r.community_id "
                       "LEFT JOIN household h ON h.id = r.household_id LEFT JOIN dwelling d ON d.id = h.dwelling_id "
                       "LEFT JOIN unit u ON u.id = d.unit_id LEFT JOIN building b ON b.id = u.building_id "
                       "LEFT JOIN estate e ON e.id = b.estate_id ORDER BY p.sort_key, p.id").arg(where),
        values);
    QList<RosterRow> rows;
    QHash<qint64, int> indexById;
    while (q.next()) {
        RosterRow row;
        row.id = q.value(0).toLongLong();
        row.householdId = q.value(1).toLongLong();
        row.name = q.value(2).toString();
        row.sex = q.value(3).toString();
        row.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        row.idNumber = q.value(5).toString();
        row.phone = q.value(6).toString();
        row.residenceType = q.value(7).toString();
        row.relation = q.value(8).toString();
        row.community = q.value(9).toString();
        if (!q.value(11).isNull())
            row.address = formatAddress(q.value(10).toString(), q.value(11).toString(), q.value(12).toString(), q.value(13).toString());
        indexById.insert(row.id, int(rows.size()));
        rows << row;
    }
    if (!rows.isEmpty()) {
        QStringList marks;
        QVariantList ids;
        for (const RosterRow &row : rows) {
            marks << QStringLiteral("?");
            ids << row.id;
        }
        QSqlQuery tags = sql::exec(conn,
            QStringLiteral("SELECT rt.resident_id, t.name FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id "
                           "WHERE rt.resident_id IN (%1) ORDER BY t.id").arg(marks.join(QLatin1Char(','))), ids);
        while (tags.next())
            rows[indexById.value(tags.value(0).toLongLong())].tags << tags.value(1).toString();
    }
    return rows;
}

RosterRow RosterRow::masked() const
{
    RosterRow out = *this;
    out.idNumber = IdNumber::mask(idNumber);
    out.phone = PhoneNumber::mask(phone);
    return out;
}

} // namespace jy
