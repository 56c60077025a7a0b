#include "testsupport.h"
#include "help/manual.h"
#include "i18n/translations.h"
#include "settings/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

using namespace jy;

namespace {
// Settings go to a folder of the test's own, never the user's.
struct TempSettings
{
    TempSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        QSettings().clear();
        qunsetenv("JIAYUAN_LANG");
    }
    QTemporaryDir dir;
};
} // namespace

TEST_CASE("settings: the language choice is saved and wins over the default, --lang and JIAYUAN_LANG win over it", "[settings]")
{
    TempSettings settings;
    CHECK(savedLanguage().isEmpty());
    CHECK(startupLanguage({}) == QStringLiteral("zh_CN"));

    SettingsDialog dialog(QStringLiteral("/data/community.sqlite"));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    REQUIRE(combo);
    CHECK(dialog.language() == QStringLiteral("zh_CN")); // the tests run in Chinese
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("databaseLocation"))->text().contains(QStringLiteral("community.sqlite")));
    // Qt's own buttons speak Chinese too (qtbase_zh_CN.qm from qt6-translations-l10n).
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    CHECK(buttons->button(QDialogButtonBox::Cancel)->text() == QStringLiteral("取消"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    dialog.accept();
    CHECK(savedLanguage() == QStringLiteral("en"));
    CHECK(startupLanguage({}) == QStringLiteral("en"));
    CHECK(startupLanguage(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    qputenv("JIAYUAN_LANG", "zh_CN");
    CHECK(startupLanguage({}) == QStringLiteral("zh_CN"));
    qunsetenv("JIAYUAN_LANG");

    SettingsDialog again(QStringLiteral("/data/community.sqlite"));
    CHECK(again.language() == QStringLiteral("en"));
    again.setLanguage(QStringLiteral("zh_CN"));
    again.reject(); // cancel keeps the saved choice
    CHECK(savedLanguage() == QStringLiteral("en"));
}

TEST_CASE("help: the user manual is found from a build folder", "[settings]")
{
    const QString path = manualPath();
    REQUIRE_FALSE(path.isEmpty());
    CHECK(QFileInfo(path).fileName() == QStringLiteral("index.html"));
}
