#include "testsupport.h"
#include "backup/autobackup.h"
#include "backup/autobackupdialog.h"
#include "db/backup.h"
#include "mainwindow.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSpinBox>
#include <QTimer>

using namespace jy;

namespace {


// Puts the user's choice back after the test.
struct KeepPolicy
{
    BackupPolicy saved = AutoBackup::policy();
    ~KeepPolicy() { AutoBackup::setPolicy(saved); }
};

} // namespace

TEST_CASE("the automatic backup runs on a worker thread and reports once per due backup", "[backup-ui]")
{
    const KeepPolicy keep;
    AutoBackup::setPolicy(BackupPolicy{24, 7, 4});
    test::TempDatabase db;
    AutoBackup automatic(*db);
    QStringList written;
    QString failure;
    int checks = 0;
    QObject::connect(&automatic, &AutoBackup::backedUp, [&](const QString &path) { written << path; });
    QObject::connect(&automatic, &AutoBackup::failed, [&](const QString &message) { failure = message; });
    QObject::connect(&automatic, &AutoBackup::checked, [&] { ++checks; });

    automatic.check();
    CHECK(automatic.isRunning());
    REQUIRE(test::waitFor([&] { return checks == 1; }));
    CHECK(failure.isEmpty());
    REQUIRE(written.size() == 1);
    CHECK(QFileInfo(written.first()).absolutePath() == QFileInfo(Backup::folderFor(db.path())).absoluteFilePath());
    CHECK(written.first().endsWith(QStringLiteral("-auto.sqlite")));

    automatic.check(); // not due again today
    REQUIRE(test::waitFor([&] { return checks == 2; }));
    CHECK(written.size() == 1);
}

TEST_CASE("the automatic backup settings are kept", "[backup-ui]")
{
    const KeepPolicy keep;
    AutoBackup::setPolicy(BackupPolicy{24, 7, 4});
    test::TempDatabase db;
    AutoBackupDialog dialog(db.path());
    auto *interval = test::child<QComboBox>(dialog, "interval");
    CHECK(interval->currentData().toInt() == 24);
    interval->setCurrentIndex(interval->findData(24 * 7));
    test::child<QSpinBox>(dialog, "daily")->setValue(10);
    test::child<QSpinBox>(dialog, "weekly")->setValue(8);
    dialog.show();
    test::screenshot(dialog, "autobackup-settings");
    dialog.accept();
    const BackupPolicy p = AutoBackup::policy();
    CHECK(p.intervalHours == 24 * 7);
    CHECK(p.daily == 10);
    CHECK(p.weekly == 8);
}

TEST_CASE("a failed automatic backup leaves a warning in sight in the main window", "[backup-ui]")
{
    const KeepPolicy keep;
    AutoBackup::setPolicy(BackupPolicy{24, 7, 4});
    test::TempDatabase db;
    QFile blocker(Backup::folderFor(db.path())); // a file where the backups folder should be
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Session admin = test::admin();
    MainWindow window(*db, admin);
    window.resize(1280, 720);
    window.show();
    auto *warning = test::child<QLabel>(window, "backupWarning");
    CHECK(warning->isHidden());
    window.startAutomaticBackups(); // the first check a few seconds after start
    REQUIRE(test::waitFor([&] { return !warning->isHidden(); }));
    CHECK(warning->toolTip().contains(QStringLiteral("backups")));
    test::screenshot(window, "autobackup-failed");
}
