#include "db/integritycheck.h"
#include "db/database.h"
#include "db/sql.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace jy {

IntegrityReport IntegrityReport::run(Database &db)
{
    IntegrityReport report;
    QSqlDatabase conn = db.connection();
    if (db.dialect() == Dialect::SQLite) {
        QSqlQuery q = sql::exec(conn, QStringLiteral("PRAGMA integrity_check"));
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                report.integrity << line;
        }
        QSqlQuery fk = sql::exec(conn, QStringLiteral("PRAGMA foreign_key_check"));
        while (fk.next())
            report.foreignKeys.append({fk.value(0).toString(), fk.value(1).toLongLong(), fk.value(2).toString()});
    }
    report.auditBreak = AuditLog::verifyChain(db, &report.auditEntries);
    return report;
}

QJsonObject IntegrityReport::toJson() const
{
    QJsonArray fks;
    for (const ForeignKeyProblem &p : foreignKeys)
        fks.append(QJsonObject{{QStringLiteral("table"), p.table}, {QStringLiteral("rowid"), p.rowId},
                               {QStringLiteral("parent"), p.parent}});
    QJsonObject audit{{QStringLiteral("entries"), auditEntries}, {QStringLiteral("ok"), !auditBreak}};
    if (auditBreak) {
        audit.insert(QStringLiteral("broken_at"), auditBreak->id);
        audit.insert(QStringLiteral("reason"), auditBreak->reason);
    }
    return QJsonObject{{QStringLiteral("ok"), ok()},
                       {QStringLiteral("integrity"), integrity.isEmpty() ? QJsonValue(QStringLiteral("ok"))
                                                                         : QJsonValue(QJsonArray::fromStringList(integrity))},
                       {QStringLiteral("foreign_key_problems"), fks},
                       {QStringLiteral("audit_chain"), audit}};
}

} // namespace jy
