#include "testsupport.h"
#include "audit/auditlog.h"
#include "audit/auditwindow.h"
#include "audit/audittablemodel.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "residents/residentservice.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

using namespace jy;

TEST_CASE("the audit window lists, filters and explains the changes on a demo database", "[audit-ui]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.supermarket = false;
    options.gridWork = false;
    options.today = QDate(2026, 11, 29);
    REQUIRE(DemoGenerator::generate(*db, Session::localAdministrator(), options).ok());

    // An office day: a staff member corrects two phone numbers, the administrator renames someone.
    const Session wang(QStringLiteral("王芳"), Role::Staff);
    ResidentService asWang(*db, wang);
    const QList<qint64> ids = [&] {
        QList<qint64> out;
        QSqlQuery q = sql::exec(db->connection(), QStringLiteral("SELECT id FROM resident ORDER BY id LIMIT 3"));
        while (q.next())
            out << q.value(0).toLongLong();
        return out;
    }();
    REQUIRE(ids.size() == 3);
    for (int i = 0; i < 2; ++i) {
        Resident r = *asWang.find(ids.at(i));
        r.phone = QStringLiteral("1390000000%1").arg(i);
        REQUIRE(asWang.update(r).ok());
    }
    const Session admin = test::admin();
    ResidentService asAdmin(*db, admin);
    Resident renamed = *asAdmin.find(ids.at(2));
    const QString oldName = renamed.name;
    renamed.name = QStringLiteral("赵改名");
    REQUIRE(asAdmin.update(renamed).ok());

    AuditWindow window(*db, admin);
    window.resize(1400, 700);
    window.show();
    CHECK(window.total() >= 4); // the demo's own entry and ours
    auto *view = test::child<QTableView>(window, "entries");
    CHECK(view->model()->rowCount() == window.total());
    CHECK(view->model()->index(0, AuditTableModel::Person).data().toString() == QStringLiteral("tester"));

    // The newest entry is selected and its fields read before → after.
    auto *detail = test::child<QTableWidget>(window, "detail");
    REQUIRE(detail->rowCount() == 1);
    CHECK(detail->item(0, 0)->text() == QStringLiteral("姓名"));
    CHECK(detail->item(0, 1)->text() == oldName);
    CHECK(detail->item(0, 2)->text() == QStringLiteral("赵改名"));
    CHECK(test::child<QLabel>(window, "detailTitle")->text().contains(QStringLiteral("tester")));
    test::screenshot(window, "audit-window");

    // By person: the filter bar's choice.
    auto *person = test::child<QComboBox>(window, "person");
    const int wangIndex = person->findData(QStringLiteral("王芳"));
    REQUIRE(wangIndex > 0);
    person->setCurrentIndex(wangIndex);
    window.refresh(); // typing and choosing apply after a pause; do not wait for it
    CHECK(window.total() == 2);
    CHECK(view->model()->index(0, AuditTableModel::Summary).data().toString().contains(QStringLiteral("13900000001")));
    CHECK(test::child<QLabel>(window, "count")->text().contains(QLatin1Char('2')));
    test::screenshot(window, "audit-window-filtered");

    // By record kind and number, by text, by days.
    AuditFilter f;
    f.entity = QStringLiteral("resident");
    f.entityId = ids.at(2);
    window.setFilter(f);
    CHECK(window.total() == 1);
    f = {};
    f.text = QStringLiteral("赵改名");
    window.setFilter(f);
    CHECK(window.total() == 1);
    f = {};
    f.from = QDate::currentDate().addDays(1);
    window.setFilter(f);
    CHECK(window.total() == 0);
    CHECK(detail->rowCount() == 0);
    test::child<QDateEdit>(window, "from")->setDate(QDate(2000, 1, 1)); // the dash: no bound
    window.refresh();
    CHECK(window.filter().from.isNull());
    CHECK(window.total() >= 4);

    // The chain check runs off the UI thread and reports.
    bool checked = false, intact = false;
    QObject::connect(&window, &AuditWindow::chainChecked, [&](bool ok, const QString &) { checked = true; intact = ok; });
    window.verifyChain();
    REQUIRE(test::waitFor([&] { return checked; }));
    CHECK(intact);
    CHECK(test::child<QLabel>(window, "chainResult")->text().contains(QString::number(window.total())));

    // The export writes what the filter shows.
    bool exported = false, exportOk = false;
    QObject::connect(&window, &AuditWindow::exported, [&](bool ok, const QString &) { exported = true; exportOk = ok; });
    const QString xlsx = db.dir.filePath(QStringLiteral("audit.xlsx"));
    window.exportTo(xlsx);
    REQUIRE(test::waitFor([&] { return exported; }));
    CHECK(exportOk);
    CHECK(QFileInfo(xlsx).size() > 0);
}

TEST_CASE("the audit window's chain check and export show progress and stop on request", "[audit-ui]")
{
    test::TempDatabase db;
    for (int i = 0; i < 20000; ++i)
        AuditLog::record(*db, test::admin(), QStringLiteral("update"), QStringLiteral("resident"), i, QJsonObject{});
    const Session admin = test::admin();
    AuditWindow window(*db, admin);
    window.show();
    auto *stop = test::child<QPushButton>(window, "stop");
    auto *progress = test::child<QProgressBar>(window, "progress");
    CHECK_FALSE(stop->isVisible());
    CHECK_FALSE(progress->isVisible());

    // Stop right after starting: the check says it was stopped, not that the chain is intact.
    bool checked = false, intact = true;
    QString message;
    QObject::connect(&window, &AuditWindow::chainChecked, [&](bool ok, const QString &text) {
        checked = true;
        intact = ok;
        message = text;
    });
    window.verifyChain();
    CHECK(window.isBusy());
    CHECK(stop->isVisible());
    CHECK(progress->isVisible());
    CHECK_FALSE(test::child<QPushButton>(window, "verify")->isEnabled());
    window.cancelJob();
    REQUIRE(test::waitFor([&] { return checked; }));
    CHECK_FALSE(intact);
    CHECK(message == test::child<QLabel>(window, "chainResult")->text());
    CHECK(message.contains(QLocale().toString(AuditLog::count(*db)))); // "of 20,000 entries"
    CHECK_FALSE(stop->isVisible());
    CHECK_FALSE(progress->isVisible());
    CHECK(test::child<QPushButton>(window, "verify")->isEnabled());

    // A stopped export leaves no file; one let run writes every entry.
    bool exported = false, exportOk = true;
    QObject::connect(&window, &AuditWindow::exported, [&](bool ok, const QString &) { exported = true; exportOk = ok; });
    const QString xlsx = db.dir.filePath(QStringLiteral("stopped.xlsx"));
    window.exportTo(xlsx);
    window.cancelJob();
    REQUIRE(test::waitFor([&] { return exported; }));
    CHECK_FALSE(exportOk);
    CHECK_FALSE(QFileInfo::exists(xlsx));

    checked = false;
    window.verifyChain();
    test::screenshot(window, "audit-window-checking");
    REQUIRE(test::waitFor([&] { return checked; }, 30000));
    CHECK(intact);
    test::screenshot(window, "audit-window-checked");
}

TEST_CASE("the audit log menu entry is there for administrators only", "[audit-ui]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const Session viewer = test::viewer();
    MainWindow forAdmin(*db, admin);
    MainWindow forViewer(*db, viewer);
    CHECK(test::child<QAction>(forAdmin, "auditLogAction")->isVisible());
    CHECK_FALSE(test::child<QAction>(forViewer, "auditLogAction")->isVisible());
    // And the window a viewer might still open shows nothing but the reason.
    AuditWindow window(*db, viewer);
    CHECK(window.total() == 0);
    CHECK_FALSE(test::child<QLabel>(window, "count")->text().isEmpty());
}
