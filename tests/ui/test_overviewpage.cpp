#include <catch2/catch.hpp>

#include "overview/overviewpage.h"
#include "residents/residentservice.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QTimer>

using namespace jy;

namespace {

QStringList tileValues(const OverviewPage &page)
{
    QStringList out;
    for (const QLabel *label : page.findChildren<QLabel *>(QStringLiteral("tileValue")))
        out << label->text();
    return out;
}

// Runs the event loop until the worker thread's numbers have arrived.
bool waitForNumbers(const OverviewPage &page, const QString &residents)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 5000) {
        if (tileValues(page).value(4) == residents)
            return true;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

} // namespace

TEST_CASE("overview page counts on a worker thread and shows the headline numbers", "[ui]")
{
    test::TempDatabase db;
    const auto place = test::SmallPlace::create(*db);
    const Session session = test::admin();
    ResidentService service(*db, session);
    for (const char *name : {"张三丰", "王五", "李四"}) {
        Resident r;
        r.name = QString::fromUtf8(name);
        r.birthDate = QDate(1960, 1, 1);
        r.sex = QStringLiteral("F");
        r.householdId = place.householdId;
        r.tags = {QStringLiteral("独居")};
        REQUIRE(service.create(r).ok());
    }

    OverviewPage page(*db, session);
    const QStringList before = tileValues(page);
    REQUIRE(before.size() == 6);
    CHECK(before.at(0) == QStringLiteral("—")); // nothing counted before the page is shown

    page.activate();
    page.activate(); // a second request while counting is queued, not run in parallel
    REQUIRE(waitForNumbers(page, QStringLiteral("3")));
    CHECK(tileValues(page) == QStringList{QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1"),
                                          QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("0")});

    Resident r;
    r.name = QStringLiteral("赵六");
    r.birthDate = QDate(1990, 1, 1);
    r.sex = QStringLiteral("M");
    REQUIRE(service.create(r).ok());
    page.activate();
    CHECK(waitForNumbers(page, QStringLiteral("4")));
}
