#include <catch2/catch.hpp>

#include "testsupport.h"

#include "db/backup.h"
#include "db/backupschedule.h"
#include "db/dberror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <algorithm>

using namespace jy;
using namespace jy::test;

namespace {

QStringList namesIn(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

} // namespace

TEST_CASE("an automatic backup is due after the interval and not before", "[backup][schedule][sqlite]")
{
    TempDatabase db;
    const QDateTime monday9(QDate(2026, 3, 2), QTime(9, 0));
    BackupPolicy policy; // daily

    CHECK(BackupSchedule::isDue(db.path(), monday9, policy));
    const BackupSchedule::Outcome made = BackupSchedule::runIfDue(*db, monday9, policy);
    REQUIRE_FALSE(made.path.isEmpty());
    CHECK(QFileInfo(made.path).fileName() == QStringLiteral("test-20260302-090000-auto.sqlite"));
    CHECK(QFileInfo(made.path).dir().absolutePath() == QDir(Backup::folderFor(db.path())).absolutePath());
    CHECK(Backup::inspect(made.path).schemaVersion > 0);
    CHECK(BackupSchedule::lastAutomatic(db.path()) == monday9);

    CHECK_FALSE(BackupSchedule::isDue(db.path(), monday9.addSecs(23 * 3600), policy));
    CHECK(BackupSchedule::runIfDue(*db, monday9.addSecs(23 * 3600), policy).path.isEmpty());
    CHECK(BackupSchedule::isDue(db.path(), monday9.addSecs(24 * 3600), policy));

    policy.intervalHours = 168;
    CHECK_FALSE(BackupSchedule::isDue(db.path(), monday9.addDays(6), policy));
    CHECK(BackupSchedule::isDue(db.path(), monday9.addDays(7), policy));

    policy.intervalHours = 0; // switched off
    CHECK_FALSE(BackupSchedule::isDue(db.path(), monday9.addDays(30), policy));

    // The clock was set back: the stamp in the future does not stop backups for good.
    CHECK(BackupSchedule::isDue(db.path(), monday9.addDays(-1), BackupPolicy{}));
}

TEST_CASE("a copy made before an upgrade does not count as the automatic backup", "[backup][schedule][sqlite]")
{
    TempDatabase db;
    const QString folder = Backup::folderFor(db.path());
    Backup::beforeMigration(*db, 8, 9);
    CHECK(Backup::listFolder(folder, QStringLiteral("test")).size() == 1);
    CHECK_FALSE(BackupSchedule::lastAutomatic(db.path()).isValid());
    CHECK(BackupSchedule::isDue(db.path(), QDateTime::currentDateTime(), BackupPolicy{}));
}

TEST_CASE("daily automatic backups are pruned to 7 days and 4 weeks", "[backup][schedule][sqlite]")
{
    TempDatabase db;
    const QString folder = Backup::folderFor(db.path());
    QDir().mkpath(folder);
    const QString byHand = QDir(folder).filePath(QStringLiteral("test-before-the-move.sqlite"));
    REQUIRE(QFile(byHand).open(QIODevice::WriteOnly));

    const QDateTime first(QDate(2026, 3, 2), QTime(9, 0)); // a Monday
    BackupPolicy policy;
    policy.intervalHours = 20; // a day across a clock change is 23 hours long
    for (int day = 0; day < 40; ++day) {
        const BackupSchedule::Outcome out = BackupSchedule::runIfDue(*db, first.addDays(day), policy);
        REQUIRE_FALSE(out.path.isEmpty());
        CHECK_FALSE(out.pruned.contains(out.path));
    }
    // Last day Friday 10 April: 4–10 April are the 7 days; the weeks add Sunday 29 and 22 March
    // (the week of 30 March is already held by 4 and 5 April).
    QStringList expected;
    for (const QDate d : {QDate(2026, 3, 22), QDate(2026, 3, 29), QDate(2026, 4, 4), QDate(2026, 4, 5), QDate(2026, 4, 6),
                          QDate(2026, 4, 7), QDate(2026, 4, 8), QDate(2026, 4, 9), QDate(2026, 4, 10)})
        expected << QStringLiteral("test-%1-090000-auto.sqlite").arg(d.toString(QStringLiteral("yyyyMMdd")));
    expected << QStringLiteral("test-before-the-move.sqlite"); // not ours: never deleted
    expected.sort();
    CHECK(namesIn(folder) == expected);
}

TEST_CASE("a failed automatic backup leaves no file that looks like a backup", "[backup][schedule][sqlite]")
{
    TempDatabase db;
    const QDateTime now(QDate(2026, 3, 2), QTime(9, 0));
    const QString folder = Backup::folderFor(db.path());

    SECTION("the copy cannot be written")
    {
        // A folder where the temporary copy would go: SQLite cannot open it as a file.
        QDir().mkpath(QDir(folder).filePath(QStringLiteral("test-20260302-090000-auto.sqlite.part")));
        CHECK_THROWS_AS(BackupSchedule::runIfDue(*db, now, BackupPolicy{}), DbError);
        CHECK(namesIn(folder) == QStringList{QStringLiteral("test-20260302-090000-auto.sqlite.part")});
        CHECK(Backup::listFolder(folder, QStringLiteral("test")).isEmpty());
        CHECK(BackupSchedule::isDue(db.path(), now, BackupPolicy{}));
    }
    SECTION("the backups folder cannot be made")
    {
        QFile blocker(folder); // a file where the folder should be
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        CHECK_THROWS_AS(BackupSchedule::runIfDue(*db, now, BackupPolicy{}), DbError);
        CHECK(QFileInfo(folder).isFile());
        CHECK(QFileInfo(folder).size() == 0);
    }
}

TEST_CASE("the copy made before an upgrade is pruned by the retention saved in the backup settings", "[backup][schedule][sqlite]")
{
    // Settings go to a folder of the test's own, never the user's.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings().clear();

    const auto run = [](const BackupPolicy *saved) {
        if (saved)
            BackupPolicy::save(*saved);
        else
            QSettings().clear();
        TempDatabase db;
        const QString folder = Backup::folderFor(db.path());
        QDir().mkpath(folder);
        // Automatic copies of the ten days before today.
        for (int day = 1; day <= 10; ++day) {
            QFile f(QDir(folder).filePath(QStringLiteral("test-%1-090000-auto.sqlite")
                                              .arg(QDate::currentDate().addDays(-day).toString(QStringLiteral("yyyyMMdd")))));
            REQUIRE(f.open(QIODevice::WriteOnly));
        }
        const QString copy = Backup::beforeMigration(*db, 8, 9);
        const QList<Backup::File> left = Backup::listFolder(folder, QStringLiteral("test"));
        CHECK(std::any_of(left.begin(), left.end(), [&](const Backup::File &f) { return f.path == copy; }));
        return left.size();
    };
    // Two days, no weeks: the copy of today and yesterday's automatic one.
    const BackupPolicy short_{24, 2, 0};
    CHECK(run(&short_) == 2);
    CHECK(BackupPolicy::saved().daily == 2);
    // Nothing saved: the defaults, 7 days (and more by the weeks).
    CHECK(run(nullptr) >= 7);
    QSettings().clear();
}
