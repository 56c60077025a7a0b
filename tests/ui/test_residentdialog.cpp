#include <catch2/catch.hpp>

#include "idnumber/idnumber.h"
#include "residents/residentdialog.h"
#include "residents/residentservice.h"
#include "residents/rosterquery.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QApplication>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

using namespace jy;

namespace {

QString withCheckDigit(const QString &first17)
{
    return first17 + IdNumber::checkDigit(first17);
}

int residents(Database &db)
{
    return RosterQuery(db).count(RosterFilter{});
}

} // namespace

TEST_CASE("resident dialog derives birth date, sex and birthplace from a valid ID number", "[ui]")
{
    test::TempDatabase db;
    const Session session = test::admin();
    ResidentDialog dialog(*db, session, Resident{}, {{0, QStringLiteral("none")}});
    auto *id = test::child<QLineEdit>(dialog, "idNumber");
    auto *birth = test::child<QDateEdit>(dialog, "birthDate");
    auto *sex = test::child<QComboBox>(dialog, "sex");
    auto *info = test::child<QLabel>(dialog, "idInfo");
    CHECK(birth->isEnabled());
    CHECK(sex->isEnabled());

    id->setText(withCheckDigit(QStringLiteral("21020219421127370")));
    CHECK(birth->date() == QDate(1942, 11, 27));
    CHECK(sex->currentData().toString() == QLatin1String("F")); // 17th digit 0: even
    CHECK_FALSE(birth->isEnabled());
    CHECK_FALSE(sex->isEnabled());
    CHECK(info->text().contains(QStringLiteral("大连")));

    id->setText(QStringLiteral("210202194211273701")); // wrong check digit
    CHECK(info->text() == IdNumber::check(id->text()).reason);
    CHECK_FALSE(info->text().isEmpty());

    id->setText(QStringLiteral("210202421127370")); // 15 digits: upgraded
    CHECK(info->text().contains(IdNumber::upgrade15(QStringLiteral("210202421127370"))));

    id->clear();
    CHECK(birth->isEnabled());
    CHECK(sex->isEnabled());
}

TEST_CASE("resident dialog keeps itself and its input open on field errors", "[ui]")
{
    test::TempDatabase db;
    const auto place = test::SmallPlace::create(*db);
    const Session session = test::admin();
    ResidentDialog dialog(*db, session, Resident{},
                          {{0, QStringLiteral("none")}, {place.householdId, QStringLiteral("3-2-401")}});
    test::child<QLineEdit>(dialog, "name")->setText(QStringLiteral("王小明"));
    test::child<QLineEdit>(dialog, "idNumber")->setText(QStringLiteral("210202194211273701"));
    test::child<QLineEdit>(dialog, "phone")->setText(QStringLiteral("12345"));
    test::child<QPlainTextEdit>(dialog, "notes")->setPlainText(QStringLiteral("独居，需每周探访"));

    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(residents(*db) == 0);
    CHECK_FALSE(dialog.errorText(QStringLiteral("id_number")).isEmpty());
    CHECK_FALSE(dialog.errorText(QStringLiteral("phone")).isEmpty());
    CHECK(dialog.errorText(QStringLiteral("name")).isEmpty());
    CHECK(test::child<QPlainTextEdit>(dialog, "notes")->toPlainText() == QStringLiteral("独居，需每周探访")); // nothing lost

    // Fix the fields, join the household as its head, tick a tag: saved.
    test::child<QLineEdit>(dialog, "idNumber")->setText(withCheckDigit(QStringLiteral("21020219421127370")));
    test::child<QLineEdit>(dialog, "phone")->setText(QStringLiteral("138 0000 1234"));
    auto *household = test::child<QComboBox>(dialog, "household");
    household->setCurrentIndex(household->findData(place.householdId));
    auto *relationBox = test::child<QComboBox>(dialog, "relation");
    REQUIRE(relationBox->isEnabled());
    relationBox->setCurrentIndex(relationBox->findData(relation::Head));
    auto *tags = test::child<QListWidget>(dialog, "tags");
    REQUIRE(tags->count() > 0);
    tags->item(0)->setCheckState(Qt::Checked);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.residentId() != 0);

    const Resident stored = *ResidentService(*db, session).find(dialog.residentId());
    CHECK(stored.name == QStringLiteral("王小明"));
    CHECK(stored.birthDate == QDate(1942, 11, 27));
    CHECK(stored.phone == QLatin1String("13800001234"));
    CHECK(stored.householdId == place.householdId);
    CHECK(stored.relation == relation::Head);
    CHECK(stored.tags == QStringList{tags->item(0)->text()});
    CHECK(stored.notes == QStringLiteral("独居，需每周探访"));
}

TEST_CASE("resident dialog without an ID number asks for birth date and sex", "[ui]")
{
    test::TempDatabase db;
    const Session session = test::admin();
    ResidentDialog dialog(*db, session, Resident{}, {});
    test::child<QLineEdit>(dialog, "name")->setText(QStringLiteral("李四"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.errorText(QStringLiteral("birth_date")).isEmpty());
    CHECK_FALSE(dialog.errorText(QStringLiteral("sex")).isEmpty());
    CHECK_FALSE(test::child<QComboBox>(dialog, "relation")->isEnabled()); // no household offered

    test::child<QDateEdit>(dialog, "birthDate")->setDate(QDate(1950, 2, 3));
    auto *sex = test::child<QComboBox>(dialog, "sex");
    sex->setCurrentIndex(sex->findData(QStringLiteral("F")));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK(ResidentService(*db, session).find(dialog.residentId())->sex == QLatin1String("F"));
}

TEST_CASE("resident dialog edits an existing resident in place", "[ui]")
{
    test::TempDatabase db;
    const auto place = test::SmallPlace::create(*db);
    const Session session = test::admin();
    ResidentService service(*db, session);
    Resident r;
    r.name = QStringLiteral("张三丰");
    r.idNumber = withCheckDigit(QStringLiteral("21021119560312003"));
    r.householdId = place.householdId;
    r.relation = relation::Head;
    const qint64 id = service.create(r).value();

    const Resident before = *service.find(id);
    ResidentDialog dialog(*db, session, before, {{place.householdId, QStringLiteral("3-2-401")}});
    CHECK(test::child<QLineEdit>(dialog, "idNumber")->text() == before.idNumber); // the editor sees it whole
    CHECK_FALSE(test::child<QComboBox>(dialog, "household")->isEnabled());
    test::child<QLineEdit>(dialog, "name")->setText(QStringLiteral("张三峰"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const Resident after = *service.find(id);
    CHECK(after.name == QStringLiteral("张三峰"));
    CHECK(after.idNumber == before.idNumber);
    CHECK(after.householdId == place.householdId);
    CHECK(after.relation == relation::Head);
    CHECK(residents(*db) == 1);
}

TEST_CASE("resident dialog: a record saved elsewhere meanwhile is reloaded instead of overwritten", "[ui][conflict]")
{
    test::TempDatabase db;
    const auto place = test::SmallPlace::create(*db);
    const Session session = test::admin();
    ResidentService service(*db, session);
    const qint64 id = test::addResident(service, QStringLiteral("张三丰"), place.householdId, relation::Head);

    ResidentDialog dialog(*db, session, *service.find(id), {{place.householdId, QStringLiteral("3-2-401")}});
    // Another workstation saves first.
    const std::unique_ptr<Database> other = Database::open(db.settings(), Database::OpenMode::MustExist);
    ResidentService there(*other, session);
    Resident theirs = *there.find(id);
    theirs.phone = QStringLiteral("13800001234");
    REQUIRE(there.update(theirs).ok());

    test::child<QLineEdit>(dialog, "name")->setText(QStringLiteral("张三峰"));
    QString asked;
    const auto answer = test::clickInNextMessageBox("reload", &asked);
    dialog.accept();
    CHECK(asked.contains(QStringLiteral("张三丰")));
    CHECK(dialog.result() != QDialog::Accepted); // still open, now on the newer record
    CHECK(test::child<QLineEdit>(dialog, "phone")->text() == QLatin1String("13800001234"));
    CHECK(test::child<QLineEdit>(dialog, "name")->text() == QStringLiteral("张三丰"));
    CHECK(service.find(id)->name == QStringLiteral("张三丰")); // nothing of the stale form was written

    test::child<QLineEdit>(dialog, "name")->setText(QStringLiteral("张三峰"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    const Resident saved = *service.find(id);
    CHECK(saved.name == QStringLiteral("张三峰"));
    CHECK(saved.phone == QLatin1String("13800001234")); // both changes stand
}
