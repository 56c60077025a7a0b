#include <catch2/catch.hpp>

#include "places/placestore.h"
#include "residents/householdfinder.h"
#include "residents/movehouseholddialog.h"
#include "residents/residentservice.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace jy;

namespace {

// 张三 heads 3-2-401 with his wife and son; 3-2-402 is empty; 3-2-501 is 王五's.
struct Family
{
    test::TempDatabase db;
    test::SmallPlace place;
    Session session = test::admin();
    qint64 room402 = 0, household501 = 0, zhang = 0, li = 0, son = 0, wang = 0;

    Family()
    {
        place = test::SmallPlace::create(*db);
        PlaceStore places(*db);
        room402 = places.addDwelling(place.unitId, QStringLiteral("402"), 70);
        const qint64 room501 = places.addDwelling(place.unitId, QStringLiteral("501"), 70);
        ResidentService service(*db, session);
        household501 = service.createHousehold(room501).value();
        zhang = test::addResident(service, QStringLiteral("张三"), place.householdId, relation::Head);
        li = test::addResident(service, QStringLiteral("李梅"), place.householdId, relation::Spouse);
        son = test::addResident(service, QStringLiteral("张小明"), place.householdId, relation::Son);
        wang = test::addResident(service, QStringLiteral("王五"), household501, relation::Head);
    }


    Resident find(qint64 id) { return *ResidentService(*db, session).find(id); }
};

// Picks the list row whose text contains the room, as a user clicking it would.
void choose(QDialog &dialog, const QString &room)
{
    auto *list = test::child<QListWidget>(dialog, "households");
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(room)) {
            list->setCurrentRow(i);
            return;
        }
    }
    FAIL("no choice for room " << room.toStdString());
}

} // namespace

TEST_CASE("move dialog founds a new household in an empty dwelling", "[ui]")
{
    Family f;
    MoveHouseholdDialog dialog(*f.db, f.session, f.find(f.son), QStringLiteral("3-2-401"));
    auto *address = test::child<QLineEdit>(dialog, "address");
    auto *list = test::child<QListWidget>(dialog, "households");
    CHECK(test::child<QComboBox>(dialog, "newHead")->count() == 0); // a son hands nothing on

    address->setText(QStringLiteral("3-2"));
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(address, &enter); // Enter searches, it does not accept
    CHECK(dialog.result() == QDialog::Rejected);
    REQUIRE(list->count() == 3);
    CHECK(list->item(0)->text().contains(QStringLiteral("张三")));
    CHECK_FALSE(list->item(0)->flags() & Qt::ItemIsEnabled); // his current household
    CHECK(list->currentRow() == 1);                          // the first one he can join

    choose(dialog, QStringLiteral("402"));
    CHECK(test::child<QComboBox>(dialog, "relation")->currentData().toString() == relation::Head);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.errorText().isEmpty());

    const Resident moved = f.find(f.son);
    CHECK(moved.householdId == dialog.movedToHouseholdId());
    CHECK(moved.householdId != f.place.householdId);
    CHECK(moved.relation == relation::Head);
    const QList<HouseholdMatch> at402 = HouseholdFinder(*f.db).atAddress(QStringLiteral("3-2-402"));
    REQUIRE(at402.size() == 1);
    CHECK(at402[0].householdId == moved.householdId);
    CHECK(at402[0].members == 1);
    CHECK(f.find(f.zhang).householdId == f.place.householdId); // the family stays
}

TEST_CASE("move dialog makes a leaving head choose the new head", "[ui]")
{
    Family f;
    MoveHouseholdDialog dialog(*f.db, f.session, f.find(f.zhang), QStringLiteral("3-2-401"));
    auto *newHead = test::child<QComboBox>(dialog, "newHead");
    REQUIRE(newHead->count() == 2);
    newHead->setCurrentIndex(newHead->findData(f.li));

    test::child<QLineEdit>(dialog, "address")->setText(QStringLiteral("3栋2单元501"));
    test::child<QPushButton>(dialog, "search")->click();
    REQUIRE(test::child<QListWidget>(dialog, "households")->count() == 1);
    auto *relation = test::child<QComboBox>(dialog, "relation");
    CHECK(relation->currentData().toString() == relation::Other); // 王五 heads it already

    // Asking to head it is refused; the dialog stays open and nothing changes.
    relation->setCurrentIndex(relation->findData(relation::Head));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.errorText().contains(QStringLiteral("王五")));
    CHECK(f.find(f.zhang).householdId == f.place.householdId);
    CHECK(f.find(f.zhang).relation == relation::Head);
    CHECK(f.find(f.li).relation == relation::Spouse);

    relation->setCurrentIndex(relation->findData(relation::Father));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.movedToHouseholdId() == f.household501);
    CHECK(f.find(f.zhang).householdId == f.household501);
    CHECK(f.find(f.zhang).relation == relation::Father);
    CHECK(f.find(f.li).relation == relation::Head);
    CHECK(f.find(f.son).householdId == f.place.householdId);
}

TEST_CASE("move dialog explains an address it cannot find and keeps OK off", "[ui]")
{
    Family f;
    MoveHouseholdDialog dialog(*f.db, f.session, f.find(f.son), QString());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    test::child<QLineEdit>(dialog, "address")->setText(QStringLiteral("9-9-909"));
    test::child<QPushButton>(dialog, "search")->click();
    CHECK(test::child<QListWidget>(dialog, "households")->count() == 0);
    CHECK_FALSE(test::child<QLabel>(dialog, "searchInfo")->text().isEmpty());
    CHECK_FALSE(ok->isEnabled());

    const Session viewer = test::viewer();
    MoveHouseholdDialog readOnly(*f.db, viewer, f.find(f.son), QString());
    test::child<QLineEdit>(readOnly, "address")->setText(QStringLiteral("3-2-402"));
    test::child<QPushButton>(readOnly, "search")->click();
    CHECK(test::child<QListWidget>(readOnly, "households")->count() == 1);
    CHECK_FALSE(readOnly.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}
