#include "common/conflict.h"
#include "db/sql.h"

#include <QCoreApplication>

namespace jy::reg {

bool updateVersioned(const QSqlDatabase &conn, const QString &table, const QString &assignments, const QVariantList &values, qint64 id,
                     int version, const QString &idColumn)
{
    QSqlQuery q = sql::exec(conn,
                            QStringLiteral("UPDATE %1 SET %2, row_version = row_version + 1 WHERE %3 = ? AND (row_version = ? OR ? = 0)")
                                .arg(table, assignments, idColumn),
                            values + QVariantList{id, version, version});
    return q.numRowsAffected() == 1;
}

FieldErrors conflict(const QString &what)
{
    return {{kConflictField, QCoreApplication::translate("jy::RowConflict",
                                                         "Someone else changed %1 after you opened it, so your changes were not saved. "
                                                         "Reload the record to see the latest version, then make your changes again.")
                                 .arg(what)}};
}

} // namespace jy::reg
