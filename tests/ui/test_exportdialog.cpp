#include <catch2/catch.hpp>

#include "residents/exportdialog.h"
#include "residents/residentservice.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

using namespace jy;

TEST_CASE("export dialog: writes the roster masked unless asked, and refuses full values to a viewer", "[exportdialog]")
{
    test::TempDatabase db;
    const test::SmallPlace place = test::SmallPlace::create(*db);
    const Session admin = test::admin();
    ResidentService service(*db, admin);
    Resident r;
    r.name = QStringLiteral("张三丰");
    r.idNumber = QStringLiteral("11010519491231002X");
    r.phone = QStringLiteral("13800001234");
    r.householdId = place.householdId;
    r.relation = relation::Head;
    REQUIRE(service.create(r).ok());

    ExportDialog dialog(*db, admin, RosterFilter{}, 1);
    const QString path = db.dir.filePath(QStringLiteral("roster.csv"));
    dialog.setPath(path);
    CHECK_FALSE(test::child<QCheckBox>(dialog, "unmasked")->isChecked());
    dialog.accept();
    QElapsedTimer timer;
    timer.start();
    while (dialog.result() != QDialog::Accepted && timer.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(dialog.result() == QDialog::Accepted);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("张三丰")));
    CHECK(text.contains(QStringLiteral("138****1234")));
    CHECK_FALSE(text.contains(QStringLiteral("11010519491231002X")));

    const Session viewer = test::viewer();
    ExportDialog restricted(*db, viewer, RosterFilter{}, 1);
    CHECK_FALSE(test::child<QCheckBox>(restricted, "unmasked")->isEnabled());
}
