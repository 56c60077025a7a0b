#include <catch2/catch.hpp>

#include "testsupport.h"

#include "audit/auditlog.h"
#include "db/backup.h"
#include "db/dberror.h"
#include "db/integritycheck.h"
#include "db/migrations.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "demo/demooptions.h"
#include "residents/residentservice.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace jy;
using namespace jy::test;

namespace {

void writeEntries(Database &db, int n)
{
    for (int i = 0; i < n; ++i)
        AuditLog::record(db, admin(), QStringLiteral("update"), QStringLiteral("resident"), i + 1,
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("张%1").arg(i)}});
}

qint64 count(Database &db, const char *statement)
{
    return sql::scalar(db.connection(), QString::fromUtf8(statement)).toLongLong();
}

// Raw SQL on a closed database file, the way another tool would edit it.
void rawExec(const QString &path, const char *statement)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, statement, nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("every audit entry carries the hash of the one before it", "[audit][backup]")
{
    TempDatabase db;
    writeEntries(*db, 5);
    int checked = 0;
    CHECK_FALSE(AuditLog::verifyChain(*db, &checked));
    CHECK(checked == 5);
    CHECK(count(*db, "SELECT count(*) FROM audit_log WHERE hash IS NULL OR length(hash) <> 64") == 0);
    CHECK(count(*db, "SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 WHERE b.prev_hash = a.hash") == 4);

    SECTION("an edited entry is found")
    {
        sql::exec(db->connection(), QStringLiteral("UPDATE audit_log SET changes = '{\"name\":[\"张三\",\"李四\"]}' WHERE id = 3"));
        const auto broken = AuditLog::verifyChain(*db);
        REQUIRE(broken);
        CHECK(broken->id == 3);
        CHECK_FALSE(IntegrityReport::run(*db).ok());
    }
    SECTION("a removed entry is found at the one after it")
    {
        sql::exec(db->connection(), QStringLiteral("DELETE FROM audit_log WHERE id = 2"));
        const auto broken = AuditLog::verifyChain(*db);
        REQUIRE(broken);
        CHECK(broken->id == 3);
    }
    SECTION("a recomputed hash on an edited entry still breaks the next one")
    {
        const QString forged = AuditLog::entryHash(
            sql::scalar(db->connection(), QStringLiteral("SELECT prev_hash FROM audit_log WHERE id = 2")).toString(),
            sql::scalar(db->connection(), QStringLiteral("SELECT at FROM audit_log WHERE id = 2")).toString(),
            QStringLiteral("someone"), QStringLiteral("update"), QStringLiteral("resident"), 2, QStringLiteral("{}"));
        sql::exec(db->connection(), QStringLiteral("UPDATE audit_log SET actor = 'someone', changes = '{}', hash = ? WHERE id = 2"),
                  {forged});
        const auto broken = AuditLog::verifyChain(*db);
        REQUIRE(broken);
        CHECK(broken->id == 3);
    }
}

TEST_CASE("the migration chains the entries written before it, after a backup", "[audit][backup][sqlite]")
{
    TempDatabase db(8);
    for (int i = 0; i < 3; ++i)
        sql::exec(db->connection(), QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, changes) "
                                                   "VALUES ('2025-01-0%1T08:00:00.000Z', 'admin', 'create', 'resident', ?, '{}')")
                                        .arg(i + 1),
                  {i + 1});
    db.reopen();
    REQUIRE(db->schemaVersion() == Migrations::latestVersion());
    CHECK(count(*db, "SELECT count(*) FROM audit_log WHERE hash IS NULL") == 0);
    CHECK_FALSE(AuditLog::verifyChain(*db));
    writeEntries(*db, 2);
    CHECK_FALSE(AuditLog::verifyChain(*db));

    const QStringList backups = QDir(Backup::folderFor(db.path())).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    REQUIRE(backups.size() == 1);
    CHECK(backups.first().endsWith(QStringLiteral("-v8-to-v%1.sqlite").arg(Migrations::latestVersion())));
    const Backup::Info before = Backup::inspect(QDir(Backup::folderFor(db.path())).filePath(backups.first()));
    CHECK(before.schemaVersion == 8);
    CHECK(before.auditEntries == 3);
}

TEST_CASE("the chain stays whole after the demo replaces its row entries by one", "[audit][demo]")
{
    TempDatabase db;
    writeEntries(*db, 2); // entries before the demo, so its summary must follow the second
    DemoOptions options;
    options.today = QDate(2025, 3, 31);
    REQUIRE(DemoGenerator::generate(*db, Session::localAdministrator(), options).ok());
    CHECK(count(*db, "SELECT count(*) FROM audit_log") == 3);
    CHECK_FALSE(AuditLog::verifyChain(*db));
    const IntegrityReport report = IntegrityReport::run(*db);
    INFO(QJsonDocument(report.toJson()).toJson().toStdString());
    CHECK(report.ok());
}

TEST_CASE("a backup is verified, previewed and restored, and the restore can be undone", "[backup][sqlite]")
{
    TempDatabase db;
    const SmallPlace place = SmallPlace::create(*db);
    const Session session = admin();
    ResidentService service(*db, session);
    addResident(service, QStringLiteral("王建国"), place.householdId, QStringLiteral("head"));
    const QString file = db.dir.filePath(QStringLiteral("copy.sqlite"));
    Backup::write(*db, file);
    CHECK_THROWS_AS(Backup::write(*db, file), DbError); // never over an existing file
    CHECK_FALSE(QFile::exists(file + QStringLiteral(".part")));

    const Backup::Info info = Backup::inspect(file);
    CHECK(info.schemaVersion == Migrations::latestVersion());
    CHECK(info.residents == 1);
    CHECK(info.households == 1);
    CHECK(info.madeAt.isValid());

    addResident(service, QStringLiteral("李秀兰"), place.householdId, QStringLiteral("spouse"));
    REQUIRE(count(*db, "SELECT count(*) FROM resident") == 2);
    db.db.reset();

    const Backup::Restored restored = Backup::restore(db.path(), file);
    CHECK(restored.info.residents == 1);
    REQUIRE(QFile::exists(restored.undoPath));
    CHECK(Backup::inspect(restored.undoPath).residents == 2);
    db.reopen();
    CHECK(count(*db, "SELECT count(*) FROM resident") == 1);
    CHECK(IntegrityReport::run(*db).ok());
    db.db.reset();

    Backup::restore(db.path(), restored.undoPath);
    db.reopen();
    CHECK(count(*db, "SELECT count(*) FROM resident") == 2);
}

TEST_CASE("a restore refuses what is not a Jiayuan database this program can open", "[backup][sqlite]")
{
    TempDatabase db;
    const QString newer = db.dir.filePath(QStringLiteral("newer.sqlite"));
    Backup::write(*db, newer);
    rawExec(newer, "INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01')");
    const QString other = db.dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(other, "CREATE TABLE t (x)");
    const QString junk = db.dir.filePath(QStringLiteral("junk.sqlite"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'x'));
    }
    db.db.reset();
    const QStringList before = QDir(Backup::folderFor(db.path())).entryList(QDir::Files);
    CHECK_THROWS_AS(Backup::restore(db.path(), newer), DbError);
    CHECK_THROWS_AS(Backup::restore(db.path(), other), DbError);
    CHECK_THROWS_AS(Backup::restore(db.path(), junk), DbError);
    CHECK_THROWS_AS(Backup::restore(db.path(), db.dir.filePath(QStringLiteral("missing.sqlite"))), DbError);
    // Refused before anything was touched: no undo copy either.
    CHECK(QDir(Backup::folderFor(db.path())).entryList(QDir::Files) == before);
    db.reopen();
    CHECK(db->schemaVersion() == Migrations::latestVersion());
}

TEST_CASE("retention keeps the newest backup of 7 days and of 4 weeks", "[backup][sqlite]")
{
    QList<Backup::File> files;
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0));
    for (int day = 0; day < 60; ++day) {
        files.append({QStringLiteral("d%1-morning").arg(day), start.addDays(day)});
        files.append({QStringLiteral("d%1-evening").arg(day), start.addDays(day).addSecs(8 * 3600)});
    }
    const QStringList doomed = Backup::expired(files);
    QStringList kept;
    for (const Backup::File &f : files) {
        if (!doomed.contains(f.path))
            kept << f.path;
    }
    // Day 59 is 2026-03-01, a Sunday: days 53–59 are the last seven; the weeks before end on
    // Sundays 52, 45, 38 (the week of day 59 is already kept by the daily rule).
    CHECK(kept == QStringList{QStringLiteral("d38-evening"), QStringLiteral("d45-evening"), QStringLiteral("d52-evening"),
                              QStringLiteral("d53-evening"), QStringLiteral("d54-evening"), QStringLiteral("d55-evening"),
                              QStringLiteral("d56-evening"), QStringLiteral("d57-evening"), QStringLiteral("d58-evening"),
                              QStringLiteral("d59-evening")});
    CHECK(Backup::expired({}).isEmpty());
    CHECK(Backup::expired(files.mid(0, 1)).isEmpty());
}

TEST_CASE("pruning deletes only expired files with the names backups get", "[backup][sqlite]")
{
    QTemporaryDir dir;
    const auto touch = [&dir](const QString &name) {
        QFile f(dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
    };
    for (int day = 1; day <= 20; ++day)
        touch(QStringLiteral("office-202603%1-120000-v8-to-v9.sqlite").arg(day, 2, 10, QLatin1Char('0')));
    touch(QStringLiteral("office-before-my-edit.sqlite"));
    touch(QStringLiteral("office-20260302-120000-before-restore.sqlite"));
    touch(QStringLiteral("other-20260301-120000-v8-to-v9.sqlite"));
    CHECK(Backup::listFolder(dir.path(), QStringLiteral("office")).size() == 20);
    const QStringList removed = Backup::prune(dir.path(), QStringLiteral("office"));
    CHECK(removed.size() == 20 - 7 - 2); // 14–20 daily; Sundays 8 and 1 weekly (the 15th's week is kept daily)
    CHECK(QFile::exists(dir.filePath(QStringLiteral("office-before-my-edit.sqlite"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("office-20260302-120000-before-restore.sqlite"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("other-20260301-120000-v8-to-v9.sqlite"))));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("office-20260301-120000-v8-to-v9.sqlite"))));
}

TEST_CASE("the check finds a reference that points nowhere", "[backup][sqlite]")
{
    TempDatabase db;
    const SmallPlace place = SmallPlace::create(*db);
    const Session session = admin();
    ResidentService service(*db, session);
    const qint64 id = addResident(service, QStringLiteral("王建国"), place.householdId, QStringLiteral("head"));
    CHECK(IntegrityReport::run(*db).ok());
    sql::exec(db->connection(), QStringLiteral("PRAGMA foreign_keys=OFF"));
    sql::exec(db->connection(), QStringLiteral("UPDATE resident SET household_id = 999999 WHERE id = ?"), {id});
    sql::exec(db->connection(), QStringLiteral("PRAGMA foreign_keys=ON"));
    const IntegrityReport report = IntegrityReport::run(*db);
    CHECK_FALSE(report.ok());
    REQUIRE(report.foreignKeys.size() == 1);
    CHECK(report.foreignKeys.first().table == QLatin1String("resident"));
    CHECK(report.foreignKeys.first().parent == QLatin1String("household"));
    CHECK_FALSE(report.auditBreak);
    CHECK(report.toJson().value(QStringLiteral("foreign_key_problems")).toArray().size() == 1);
}

TEST_CASE("an upgrade whose backup cannot be written is refused with that reason, not as damage", "[backup][sqlite]")
{
    test::TempDatabase db(8);
    test::SmallPlace::create(*db);
    db.db.reset();
    // A file where the backups folder has to go: the copy cannot be made.
    QFile blocker(Backup::folderFor(db.path()));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    try {
        db.reopen();
        FAIL("the upgrade went ahead without its backup");
    } catch (const DbError &e) {
        INFO(e.message().toStdString());
        CHECK_FALSE(e.message().contains(QStringLiteral("damaged")));
        CHECK_FALSE(e.message().contains(QStringLiteral("损坏")));
        CHECK((e.message().contains(QStringLiteral("upgrad")) || e.message().contains(QStringLiteral("升级"))));
    }
    // Nothing changed: still version 8 once the folder can be made.
    QFile::remove(Backup::folderFor(db.path()));
    db.reopen(8);
    CHECK(db->schemaVersion() == 8);
}
