#include "party/choices.h"
#include "accounts/scope.h"
#include "db/database.h"
#include "db/sql.h"

#include <QSqlQuery>

namespace jy {

Choices communityChoices(Database &db, const Session &session)
{
    Choices out;
    for (const auto &[id, name] : Scope::readableCommunities(db, session))
        out.append({name, id});
    return out;
}

Choices branchChoices(Database &db, qint64 communityId)
{
    Choices out;
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral("SELECT b.id, b.name, c.name FROM party_branch b JOIN community c ON c.id = b.community_id "
                                                            "WHERE (? = 0 OR b.community_id = ?) ORDER BY c.code, CASE b.level WHEN 'branch' THEN 1 ELSE 0 END, b.id"),
                            {communityId, communityId});
    while (q.next())
        out.append({communityId ? q.value(1).toString() : q.value(2).toString() + QStringLiteral(" · ") + q.value(1).toString(), q.value(0).toLongLong()});
    return out;
}

Choices unitChoices(Database &db, qint64 communityId)
{
    Choices out;
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral("SELECT id, name FROM cobuilding_unit WHERE (? = 0 OR community_id = ?) ORDER BY sort_key, id"),
                            {communityId, communityId});
    while (q.next())
        out.append({q.value(1).toString(), q.value(0).toLongLong()});
    return out;
}

Choices named(const QStringList &values, QString (*name)(const QString &))
{
    Choices out;
    for (const QString &v : values)
        out.append({name(v), v});
    return out;
}

QList<QPair<QString, QString>> namedFilter(const QStringList &values, QString (*name)(const QString &))
{
    QList<QPair<QString, QString>> out;
    for (const QString &v : values)
        out.append({name(v), v});
    return out;
}

Choices plain(const QStringList &values)
{
    Choices out;
    for (const QString &v : values)
        out.append({v, v});
    return out;
}

} // namespace jy
