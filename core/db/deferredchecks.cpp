#include "db/deferredchecks.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"

#include <QSqlQuery>

namespace jy {

DeferredChecks::DeferredChecks(Database &db)
    : mDb(db)
{
    if (db.dialect() != Dialect::SQLite)
        return;
    sql::exec(db.connection(), QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    mActive = true;
}

DeferredChecks::~DeferredChecks()
{
    try {
        restore();
    } catch (const DbError &) {
        // Unwinding already: the connection is closed or the transaction rolls back anyway.
    }
}

void DeferredChecks::restore()
{
    if (!mActive)
        return;
    mActive = false;
    sql::exec(mDb.connection(), QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
}

void DeferredChecks::verify(const QStringList &tables)
{
    if (!mActive)
        return;
    restore();
    QSqlDatabase conn = mDb.connection();
    for (const QString &table : tables) {
        // Only CHECK constraints were skipped: a table without one needs no walk.
        const QString definition = sql::scalar(conn, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"),
                                               {table}).toString();
        if (!definition.contains(QLatin1String("CHECK"), Qt::CaseInsensitive))
            continue;
        // quick_check reports CHECK and NOT NULL failures (and damage) without comparing indexes.
        QSqlQuery q = sql::exec(conn, QStringLiteral("PRAGMA quick_check(\"%1\")").arg(table));
        if (q.next() && q.value(0).toString() != QLatin1String("ok"))
            throw DbError(QStringLiteral("%1: %2").arg(table, q.value(0).toString()));
    }
}

} // namespace jy
