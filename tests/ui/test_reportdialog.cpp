#include "testsupport.h"
#include "demo/demogenerator.h"
#include "db/sql.h"
#include "reports/reportdialog.h"

#include <QComboBox>
#include <QSpinBox>

using namespace jy;

TEST_CASE("the report dialog builds each annual report off the UI thread", "[reports-ui]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.today = QDate(2026, 11, 29);
    REQUIRE(DemoGenerator::generate(*db, Session::localAdministrator(), options).ok());
    const Session admin = test::admin();
    ReportDialog dialog(*db, admin, ReportDialog::Kind::Honors);
    dialog.show();
    test::screenshot(dialog, "report-dialog");
    CHECK(test::child<QSpinBox>(dialog, "to")->isVisible());

    dialog.setYears(2018, 2022);
    std::optional<ReportDocument> honors = dialog.build();
    REQUIRE(honors);
    REQUIRE(honors->mainTable());
    CHECK(honors->mainTable()->rows.size() >= 12);

    dialog.setKind(ReportDialog::Kind::Statistics);
    CHECK_FALSE(test::child<QSpinBox>(dialog, "to")->isVisible()); // one year only
    dialog.setYears(2025, 2025);
    std::optional<ReportDocument> stats = dialog.build();
    REQUIRE(stats);
    CHECK(stats->title.contains(QStringLiteral("2025")));
    CHECK(stats->mainTable()->rows.size() == 1);

    dialog.setKind(ReportDialog::Kind::VolunteerRanking);
    dialog.setCommunity(sql::scalar(db->connection(), QStringLiteral("SELECT id FROM community")).toLongLong());
    std::optional<ReportDocument> ranking = dialog.build();
    REQUIRE(ranking);
    CHECK(ranking->mainTable()->rows.size() > 50);
}
