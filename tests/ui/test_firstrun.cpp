#include "testsupport.h"
#include "firstrun/firstrunwizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>

using namespace jy;

TEST_CASE("the first-run wizard asks for the community, checks its code, and says where the data goes", "[firstrun-ui]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    FirstRunWizard wizard(folder);
    wizard.show();
    CHECK(wizard.currentId() == FirstRunWizard::ChoicePage);
    test::screenshot(wizard, "firstrun-choice");

    SECTION("a new community")
    {
        wizard.next();
        REQUIRE(wizard.currentId() == FirstRunWizard::CommunityPage);
        test::child<QLineEdit>(wizard, "street")->setText(QStringLiteral("辛寨子街道"));
        test::child<QLineEdit>(wizard, "communityName")->setText(QStringLiteral("魅力社区"));
        test::child<QLineEdit>(wizard, "code")->setText(QStringLiteral("2102110140"));
        wizard.next();
        CHECK(wizard.currentId() == FirstRunWizard::CommunityPage);
        CHECK(test::child<QLabel>(wizard, "communityErrors")->text().contains(QStringLiteral("12")));
        test::screenshot(wizard, "firstrun-community-error");
        test::child<QLineEdit>(wizard, "code")->setText(QStringLiteral("210211014001"));
        wizard.next();
        REQUIRE(wizard.currentId() == FirstRunWizard::FolderPage);
        test::screenshot(wizard, "firstrun-folder");
        CHECK_FALSE(wizard.demo());
        CHECK(wizard.community().code == QStringLiteral("210211014001"));
        CHECK(wizard.databasePath() == QDir(folder).filePath(QStringLiteral("jiayuan.sqlite")));
        CHECK(test::child<QLabel>(wizard, "file")->text().contains(QStringLiteral("jiayuan.sqlite")));
        CHECK(wizard.validateCurrentPage());
        CHECK(QDir(folder).exists()); // made when the page was accepted
    }
    SECTION("the demo skips the community page")
    {
        test::child<QRadioButton>(wizard, "demo")->setChecked(true);
        wizard.next();
        CHECK(wizard.currentId() == FirstRunWizard::FolderPage);
        CHECK(wizard.demo());
        CHECK(wizard.databasePath().endsWith(QStringLiteral("demo.sqlite")));
    }
}
