#include "db/deferredindexes.h"
#include "db/database.h"
#include "db/sql.h"

#include <QSqlQuery>

namespace jy {

DeferredIndexes::DeferredIndexes(Database &db, const QString &table)
    : mDb(db)
{
    if (db.dialect() != Dialect::SQLite)
        return;
    QSqlDatabase conn = db.connection();
    // Automatic indexes (UNIQUE column constraints) have no SQL and cannot be dropped.
    QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                                 "AND sql IS NOT NULL"), {table});
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        mStatements << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : std::as_const(names))
        sql::exec(conn, QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

void DeferredIndexes::rebuild()
{
    QSqlDatabase conn = mDb.connection();
    for (const QString &statement : std::as_const(mStatements))
        sql::exec(conn, statement);
    mStatements.clear();
}

} // namespace jy
