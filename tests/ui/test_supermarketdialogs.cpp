#include "testsupport.h"
#include "volunteer/cataloguedialog.h"
#include "volunteer/pointsservice.h"
#include "volunteer/redemptiondialog.h"
#include "volunteer/supermarketsettings.h"
#include "volunteer/supermarketsettingsdialog.h"
#include "volunteer/volunteers.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace jy;

TEST_CASE("the catalogue dialog lists the shelves and saves through the service", "[supermarket-ui]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    CatalogueDialog dialog(*db, admin);
    dialog.show();
    auto *categories = test::child<QListWidget>(dialog, "categories");
    auto *items = test::child<QTableWidget>(dialog, "items");
    CHECK(categories->count() == 10);
    CHECK(items->rowCount() == 6);
    test::screenshot(dialog, "catalogue");

    CatalogueService catalogue(*db, admin);
    ServiceItem first = catalogue.items(catalogue.categories().first().id).first();
    first.name.clear();
    CHECK_FALSE(dialog.saveItem(first).ok());
    first.name = QStringLiteral("上门理发");
    REQUIRE(dialog.saveItem(first).ok());
    CHECK(items->item(0, 0)->text() == QStringLiteral("上门理发"));

    const Session staff(QStringLiteral("clerk"), Role::Staff);
    CatalogueDialog readOnly(*db, staff);
    int enabled = 0;
    for (QPushButton *b : readOnly.findChildren<QPushButton *>())
        if (b->isEnabled() && b->text() != readOnly.tr("Close") && !b->text().isEmpty())
            ++enabled;
    CHECK(enabled <= 1); // only Close
}

TEST_CASE("the redemption desk hands out gifts within points and stock", "[supermarket-ui]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    VolunteerService volunteers(*db, admin);
    Volunteer v;
    v.name = QStringLiteral("王春丽");
    const qint64 volunteer = volunteers.saveVolunteer(v).value();
    PointsService points(*db, admin);
    REQUIRE(points.adjust(volunteer, 40, 0, QStringLiteral("纸质台账结转"), QStringLiteral("毕唱")).ok());
    const qint64 event = points.saveEvent({0, 0, QStringLiteral("2026年“12.17”慈善日积分兑换"), QDate(2026, 12, 17), QString()}).value();
    const qint64 oil = points.saveTier({0, event, QStringLiteral("食用油"), 30, 5, 60}).value();

    RedemptionDialog dialog(*db, admin);
    dialog.show();
    CHECK(dialog.currentEventId() == event);
    CHECK(test::child<QTableWidget>(dialog, "tiers")->rowCount() == 1);
    CHECK(test::child<QListWidget>(dialog, "volunteers")->count() == 1);
    REQUIRE(dialog.redeem(oil, volunteer, 1).ok());
    CHECK(test::child<QTableWidget>(dialog, "handedOut")->rowCount() == 1);
    const Result<qint64> again = dialog.redeem(oil, volunteer, 1);
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorText().contains(QStringLiteral("余额")));
    CHECK(points.balance(volunteer) == 10);
    test::screenshot(dialog, "redemption");
}

TEST_CASE("the rules dialog refuses thresholds that do not rise and keeps the form", "[supermarket-ui]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    SupermarketSettingsDialog dialog(*db, admin);
    dialog.show();
    QList<QSpinBox *> spins = dialog.findChildren<QSpinBox *>();
    REQUIRE(spins.size() >= 5);
    spins.at(1)->setValue(50); // below the first threshold (100)
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(SupermarketSettings::load(*db).starHours.at(1) == 300);
    spins.at(1)->setValue(200);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(SupermarketSettings::load(*db).starHours.at(1) == 200);
    test::screenshot(dialog, "rules");
}
