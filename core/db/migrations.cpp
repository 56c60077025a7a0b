#include "db/migrations.h"
#include "db/backup.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/schema.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>

namespace jy {

int Migrations::latestVersion()
{
    return int(schema::steps().size());
}

int Migrations::currentVersion(Database &db)
{
    QSqlDatabase conn = db.connection();
    if (!conn.tables().contains(QStringLiteral("schema_version")))
        return 0;
    return sql::scalar(conn, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")).toInt();
}

void Migrations::migrate(Database &db, int targetVersion)
{
    QSqlDatabase conn = db.connection();
    // Fails on a file that is not SQLite at all, before anything is written to it.
    sql::exec(conn, db.dialect() == Dialect::SQLite ? QStringLiteral("SELECT count(*) FROM sqlite_master")
                                                     : QStringLiteral("SELECT 1"));
    if (!conn.tables().contains(QStringLiteral("schema_version"))) {
        if (db.dialect() == Dialect::SQLite && !conn.tables().isEmpty())
            throw DbError(QCoreApplication::translate("jy::Migrations", "the file holds tables of another program"));
        sql::exec(conn, QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                                       "description TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    }
    const int current = currentVersion(db);
    if (current > latestVersion())
        throw UpgradeRefused(QCoreApplication::translate("jy::Migrations",
                                                  "the database has schema version %1, newer than this program (%2); please upgrade Jiayuan")
                          .arg(current).arg(latestVersion()));
    // An upgrade rewrites tables; a copy first, so a failed or unwanted upgrade can be undone.
    const int last = std::min(targetVersion, latestVersion());
    if (current > 0 && current < last && db.dialect() == Dialect::SQLite) {
        try {
            Backup::beforeMigration(db, current, last);
        } catch (const DbError &e) {
            throw UpgradeRefused(QCoreApplication::translate("jy::Migrations",
                                                             "the copy made before upgrading the database failed, so it was not "
                                                             "upgraded and nothing changed (is the disk full?): %1")
                                     .arg(e.message()));
        }
    }
    const auto &steps = schema::steps();
    for (int version = current + 1; version <= targetVersion && version <= latestVersion(); ++version) {
        const schema::Step &step = steps.at(version - 1);
        Transaction tx(db);
        step.apply(db);
        sql::exec(conn, QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"),
                  {version, QString::fromUtf8(step.description), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        tx.commit();
    }
}

} // namespace jy
