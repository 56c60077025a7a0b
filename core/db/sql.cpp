#include "db/sql.h"
#include "db/dberror.h"

#include <QSqlError>

namespace jy::sql {

namespace {
// Qt's PostgreSQL driver streams a forward-only result row by row and drops the rest of it as
// soon as another statement runs on the connection, which loops that query inside a loop do;
// there every result is fetched whole instead (pages are small: lists read with LIMIT).
void setStreaming(QSqlQuery &query, const QSqlDatabase &db)
{
    query.setForwardOnly(db.driverName() != QLatin1String("QPSQL"));
}
} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    setStreaming(query, db);
    if (!query.prepare(statement))
        throw DbError(QStringLiteral("prepare failed [%1]").arg(statement.simplified()), query.lastError());
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        throw DbError(QStringLiteral("query failed [%1]").arg(query.lastQuery().simplified()), query.lastError());
}

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    // PostgreSQL prepares only SELECT/INSERT/UPDATE/DELETE/VALUES: DDL, SAVEPOINT and the like
    // run directly (they have nothing to bind).
    if (values.isEmpty()) {
        QSqlQuery query(db);
        setStreaming(query, db);
        if (!query.exec(statement))
            throw DbError(QStringLiteral("query failed [%1]").arg(statement.simplified()), query.lastError());
        return query;
    }
    QSqlQuery query = prepare(db, statement);
    for (const QVariant &v : values)
        query.addBindValue(v);
    exec(query);
    return query;
}

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return exec(db, statement, QVariantList(values));
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = exec(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return scalar(db, statement, QVariantList(values));
}

qint64 insert(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = exec(db, statement + QStringLiteral(" RETURNING id"), values);
    if (!query.next())
        throw DbError(QStringLiteral("no id returned by [%1]").arg(statement.simplified()));
    return query.value(0).toLongLong();
}

} // namespace jy::sql
