#include <catch2/catch.hpp>

#include "db/migrations.h"
#include "db/sql.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace jy;

namespace {

// Rows every schema version can hold: a place, a household and two residents.
void insertVersion1Data(Database &db)
{
    QSqlDatabase conn = db.connection();
    sql::exec(conn, QStringLiteral("INSERT INTO street (id, code, name) VALUES (1, '210211014', '辛寨子街道')"));
    sql::exec(conn, QStringLiteral("INSERT INTO community (id, street_id, code, name) VALUES (1, 1, '210211014001', '魅力社区')"));
    sql::exec(conn, QStringLiteral("INSERT INTO estate (id, community_id, name) VALUES (1, 1, '万科魅力之城')"));
    sql::exec(conn, QStringLiteral("INSERT INTO building (id, estate_id, number) VALUES (1, 1, '3')"));
    sql::exec(conn, QStringLiteral("INSERT INTO unit (id, building_id, number) VALUES (1, 1, '2')"));
    sql::exec(conn, QStringLiteral("INSERT INTO dwelling (id, unit_id, room) VALUES (1, 1, '401')"));
    sql::exec(conn, QStringLiteral("INSERT INTO household (id, dwelling_id, created_at) VALUES (1, 1, '2024-01-01')"));
    sql::exec(conn, QStringLiteral(
        "INSERT INTO resident (id, household_id, relation, name, id_number, birth_date, sex, phone, residence_type, building_id, "
        "community_id, created_at, updated_at) VALUES "
        "(1, 1, 'head', '张三丰', '11010519491231002X', '1949-12-31', 'F', '13800001234', 'registered', 1, 1, 'x', 'x'), "
        "(2, 1, 'spouse', '王五', NULL, '1950-01-02', 'M', NULL, 'resident', 1, 1, 'x', 'x')"));
}

} // namespace

TEST_CASE("migrations build the latest schema from an empty file", "[migrations]")
{
    test::TempDatabase db;
    const QStringList tables = db->connection().tables();
    for (const char *table : {"street", "community", "estate", "building", "unit", "dwelling", "grid", "grid_building",
                              "grid_role", "grid_staff", "household", "resident", "tag", "resident_tag", "audit_log",
                              "party_branch", "party_member", "division"})
        CHECK(tables.contains(QString::fromLatin1(table)));
    if (!test::onPostgres()) // PostgreSQL searches names without a full-text table
        CHECK(tables.contains(QStringLiteral("resident_name_fts")));
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM tag WHERE name = '困境儿童'")).toInt() == 1);
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM schema_version")).toInt() == Migrations::latestVersion());
}

TEST_CASE("migrations bring a database of every earlier version up to date without losing data", "[migrations]")
{
    for (int from = 1; from < Migrations::latestVersion(); ++from) {
        DYNAMIC_SECTION("from version " << from)
        {
            test::TempDatabase db(from);
            REQUIRE(db->schemaVersion() == from);
            insertVersion1Data(*db);
            db.reopen();
            CHECK(db->schemaVersion() == Migrations::latestVersion());
            QSqlDatabase conn = db->connection();
            CHECK(sql::scalar(conn, QStringLiteral("SELECT count(*) FROM resident")).toInt() == 2);
            if (from >= 3)
                continue; // the rows were written raw after v3 had added the keys: nothing to back-fill
            // Search keys are back-filled for rows that existed before they did.
            QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT name_pinyin, name_initials, id_rev, phone_rev FROM resident WHERE id = 1"));
            REQUIRE(q.next());
            CHECK(q.value(0).toString() == QLatin1String("zhangsanfeng"));
            CHECK(q.value(1).toString() == QLatin1String("zsf"));
            CHECK(q.value(2).toString() == QLatin1String("X20013219491501011"));
            CHECK(q.value(3).toString() == QLatin1String("43210000831"));
            if (!test::onPostgres())
                CHECK(sql::scalar(conn, QStringLiteral("SELECT rowid FROM resident_name_fts WHERE resident_name_fts MATCH '\"三 丰\"'")).toInt() == 1);
        }
    }
}

TEST_CASE("opening twice runs no migration twice", "[migrations]")
{
    test::TempDatabase db;
    db.reopen();
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM schema_version")).toInt() == Migrations::latestVersion());
}

TEST_CASE("migrating to v13 gives the merchants already registered their pinyin sort keys", "[migrations]")
{
    test::TempDatabase db(12);
    insertVersion1Data(*db);
    sql::exec(db->connection(), QStringLiteral("INSERT INTO merchant (id, community_id, name) VALUES (1, 1, '张记包子铺'), (2, 1, '阿福理发店')"));
    db.reopen();
    REQUIRE(db->schemaVersion() == Migrations::latestVersion());
    QSqlQuery q = sql::exec(db->connection(), QStringLiteral("SELECT name FROM merchant ORDER BY sort_key"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    CHECK(names == QStringList{QStringLiteral("阿福理发店"), QStringLiteral("张记包子铺")});
}
