#include <catch2/catch.hpp>

#include "testsupport.h"

#include "db/integritycheck.h"
#include "db/sql.h"
#include "idnumber/idnumber.h"
#include "places/placestore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

using namespace jy;
using namespace jy::test;

namespace {

// A roster of `rows` residents with valid, distinct ID numbers, three to a flat.
void writeRoster(const QString &path, int rows)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QByteArray text = QStringLiteral("姓名,性别,公民身份号码,与户主关系,家庭住址,联系电话\r\n").toUtf8();
    const QString surnames = QStringLiteral("王李张刘陈杨赵黄周吴");
    const QString given = QStringLiteral("建国秀兰志强丽华海燕明军");
    const QDate first(1940, 1, 1);
    for (int i = 0; i < rows; ++i) {
        const QDate birth = first.addDays(i % 25000);
        const QString first17 = QStringLiteral("210211") + birth.toString(QStringLiteral("yyyyMMdd"))
                                + QStringLiteral("%1").arg(100 + i / 25000, 3, 10, QLatin1Char('0'));
        const QString id = first17 + IdNumber::checkDigit(first17);
        const int flat = i / 3;
        const QString name = QString(surnames.at(i % 10)) + given.at(i / 10 % 12) + given.at(i / 120 % 12);
        text += QStringLiteral("%1,%2,%3,%4,%5号楼%6单元%7室,\r\n")
                    .arg(name, (id.at(16).digitValue() % 2) ? QStringLiteral("男") : QStringLiteral("女"), id,
                         i % 3 == 0 ? QStringLiteral("户主") : QStringLiteral("子女"))
                    .arg(flat / 400 + 1)
                    .arg(flat / 100 % 4 + 1)
                    .arg((flat % 100) / 4 * 100 + 101 + flat % 4)
                    .toUtf8();
    }
    file.write(text);
}

} // namespace

TEST_CASE("an import killed while it writes leaves all of it or none", "[backup][slow][sqlite]")
{
    const int rows = 50000;
    TempDatabase db;
    PlaceStore(*db).ensureFirstCommunity();
    const QString path = db.path();
    const QString roster = db.dir.filePath(QStringLiteral("big.csv"));
    writeRoster(roster, rows);
    const int indexes = sql::scalar(db->connection(),
                                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'resident'"))
                            .toInt();
    db.db.reset();

    QProcess import;
    import.start(QStringLiteral(JIAYUAN_CLI), {QStringLiteral("import"), QStringLiteral("residents"), roster,
                                               QStringLiteral("--db"), path});
    REQUIRE(import.waitForStarted());
    // Rows reach the -wal file only once the page cache spills or the commit begins: kill as soon
    // as frames appear, which is while the transaction is being written.
    const QString wal = path + QStringLiteral("-wal");
    QElapsedTimer timer;
    timer.start();
    qint64 walSize = 0;
    while (import.state() != QProcess::NotRunning && timer.elapsed() < 15000) {
        walSize = QFileInfo(wal).size();
        if (walSize > 64 * 1024)
            break;
        QThread::usleep(500);
    }
    INFO("wal bytes when killed: " << walSize << ", after " << timer.elapsed() << " ms");
    REQUIRE(import.state() != QProcess::NotRunning); // else the import finished first and nothing was tested
    import.kill(); // SIGKILL: no destructor, no rollback, no flush
    REQUIRE(import.waitForFinished(5000));
    CHECK(import.exitStatus() == QProcess::CrashExit);

    db.reopen();
    const int residents = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM resident")).toInt();
    INFO("residents after the kill: " << residents);
    CHECK((residents == 0 || residents == rows));
    CHECK(sql::scalar(db->connection(),
                      QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'resident'"))
              .toInt()
          == indexes);
    const IntegrityReport report = IntegrityReport::run(*db);
    CHECK(report.ok());
}
