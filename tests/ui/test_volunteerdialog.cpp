#include "testsupport.h"
#include "residents/residentservice.h"
#include "volunteer/providersdialog.h"
#include "volunteer/volunteerdialog.h"
#include "volunteer/volunteers.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace jy;

TEST_CASE("a volunteer is registered from the roster or from a co-building unit", "[volunteer-ui]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    ResidentService residents(*db, admin);
    const qint64 resident = test::addResident(residents, QStringLiteral("王春丽"), place.householdId, QStringLiteral("head"));
    VolunteerService volunteers(*db, admin);
    VolunteerTeam team;
    team.name = QStringLiteral("春丽巾帼志愿服务队");
    const qint64 teamId = volunteers.saveTeam(team).value();

    SECTION("from the roster: the name is the roster's, not typed")
    {
        VolunteerDialog dialog(*db, admin, Volunteer());
        dialog.show();
        dialog.chooseResident(resident, QStringLiteral("王春丽"));
        CHECK_FALSE(test::child<QLineEdit>(dialog, "name")->isEnabled());
        auto *teams = test::child<QComboBox>(dialog, "team");
        teams->setCurrentIndex(teams->findData(teamId));
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        const std::optional<Volunteer> v = volunteers.volunteer(dialog.volunteerId());
        REQUIRE(v);
        CHECK(v->residentId == resident);
        CHECK(v->teamId == teamId);
        CHECK_FALSE(v->volunteerNo.isEmpty());
        test::screenshot(dialog, "volunteer-dialog");

        VolunteerDialog again(*db, admin, Volunteer());
        again.chooseResident(resident, QStringLiteral("王春丽"));
        again.accept();
        CHECK(again.result() != QDialog::Accepted);
        CHECK_FALSE(again.errorText(QStringLiteral("resident")).isEmpty()); // already a volunteer
    }
    SECTION("from a co-building unit: a wrong ID number is shown under its field")
    {
        VolunteerDialog dialog(*db, admin, Volunteer());
        test::child<QLineEdit>(dialog, "name")->setText(QStringLiteral("周文博"));
        test::child<QLineEdit>(dialog, "unit")->setText(QStringLiteral("中联律师事务所"));
        test::child<QLineEdit>(dialog, "idNumber")->setText(QStringLiteral("110105194912310021"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.errorText(QStringLiteral("id_number")).contains(QLatin1Char('X')));
        test::child<QLineEdit>(dialog, "idNumber")->setText(QStringLiteral("11010519491231002X"));
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(volunteers.volunteer(dialog.volunteerId())->unitName == QStringLiteral("中联律师事务所"));
    }
}

TEST_CASE("the teams, shops and offers dialog lists the demo-like registers and toggles offers", "[volunteer-ui]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    VolunteerService volunteers(*db, admin);
    VolunteerTeam team;
    team.name = QStringLiteral("小王义剪");
    team.communityId = place.communityId;
    const qint64 teamId = volunteers.saveTeam(team).value();
    PartnerShop shop;
    shop.name = QStringLiteral("东方审美美发店");
    shop.communityId = place.communityId;
    volunteers.saveShop(shop).value();
    ServiceOffer offer;
    offer.itemId = 1;
    offer.teamId = teamId;
    offer.place = QStringLiteral("上门服务");
    volunteers.saveOffer(offer).value();

    ProvidersDialog dialog(*db, admin);
    dialog.show();
    CHECK(dialog.teamsTable()->rowCount() == 1);
    CHECK(dialog.shopsTable()->rowCount() == 1);
    REQUIRE(dialog.offersTable()->rowCount() == 1);
    CHECK(dialog.offersTable()->item(0, 1)->text() == QStringLiteral("小王义剪"));
    test::screenshot(dialog, "providers");
    dialog.offersTable()->selectRow(0);
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text() == ProvidersDialog::tr("On/off shelf"))
            b->click();
    CHECK_FALSE(volunteers.offers().first().active);
}
