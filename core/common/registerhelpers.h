#pragma once
#include "common/registerfilter.h"
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <QVariantList>
#include <optional>
#include <type_traits>

namespace jy {

class Database;
class Session;
enum class Permission;

// Small pieces every register service repeats: the refusal for a role, dates as stored, the
// WHERE clause a filter builds, the page it asks for.
namespace reg {

// Allowed, or "Your role (…) may not change <what>." (what: already translated).
Status require(const Session &session, Permission permission, const QString &what);
bool communityExists(Database &db, qint64 communityId);
// Allowed when the session works in that community (Scope), else a "community" field error.
Status inScope(Database &db, const Session &session, qint64 communityId);
// A change to a record (id 0: a new one) that will belong to newCommunityId: allowed when the
// session works in that community and, for an existing record, in the one it belongs to now,
// which currentCommunitySql (one bound id) selects. Records of no community are the street's.
Status changeInScope(Database &db, const Session &session, qint64 newCommunityId, const QString &currentCommunitySql, qint64 id);
QVariant date(const QDate &d);                 // ISO text or NULL
QDate date(const QVariant &stored);
// A date a record may carry: from 1949 to the year after this one.
bool plausible(const QDate &d);

// Conditions and values for a filter, to join with AND after WHERE.
struct Where
{
    QStringList conditions;
    QVariantList values;
    void add(const QString &condition, const QVariantList &bound = {});
    // One LIKE over several columns for the filter's text.
    void text(const QString &words, const QStringList &columns);
    // What the session may read: its community's rows, whatever the filter asks (Scope).
    void scope(const Session &session, const QString &communityColumn);
    QString clause() const;                    // "" or "WHERE …"
};
QString page(const RegisterFilter &filter);    // "" or " LIMIT n OFFSET m"
// One record by id, if the session may read it: `SELECT columns FROM … WHERE idColumn = ? AND scope`.
Where byId(const Session &session, const QString &idColumn, qint64 id, const QString &communityColumn);

// Every row of an executed query as records, through the register's reader.
template <typename Read>
auto rows(QSqlQuery &query, Read read)
{
    QList<std::decay_t<decltype(read(query))>> out;
    while (query.next())
        out << read(query);
    return out;
}

// The first row as a record, or nothing when there is none.
template <typename Read>
auto first(QSqlQuery &query, Read read)
{
    using Record = std::decay_t<decltype(read(query))>;
    return query.next() ? std::optional<Record>(read(query)) : std::nullopt;
}

} // namespace reg
} // namespace jy
