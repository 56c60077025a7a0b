#include <catch2/catch.hpp>

#include "audit/auditlog.h"
#include "db/databasecopy.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "residents/residentservice.h"
#include "testsupport.h"

using namespace jy;

namespace {

qint64 count(Database &db, const char *statement)
{
    return sql::scalar(db.connection(), QString::fromUtf8(statement)).toLongLong();
}

// An office's file: a place, a household of three, tags, and the audit entries they left.
struct OfficeFile
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = Database::openSqlite(dir.filePath(QStringLiteral("office.sqlite")));
    test::SmallPlace place = test::SmallPlace::create(*db);
    Session session = test::admin(); // services keep a reference to it
    OfficeFile()
    {
        ResidentService residents(*db, session);
        test::addResident(residents, QStringLiteral("张三"), place.householdId, relation::Head);
        test::addResident(residents, QStringLiteral("李梅"), place.householdId, relation::Spouse);
        const qint64 child = test::addResident(residents, QStringLiteral("张小宝"), place.householdId, relation::Son);
        Resident r = *residents.find(child);
        r.tags = {QStringLiteral("困境儿童")};
        REQUIRE(residents.update(r).ok());
    }
};

} // namespace

TEST_CASE("an office's file moves to another database with every row and id, and the counts are checked", "[migrate]")
{
    OfficeFile office;
    test::TempDatabase server;
    const DatabaseCopy::Report report = DatabaseCopy::run(*office.db, *server);
    CHECK(report.verified());
    CHECK_FALSE(report.replacedEarlierCopy);
    CHECK(report.rows > 0);
    for (const DatabaseCopy::TableCount &c : report.tables) {
        INFO(c.table.toStdString());
        CHECK(c.source == c.target);
    }
    CHECK(count(*server, "SELECT count(*) FROM resident") == 3);
    CHECK(sql::scalar(server->connection(), QStringLiteral("SELECT name FROM resident WHERE id = ?"),
                      {sql::scalar(office.db->connection(), QStringLiteral("SELECT id FROM resident WHERE name = '张小宝'"))})
              .toString() == QStringLiteral("张小宝"));
    CHECK(count(*server, "SELECT count(*) FROM resident_tag") == 1);
    CHECK(count(*server, "SELECT count(*) FROM audit_log") == count(*office.db, "SELECT count(*) FROM audit_log"));
    CHECK_FALSE(AuditLog::verifyChain(*server).has_value()); // hashes travel unchanged

    // Work goes on on the server: new rows get ids after the copied ones.
    const Session session = test::admin();
    ResidentService onServer(*server, session);
    const qint64 newcomer = test::addResident(onServer, QStringLiteral("王五"), office.place.householdId, relation::Other);
    CHECK(newcomer > count(*office.db, "SELECT max(id) FROM resident"));
    CHECK_FALSE(AuditLog::verifyChain(*server).has_value());
}

TEST_CASE("moving again replaces the earlier copy, a database with other offices' data is refused", "[migrate]")
{
    OfficeFile office;
    test::TempDatabase server;
    REQUIRE(DatabaseCopy::run(*office.db, *server).verified());
    REQUIRE(ResidentService(*office.db, office.session).remove(sql::scalar(office.db->connection(),
        QStringLiteral("SELECT id FROM resident WHERE name = '张小宝'")).toLongLong()).ok());

    const DatabaseCopy::Report again = DatabaseCopy::run(*office.db, *server);
    CHECK(again.verified());
    CHECK(again.replacedEarlierCopy);
    CHECK(count(*server, "SELECT count(*) FROM resident") == 2);
    CHECK(count(*server, "SELECT count(*) FROM community") == 1);

    OfficeFile otherOffice;
    CHECK_THROWS_AS(DatabaseCopy::run(*otherOffice.db, *server), DbError);
    CHECK(count(*server, "SELECT count(*) FROM resident") == 2);

    test::TempDatabase busy;
    test::SmallPlace::create(*busy, QStringLiteral("210211014002"));
    CHECK_THROWS_WITH(DatabaseCopy::run(*office.db, *busy), Catch::Contains("已有并非从此文件复制的社区"));
    CHECK(count(*busy, "SELECT count(*) FROM resident") == 0);
}

TEST_CASE("a cancelled move leaves the target as it was", "[migrate]")
{
    OfficeFile office;
    test::TempDatabase server;
    const qint64 tagsBefore = count(*server, "SELECT count(*) FROM tag");
    qint64 seenTotal = 0;
    CHECK_THROWS_AS(DatabaseCopy::run(*office.db, *server, [&](qint64 done, qint64 total) {
                        seenTotal = total;
                        return done < 5;
                    }),
                    DbError);
    CHECK(seenTotal > 5);
    CHECK(count(*server, "SELECT count(*) FROM community") == 0);
    CHECK(count(*server, "SELECT count(*) FROM tag") == tagsBefore);
    // And a move after the cancelled one goes through.
    CHECK(DatabaseCopy::run(*office.db, *server).verified());
}
