#include <catch2/catch.hpp>

#include "db/sql.h"
#include "idnumber/idnumber.h"
#include "import/checkpage.h"
#include "import/importwizard.h"
#include "places/placestore.h"
#include "testsupport.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEventLoop>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace jy;

namespace {

QString idFor(const char *birth, int seq)
{
    const QString first17 = QStringLiteral("210211") + QLatin1String(birth) + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkDigit(first17);
}


} // namespace

TEST_CASE("import wizard: file, header, mapping, check, import", "[importwizard]")
{
    test::TempDatabase db;
    PlaceStore(*db).ensureFirstCommunity();
    const Session session = test::admin();
    const QString csv = db.dir.filePath(QStringLiteral("魅力社区花名册.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QStringList lines = {
            QStringLiteral("魅力社区居民信息登记表,,,,"),
            QStringLiteral("填报日期：2026年11月,,,,"),
            QStringLiteral("姓名,性别,身份证号码,与户主关系,家庭住址,电话（手机）"),
            QStringLiteral("王建国,男,%1,户主,万科魅力之城12号楼3单元502室,13841123456").arg(idFor("19560312", 11)),
            QStringLiteral("李秀兰,女,%1,配偶,万科魅力之城12号楼3单元502室,").arg(idFor("19580704", 22)),
            QStringLiteral("王磊,女,%1,子,万科魅力之城12号楼3单元502室,").arg(idFor("19850101", 31)),
            QStringLiteral("赵敏,女,2.10211E+17,户主,12-3-601,"),
            QStringLiteral("制表人：张三,,,,"),
        };
        file.write("\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8());
    }

    ImportWizard wizard(*db, session);
    wizard.show();
    auto *path = test::child<QLineEdit>(wizard, "path");
    path->setText(csv);
    emit path->editingFinished();
    CHECK(test::child<QSpinBox>(wizard, "headerRow")->value() == 3);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    test::screenshot(wizard, "import-1-source");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    CHECK(test::child<QComboBox>(wizard, "field2")->currentData().toString() == QLatin1String("id_number"));
    CHECK(test::child<QComboBox>(wizard, "field4")->currentData().toString() == QLatin1String("address"));
    CHECK(test::child<QComboBox>(wizard, "field5")->currentData().toString() == QLatin1String("phone"));
    // Unmapping the names column blocks the way on, with a reason.
    auto *names = test::child<QComboBox>(wizard, "field0");
    names->setCurrentIndex(0);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    names->setCurrentIndex(names->findData(QStringLiteral("name")));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    test::screenshot(wizard, "import-2-mapping");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPageId);
    auto *problems = test::child<QTableWidget>(wizard, "problems");
    REQUIRE(test::waitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }));
    CHECK(problems->rowCount() == 2); // 王磊 is a son but the ID says female; 赵敏's ID was mangled by Excel
    CHECK(problems->item(0, 0)->text() == QLatin1String("6"));
    CHECK(problems->item(1, 2)->text().contains(QLatin1String("2.10211E+17")));
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM resident")).toInt() == 0);
    test::screenshot(wizard, "import-3-check");

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    REQUIRE(test::waitFor([&] { return wizard.button(QWizard::FinishButton)->isEnabled(); }));
    CHECK(wizard.imported);
    CHECK(test::child<QPushButton>(wizard, "openRejected")->isVisibleTo(&wizard));
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM resident")).toInt() == 2);
    test::screenshot(wizard, "import-4-done");
}
