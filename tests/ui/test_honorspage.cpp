#include "testsupport.h"
#include "demo/demogenerator.h"
#include "honors/honordialog.h"
#include "honors/honorservice.h"
#include "honors/honorspage.h"
#include "honors/honortablemodel.h"

#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>

using namespace jy;

TEST_CASE("the honors page lists the demo's honors and filters them", "[honors-ui]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.supermarket = false;
    options.today = QDate(2026, 11, 29);
    REQUIRE(DemoGenerator::generate(*db, Session::localAdministrator(), options).ok());
    const Session admin = test::admin();
    HonorsPage page(*db, admin);
    page.resize(1280, 600);
    page.show();
    test::child<QSpinBox>(page, "fromYear")->setValue(2018);
    test::child<QSpinBox>(page, "toYear")->setValue(2022);
    page.activate();
    CHECK(page.model()->rowCount() >= 12);
    test::screenshot(page, "honors");
    auto *level = test::child<QComboBox>(page, "level");
    level->setCurrentIndex(level->findData(honor_level::National));
    CHECK(page.model()->rowCount() == 2);
    level->setCurrentIndex(0);
    test::child<QLineEdit>(page, "search")->setText(QStringLiteral("毕唱"));
    CHECK(page.model()->rowCount() == 3);
    CHECK(page.statusText().contains(QLatin1Char('3')));

    // A scan is kept for the selected honor; a text file is refused with a reason.
    test::child<QTableView>(page, "honors")->selectRow(0);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("证书.png"));
    QImage image(60, 40, QImage::Format_RGB32);
    image.fill(Qt::white);
    REQUIRE(image.save(png));
    REQUIRE(page.attachCertificateFile(png));
    CHECK(page.model()->honorAt(0)->hasCertificate);
    const QString txt = dir.filePath(QStringLiteral("说明.txt"));
    QFile f(txt);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a scan");
    f.close();
    QString why;
    CHECK_FALSE(page.attachCertificateFile(txt, &why));
    CHECK(why.contains(QStringLiteral("PDF")));
}

TEST_CASE("the honor form shows field errors and keeps what was typed", "[honors-ui]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    Honor h;
    h.communityId = place.communityId;
    HonorDialog dialog(*db, admin, h);
    dialog.show();
    test::child<QLineEdit>(dialog, "recipient")->setText(QStringLiteral("王春丽"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.errorText(QStringLiteral("title")).isEmpty());
    CHECK(test::child<QLineEdit>(dialog, "recipient")->text() == QStringLiteral("王春丽"));
    test::child<QLineEdit>(dialog, "title")->setText(QStringLiteral("辛寨子之星"));
    auto *kind = test::child<QComboBox>(dialog, "kind");
    kind->setCurrentIndex(kind->findData(honor_recipient::Person));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const std::optional<Honor> saved = HonorService(*db, admin).find(dialog.honorId());
    REQUIRE(saved);
    CHECK(saved->recipientKind == honor_recipient::Person);
    CHECK(saved->communityId == place.communityId);
    test::screenshot(dialog, "honor-dialog");
}
