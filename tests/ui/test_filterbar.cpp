#include <catch2/catch.hpp>

#include "places/placestore.h"
#include "residents/filterbar.h"
#include "testsupport.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>

using namespace jy;

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QComboBox *comboWith(FilterBar &bar, const QString &firstItem)
{
    for (QComboBox *combo : bar.findChildren<QComboBox *>()) {
        if (combo->itemText(0) == firstItem)
            return combo;
    }
    FAIL("no combo starting with " << firstItem.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("filter bar debounces typing and applies choices at once", "[ui]")
{
    test::TempDatabase db;
    const auto place = test::SmallPlace::create(*db);
    PlaceStore places(*db);
    const qint64 grid = places.addGrid(place.communityId, QStringLiteral("01"), QStringLiteral("第一网格"));
    places.addGridBuilding(grid, place.buildingId);
    const Session session = test::admin();
    FilterBar bar(*db, session);
    int changes = 0;
    QObject::connect(&bar, &FilterBar::filterChanged, [&changes] { ++changes; });
    CHECK_FALSE(bar.isFiltering());

    // Keystrokes in quick succession make one query, after the pause.
    for (const char *text : {"z", "zs", "zsf"})
        bar.searchEdit()->setText(QLatin1String(text));
    CHECK(changes == 0);
    QElapsedTimer clock;
    clock.start();
    while (changes == 0 && clock.elapsed() < 2000)
        wait(20);
    CHECK(changes == 1);
    CHECK(clock.elapsed() >= FilterBar::kDebounceMs - 50);
    CHECK(bar.filter().text == QLatin1String("zsf"));
    CHECK(bar.isFiltering());

    // A single community: its grids and buildings are offered without choosing it.
    QComboBox *grids = comboWith(bar, FilterBar::tr("All grids"));
    QComboBox *buildings = comboWith(bar, FilterBar::tr("All buildings"));
    CHECK(grids->isEnabled());
    CHECK(grids->count() == 2);
    CHECK(buildings->count() == 2);
    grids->setCurrentIndex(1);
    CHECK(changes == 2); // at once
    CHECK(bar.filter().gridId == grid);

    bar.reset();
    CHECK(changes == 3);
    CHECK_FALSE(bar.isFiltering());
    CHECK(bar.filter().text.isEmpty());
    CHECK(bar.filter().gridId == 0);
    wait(FilterBar::kDebounceMs + 100);
    CHECK(changes == 3); // clearing the text did not queue another query

    // Enter applies pending typing without waiting.
    bar.searchEdit()->setText(QStringLiteral("王"));
    bar.flush();
    CHECK(changes == 4);
    CHECK(bar.filter().text == QStringLiteral("王"));
}

TEST_CASE("filter bar ages: 'any' until set", "[ui]")
{
    test::TempDatabase db;
    const Session session = test::admin();
    FilterBar bar(*db, session);
    const QList<QSpinBox *> spins = bar.findChildren<QSpinBox *>();
    REQUIRE(spins.size() == 2);
    CHECK(bar.filter().minAge == -1);
    CHECK(bar.filter().maxAge == -1);
    spins.at(0)->setValue(60);
    CHECK(bar.filter().minAge == 60);
    CHECK(bar.isFiltering());
}
