#include <catch2/catch.hpp>

#include "db/dberror.h"
#include "db/deferredchecks.h"
#include "db/deferredforeignkeys.h"
#include "db/deferredindexes.h"
#include "db/migrations.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>

using namespace jy;

TEST_CASE("a new database is WAL, enforces foreign keys and is at the latest schema", "[db][sqlite]")
{
    test::TempDatabase db;
    QSqlDatabase conn = db->connection();
    CHECK(sql::scalar(conn, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
    CHECK(sql::scalar(conn, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(db->schemaVersion() == Migrations::latestVersion());
    CHECK_THROWS_AS(sql::exec(conn, QStringLiteral("INSERT INTO community (street_id, code, name) VALUES (999, '210211014001', 'x')")),
                    DbError);
}

TEST_CASE("a transaction rolls back unless committed, and nests as savepoints", "[db]")
{
    test::TempDatabase db;
    QSqlDatabase conn = db->connection();
    const auto streets = [&] { return sql::scalar(conn, QStringLiteral("SELECT count(*) FROM street")).toInt(); };
    {
        Transaction tx(*db);
        sql::exec(conn, QStringLiteral("INSERT INTO street (code, name) VALUES ('210211014', '辛寨子街道')"));
    }
    CHECK(streets() == 0);
    {
        Transaction outer(*db);
        sql::exec(conn, QStringLiteral("INSERT INTO street (code, name) VALUES ('210211014', '辛寨子街道')"));
        {
            Transaction inner(*db);
            sql::exec(conn, QStringLiteral("INSERT INTO street (code, name) VALUES ('210211013', '泉水街道')"));
        } // inner rolled back only
        outer.commit();
    }
    CHECK(streets() == 1);
    try {
        Transaction tx(*db);
        sql::exec(conn, QStringLiteral("INSERT INTO street (code, name) VALUES ('210211013', '泉水街道')"));
        throw std::runtime_error("interrupted");
    } catch (const std::runtime_error &) {
    }
    CHECK(streets() == 1);
}

TEST_CASE("a missing or corrupt database file is a clear error, not a crash", "[db][sqlite]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nope.sqlite"));
    CHECK_THROWS_WITH(Database::openSqlite(missing, Database::OpenMode::MustExist), Catch::Contains("nope.sqlite"));
    CHECK_FALSE(QFile::exists(missing));

    const QString corrupt = dir.filePath(QStringLiteral("corrupt.sqlite"));
    QFile file(corrupt);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    CHECK_THROWS_AS(Database::openSqlite(corrupt, Database::OpenMode::MustExist), DbError);
    CHECK(QFile(corrupt).size() == 4096); // left untouched
}

TEST_CASE("a database of another program is refused", "[db]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    CHECK_THROWS_AS(Database::openSqlite(path, Database::OpenMode::MustExist), DbError);
}

TEST_CASE("a database newer than the program is refused", "[db]")
{
    test::TempDatabase db;
    sql::exec(db->connection(), QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', 'x')"));
    CHECK_THROWS_WITH(db.reopen(), Catch::Contains("999"));
}

TEST_CASE("deferred indexes: dropped for a bulk load, rebuilt after, back on rollback", "[database][sqlite]")
{
    test::TempDatabase db;
    QSqlDatabase conn = db->connection();
    const auto indexes = [&] {
        return sql::scalar(conn, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'resident' "
                                                "AND sql IS NOT NULL")).toInt();
    };
    const int before = indexes();
    REQUIRE(before >= 10);
    {
        Transaction tx(*db);
        DeferredIndexes deferred(*db, QStringLiteral("resident"));
        CHECK(deferred.count() == before);
        CHECK(indexes() == 0);
        deferred.rebuild();
        CHECK(indexes() == before);
        tx.commit();
    }
    {
        Transaction tx(*db);
        DeferredIndexes deferred(*db, QStringLiteral("resident"));
        CHECK(indexes() == 0);
    } // rolled back
    CHECK(indexes() == before);
}

TEST_CASE("deferred foreign keys are verified at the end of a bulk load", "[db][sqlite]")
{
    test::TempDatabase db;
    const test::SmallPlace place = test::SmallPlace::create(*db);
    QSqlDatabase conn = db->connection();
    const auto insert = [&](qint64 householdId) {
        sql::exec(conn, QStringLiteral("INSERT INTO resident (household_id, name, residence_type, created_at, updated_at) "
                                       "VALUES (?, '张三', 'registered', '2026-01-01', '2026-01-01')"),
                  {householdId});
    };
    const auto enforced = [&] { return sql::scalar(conn, QStringLiteral("PRAGMA foreign_keys")).toBool(); };
    REQUIRE(enforced());
    {
        DeferredForeignKeys foreignKeys(*db);
        CHECK_FALSE(enforced());
        Transaction tx(*db);
        insert(place.householdId);
        foreignKeys.verify({QStringLiteral("household"), QStringLiteral("resident")});
        tx.commit();
    }
    CHECK(enforced());
    {
        DeferredForeignKeys foreignKeys(*db);
        Transaction tx(*db);
        insert(place.householdId + 1000); // no such household: let through for now
        try {
            foreignKeys.verify({QStringLiteral("household"), QStringLiteral("resident")});
            FAIL("the missing household went unnoticed");
        } catch (const DbError &e) {
            CHECK(e.message().contains(QLatin1String("resident")));
            CHECK(e.message().contains(QLatin1String("household")));
        }
    } // rolled back
    CHECK(sql::scalar(conn, QStringLiteral("SELECT count(*) FROM resident")).toInt() == 1);
    CHECK(enforced());
    CHECK_THROWS_AS(insert(place.householdId + 1000), DbError);
    {
        // Inside a transaction SQLite ignores the switch: it stays on, and so does enforcement.
        Transaction tx(*db);
        DeferredForeignKeys foreignKeys(*db);
        CHECK(enforced());
        CHECK_THROWS_AS(insert(place.householdId + 1000), DbError);
    }
    CHECK(enforced());
}

TEST_CASE("deferred CHECK constraints are verified at the end of a bulk load", "[db][sqlite]")
{
    test::TempDatabase db;
    const test::SmallPlace place = test::SmallPlace::create(*db);
    QSqlDatabase conn = db->connection();
    const auto insert = [&](const char *type) {
        sql::exec(conn, QStringLiteral("INSERT INTO resident (household_id, name, residence_type, created_at, updated_at) "
                                       "VALUES (?, '张三', ?, '2026-01-01', '2026-01-01')"),
                  {place.householdId, QString::fromLatin1(type)});
    };
    {
        Transaction tx(*db);
        DeferredChecks checks(*db);
        insert("registered");
        checks.verify({QStringLiteral("resident"), QStringLiteral("household")});
        tx.commit();
    }
    {
        Transaction tx(*db);
        DeferredChecks checks(*db);
        insert("nonsense"); // let through for now
        CHECK_THROWS_AS(checks.verify({QStringLiteral("household"), QStringLiteral("resident")}), DbError);
    } // rolled back
    CHECK(sql::scalar(conn, QStringLiteral("SELECT count(*) FROM resident")).toInt() == 1);
    // The checks are on again, whether verified or not.
    CHECK_THROWS_AS(insert("nonsense"), DbError);
    {
        DeferredChecks checks(*db);
    }
    CHECK_THROWS_AS(insert("nonsense"), DbError);
}
