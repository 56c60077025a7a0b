#include "db/transaction.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"

#include <QSqlError>
#include <QtGlobal>

namespace jy {

namespace {
QString savepointName(int level) { return QStringLiteral("jy_sp%1").arg(level); }
} // namespace

Transaction::Transaction(Database &db)
    : mDb(db)
{
    int &depth = mDb.transactionDepth();
    mLevel = depth;
    QSqlDatabase conn = mDb.connection();
    if (mLevel == 0) {
        if (!conn.transaction())
            throw DbError(QStringLiteral("cannot begin transaction"), conn.lastError());
    } else {
        sql::exec(conn, QStringLiteral("SAVEPOINT ") + savepointName(mLevel));
    }
    ++depth;
    mOpen = true;
}

Transaction::~Transaction()
{
    if (!mOpen)
        return;
    try {
        rollback();
    } catch (const DbError &e) {
        qWarning("rollback failed: %s", e.what());
    }
}

void Transaction::commit()
{
    Q_ASSERT(mOpen);
    QSqlDatabase conn = mDb.connection();
    if (mLevel == 0) {
        if (!conn.commit())
            throw DbError(QStringLiteral("commit failed"), conn.lastError());
    } else {
        sql::exec(conn, QStringLiteral("RELEASE SAVEPOINT ") + savepointName(mLevel));
    }
    mOpen = false;
    --mDb.transactionDepth();
}

void Transaction::rollback()
{
    if (!mOpen)
        return;
    mOpen = false;
    --mDb.transactionDepth();
    QSqlDatabase conn = mDb.connection();
    if (mLevel == 0) {
        if (!conn.rollback())
            throw DbError(QStringLiteral("rollback failed"), conn.lastError());
    } else {
        sql::exec(conn, QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName(mLevel));
        sql::exec(conn, QStringLiteral("RELEASE SAVEPOINT ") + savepointName(mLevel));
    }
}

} // namespace jy
