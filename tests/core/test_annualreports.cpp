#include "reportfixture.h"
#include "honors/honorsreport.h"
#include "reports/annualreports.h"
#include "reports/reportpainter.h"
#include "reports/reportxlsx.h"
#include "stats/annualstatistics.h"

#include <QTemporaryDir>

using namespace jy;

namespace {

Honor honor(qint64 community, const QString &communityName, int year, const QString &title, const QString &level,
            const QString &kind, const QString &recipient)
{
    Honor h;
    h.communityId = community;
    h.communityName = communityName;
    h.year = year;
    h.title = title;
    h.level = level;
    h.recipientKind = kind;
    h.recipient = recipient;
    h.awardedBy = QStringLiteral("中共辽宁省委");
    return h;
}

AnnualStatisticsRow row(qint64 id, const QString &name, int households, int completed, double hours)
{
    AnnualStatisticsRow r;
    r.communityId = id;
    r.community = name;
    r.households = households;
    r.residents = households * 2;
    r.ordersSubmitted = completed + 10;
    r.ordersCompleted = completed;
    r.residentsServed = completed / 2;
    r.serviceHours = hours;
    return r;
}

} // namespace

TEST_CASE("the honors report lists by level with recipients, and a street's communities side by side", "[report]")
{
    HonorsReport r;
    r.fromYear = 2020;
    r.toYear = 2022;
    r.scopeName = QStringLiteral("辛寨子街道");
    r.groups = {{honor_level::National, {honor(1, QStringLiteral("魅力社区"), 2021, QStringLiteral("最美志愿服务社区"), honor_level::National,
                                               honor_recipient::Community, QStringLiteral("魅力社区"))}},
                {honor_level::Provincial, {honor(1, QStringLiteral("魅力社区"), 2021, QStringLiteral("辽宁省优秀党务工作者"), honor_level::Provincial,
                                                 honor_recipient::Person, QStringLiteral("毕唱"))}}};
    r.totalByLevel = {{honor_level::National, 1}, {honor_level::Provincial, 1}};
    r.total = 2;
    HonorsReport::CommunityRow meili{1, QStringLiteral("魅力社区"), {{honor_level::National, 1}, {honor_level::Provincial, 1}}, 2};
    HonorsReport::CommunityRow other{2, QStringLiteral("椒房社区"), {}, 0};
    r.communities = {meili, other};

    const ReportDocument doc = AnnualReports::honors(r, QDate(2026, 11, 29));
    const ReportBlock *main = doc.mainTable();
    REQUIRE(main);
    REQUIRE(main->rows.size() == 2);
    CHECK(main->rows.at(0).at(3).toString() == QStringLiteral("最美志愿服务社区"));
    CHECK(main->rows.at(1).at(4).toString().contains(QStringLiteral("毕唱")));
    CHECK(main->header.size() == 7); // the street's report names each honor's community
    int tables = 0;
    const ReportBlock *side = nullptr;
    for (const ReportBlock &b : doc.blocks)
        if (b.kind == ReportBlock::Kind::Table && ++tables == 2)
            side = &b;
    REQUIRE(side);
    CHECK(side->rows.size() == 2);
    CHECK(side->totalRow.last().toInt() == 2);
    CHECK(doc.organisation == QStringLiteral("辛寨子街道"));

    r.communityId = 1;
    r.communities.clear();
    const ReportDocument one = AnnualReports::honors(r, QDate(2026, 11, 29));
    CHECK(one.mainTable()->header.size() == 6);
}

TEST_CASE("the annual statistics report prints every community, the total, months and categories", "[report]")
{
    test::ChineseReportLabels labels;
    AnnualStatistics s;
    s.year = 2025;
    s.scopeName = QStringLiteral("辛寨子街道");
    s.rows = {row(1, QStringLiteral("魅力社区"), 4692, 1183, 1594.5), row(2, QStringLiteral("椒房社区"), 4402, 402, 520)};
    s.total = s.rows.at(0);
    s.total += s.rows.at(1);
    s.total.community = QStringLiteral("合计");
    s.ordersByMonth = QList<int>(12, 0);
    s.ordersByMonth[0] = 1000;
    s.ordersByMonth[11] = 585;
    s.ordersByCategory = {{QStringLiteral("生活照料"), 1200}, {QStringLiteral("代办服务"), 385}};

    const ReportDocument doc = AnnualReports::statistics(s, QDate(2026, 1, 5));
    const ReportBlock *main = doc.mainTable();
    REQUIRE(main);
    REQUIRE(main->rows.size() == 2);
    CHECK(main->totalRow.at(1).toInt() == 4692 + 4402);
    QList<const ReportBlock *> charts;
    for (const ReportBlock &b : doc.blocks)
        if (b.kind == ReportBlock::Kind::BarChart)
            charts << &b;
    REQUIRE(charts.size() == 2);
    CHECK(charts.at(0)->barValues.size() == 12);
    CHECK(charts.at(0)->barValues.first() == 1000);
    CHECK(charts.at(1)->barLabels == QStringList{QStringLiteral("生活照料"), QStringLiteral("代办服务")});
    CHECK(main->totalRow.at(6).toInt() == 1585);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("stats.pdf"));
    const Result<int> pages = ReportPainter::writePdf(doc, pdf);
    REQUIRE(pages.ok());
    test::keepForLooking(pdf);
    const QString text = test::pdfText(pdf);
    if (text.isEmpty()) {
        WARN("pdftotext is missing: the PDF's text was not checked");
    } else {
        CHECK(text.contains(QStringLiteral("魅力社区")));
        CHECK(text.contains(QStringLiteral("椒房社区")));
        CHECK(text.contains(QStringLiteral("9094")));   // households in all
        CHECK(text.contains(QStringLiteral("生活照料")));
        CHECK(text.contains(QStringLiteral("制表人")));
        CHECK(text.contains(QStringLiteral("各月完成服务人次")));  // the charts' captions, as text
        CHECK(text.contains(QStringLiteral("各类别完成服务人次")));
        CHECK(text.contains(QStringLiteral("1200")));              // a bar's value over it
    }
    const QString xlsx = dir.filePath(QStringLiteral("stats.xlsx"));
    const Result<int> rows = ReportXlsx::write(doc, xlsx);
    REQUIRE(rows.ok());
    CHECK(rows.value() == 3); // two communities and the total
}
