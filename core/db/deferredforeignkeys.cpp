#include "db/deferredforeignkeys.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"

#include <QSqlQuery>

namespace jy {

DeferredForeignKeys::DeferredForeignKeys(Database &db)
    : mDb(db)
{
    if (db.dialect() != Dialect::SQLite || db.transactionDepth() > 0)
        return;
    QSqlDatabase conn = db.connection();
    if (!sql::scalar(conn, QStringLiteral("PRAGMA foreign_keys")).toBool())
        return;
    sql::exec(conn, QStringLiteral("PRAGMA foreign_keys = OFF"));
    mActive = true;
}

DeferredForeignKeys::~DeferredForeignKeys()
{
    if (!mActive)
        return;
    try {
        sql::exec(mDb.connection(), QStringLiteral("PRAGMA foreign_keys = ON"));
    } catch (const DbError &) {
        // The connection is gone: a new one starts with enforcement on (Database::openConnection).
    }
}

void DeferredForeignKeys::verify(const QStringList &tables)
{
    if (!mActive)
        return;
    QSqlDatabase conn = mDb.connection();
    for (const QString &table : tables) {
        // Rows: table, rowid, parent table, index of the foreign key.
        QSqlQuery q = sql::exec(conn, QStringLiteral("PRAGMA foreign_key_check(\"%1\")").arg(table));
        if (q.next())
            throw DbError(QStringLiteral("%1 row %2: no such %3 row").arg(table, q.value(1).toString(), q.value(2).toString()));
    }
}

} // namespace jy
