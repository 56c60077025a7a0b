#include <catch2/catch.hpp>

#include "reportfixture.h"

#include "import/xlsxreader.h"
#include "reports/reportdocument.h"
#include "reports/reportxlsx.h"
#include "reports/volunteerreports.h"
#include "volunteer/servicecertificate.h"
#include "volunteer/volunteerranking.h"

using namespace jy;

namespace {

const ReportBlock &onlyTable(const ReportDocument &doc)
{
    const ReportBlock *t = doc.mainTable();
    REQUIRE(t != nullptr);
    return *t;
}

} // namespace

TEST_CASE("The ranking report lists who served in the year, best first, with stars and totals", "[report]")
{
    test::ServedVolunteers f;
    const ReportDocument doc = VolunteerReports::ranking(*f.db, 2025, 0, QDate(2026, 1, 5));
    const ReportBlock &table = onlyTable(doc);
    CHECK(doc.organisation == QStringLiteral("辛寨子街道"));
    CHECK(doc.title.contains(QStringLiteral("辛寨子街道")));
    CHECK(doc.title.contains(QStringLiteral("2025")));
    CHECK(doc.subtitle.contains(ReportDocument::formatDate(QDate(2025, 12, 31))));
    CHECK(doc.issuedOn == QDate(2026, 1, 5));
    CHECK(table.header.size() == 9);
    REQUIRE(table.rows.size() == 2); // 王未服务 never served
    const int zhangPoints = f.haircut.pointsFor(3) + f.repair.pointsFor(2.5);
    const QVariantList first = table.rows.at(0);
    CHECK(first.at(0).toInt() == 1);
    CHECK(first.at(1).toString() == QStringLiteral("张志愿"));
    CHECK(first.at(2).toString().startsWith(QStringLiteral("ZY")));
    CHECK(first.at(3).toString() == QStringLiteral("小王义剪"));
    CHECK(first.at(4).toString() == QStringLiteral("魅力社区"));
    CHECK(first.at(5).toDouble() == Approx(5.5));
    CHECK(first.at(6).toInt() == 2);
    CHECK(first.at(7).toInt() == zhangPoints);
    CHECK(first.at(8).toString() == QStringLiteral("★★★")); // 6.5 cumulative hours: 3 stars at 1/3/5/8/10
    const QVariantList second = table.rows.at(1);
    CHECK(second.at(0).toInt() == 2);
    CHECK(second.at(1).toString() == QStringLiteral("李奉献"));
    CHECK(second.at(5).toDouble() == Approx(4));
    CHECK(second.at(8).toString() == QStringLiteral("★★"));
    REQUIRE(table.totalRow.size() == 9);
    CHECK(table.totalRow.at(5).toDouble() == Approx(9.5));
    CHECK(table.totalRow.at(6).toInt() == 3);
    CHECK(table.totalRow.at(7).toInt() == zhangPoints + f.repair.pointsFor(4));
    CHECK(doc.signatures.size() == 2);
    CHECK(doc.sealSpace);

    SECTION("one community, and a year nobody served")
    {
        const ReportDocument mine = VolunteerReports::ranking(*f.db, 2025, f.place.communityId, QDate(2026, 1, 5));
        CHECK(mine.organisation == QStringLiteral("魅力社区"));
        CHECK(onlyTable(mine).rows.size() == 2);
        const ReportDocument empty = VolunteerReports::ranking(*f.db, 2023, 0, QDate(2026, 1, 5));
        CHECK(onlyTable(empty).rows.isEmpty());
        CHECK(onlyTable(empty).totalRow.at(6).toInt() == 0);
    }
}

TEST_CASE("The certificate report carries every field the 2020 rules ask for", "[report]")
{
    test::ServedVolunteers f;
    const Result<ServiceCertificate> issued =
        ServiceCertificate::issue(*f.db, f.session, f.zhang, QDate(2025, 1, 1), QDate(2025, 12, 31), QDate(2026, 1, 5));
    INFO(issued.errorText().toStdString());
    REQUIRE(issued.ok());
    const ServiceCertificate &c = issued.value();
    const ReportDocument doc = VolunteerReports::certificate(c);

    CHECK(doc.number.contains(c.number));
    CHECK(doc.organisation == QStringLiteral("家家乐党员志愿服务超市"));
    CHECK(doc.issuedOn == QDate(2026, 1, 5));
    CHECK(doc.sealSpace);
    REQUIRE(doc.signatures.size() == 2);
    CHECK(doc.signatures.at(0).name == QStringLiteral("王书记"));
    CHECK(doc.signatures.at(1).name == QStringLiteral("李干事"));

    QHash<QString, QString> fields;
    QString paragraphs;
    for (const ReportBlock &b : doc.blocks) {
        for (const ReportField &field : b.fields)
            fields.insert(field.label, field.value);
        if (b.kind == ReportBlock::Kind::Paragraph)
            paragraphs += b.text + QLatin1Char('\n');
    }
    CHECK(fields.size() == 5);
    CHECK(fields.values().contains(QStringLiteral("张志愿")));
    CHECK(fields.values().contains(QStringLiteral("11010519491231002X")));
    CHECK(fields.values().contains(c.volunteerNo));
    CHECK(fields.values().contains(c.idType));
    CHECK(fields.values().contains(ReportDocument::formatPeriod(QDate(2025, 1, 1), QDate(2025, 12, 31))));
    CHECK(paragraphs.contains(QStringLiteral("0411-86661234")));
    CHECK(paragraphs.contains(QStringLiteral("5.5")));

    const ReportBlock &table = onlyTable(doc);
    REQUIRE(table.rows.size() == 2); // the 2024 haircut is outside the period
    CHECK(table.rows.at(0).at(1).toString() == f.haircut.name);
    CHECK(table.rows.at(0).at(2).toInt() == 1);
    CHECK(table.rows.at(0).at(3).toDouble() == Approx(3));
    CHECK(table.rows.at(1).at(1).toString() == f.repair.name);
    CHECK(table.rows.at(1).at(3).toDouble() == Approx(2.5));
    CHECK(table.totalRow.at(2).toInt() == 2);
    CHECK(table.totalRow.at(3).toDouble() == Approx(5.5));
}

TEST_CASE("The redemption list has a line to sign for each gift", "[report]")
{
    test::ServedVolunteers f;
    PointsService points(*f.db, f.session);
    RedemptionEvent event;
    event.name = QStringLiteral("2025年“12.17”慈善日积分兑换");
    event.heldOn = QDate(2025, 12, 17);
    event.place = QStringLiteral("社区党群服务中心");
    const qint64 eventId = points.saveEvent(event).value();
    GiftTier tier;
    tier.eventId = eventId;
    tier.name = QStringLiteral("大米一袋");
    tier.points = 1;
    tier.stock = 10;
    const qint64 tierId = points.saveTier(tier).value();
    REQUIRE(points.redeem(eventId, tierId, f.zhang, 2, QDateTime(QDate(2025, 12, 17), QTime(9, 30))).ok());
    REQUIRE(points.redeem(eventId, tierId, f.li, 1, QDateTime(QDate(2025, 12, 17), QTime(9, 45))).ok());

    const Result<ReportDocument> doc = VolunteerReports::redemptions(*f.db, f.session, eventId);
    REQUIRE(doc.ok());
    CHECK(doc.value().title.contains(event.name));
    CHECK(doc.value().organisation == QStringLiteral("辛寨子街道"));
    const ReportBlock &table = onlyTable(doc.value());
    CHECK(table.minRowHeightMm >= 10);
    CHECK(table.minWidthsMm.value(7) >= 25); // room to sign
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows.at(0).at(1).toString() == QStringLiteral("张志愿"));
    CHECK(table.rows.at(0).at(3).toString() == QStringLiteral("大米一袋"));
    CHECK(table.rows.at(0).at(4).toInt() == 2);
    CHECK(table.rows.at(0).at(7).toString().isEmpty()); // the signature cell
    CHECK(table.totalRow.at(4).toInt() == 3);
    CHECK(table.totalRow.at(5).toInt() == 3);
    CHECK_FALSE(VolunteerReports::redemptions(*f.db, f.session, eventId + 100).ok());
}

TEST_CASE("A report table goes to .xlsx with title, header, real numbers and the total row", "[report]")
{
    test::ServedVolunteers f;
    const ReportDocument doc = VolunteerReports::ranking(*f.db, 2025, 0, QDate(2026, 1, 5));
    const QString path = f.file(QStringLiteral("ranking.xlsx"));
    const Result<int> written = ReportXlsx::write(doc, path);
    INFO(written.errorText().toStdString());
    REQUIRE(written.ok());
    CHECK(written.value() == 3);

    XlsxReader reader;
    REQUIRE(reader.open(path));
    const QList<QStringList> rows = reader.preview(0, 10);
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0).value(0).startsWith(doc.title));
    CHECK(rows.at(1) == onlyTable(doc).header);
    CHECK(rows.at(2).value(1) == QStringLiteral("张志愿"));
    CHECK(rows.at(2).value(5) == QStringLiteral("5.5")); // a number, not text
    CHECK(rows.at(2).value(8) == QStringLiteral("★★★"));
    CHECK(rows.at(3).value(1) == QStringLiteral("李奉献"));
    CHECK(rows.at(4).value(0) == onlyTable(doc).totalRow.at(0).toString());
    CHECK(rows.at(4).value(5) == QStringLiteral("9.5"));
    CHECK(rows.at(4).value(6) == QStringLiteral("3"));

    SECTION("a report without a table, or a bad place, is refused with a reason")
    {
        ReportDocument letter;
        letter.addParagraph(QStringLiteral("只有文字"));
        CHECK_FALSE(ReportXlsx::write(letter, f.file(QStringLiteral("x.xlsx"))).ok());
        CHECK_FALSE(ReportXlsx::write(doc, f.file(QStringLiteral("missing/x.xlsx"))).ok());
        CHECK_FALSE(QFile::exists(f.file(QStringLiteral("x.xlsx"))));
    }
}

TEST_CASE("Report wording: numbers, stars and cells", "[report]")
{
    CHECK(ReportDocument::formatNumber(12) == QStringLiteral("12"));
    CHECK(ReportDocument::formatNumber(12.5) == QStringLiteral("12.5"));
    CHECK(ReportDocument::formatNumber(2.0 / 3) == QStringLiteral("0.67"));
    CHECK(ReportDocument::formatNumber(-0.001) == QStringLiteral("0"));
    CHECK(ReportDocument::stars(0).isEmpty());
    CHECK(ReportDocument::stars(5) == QStringLiteral("★★★★★"));
    CHECK(ReportDocument::cellText(QVariant()).isEmpty());
    CHECK(ReportDocument::cellText(3.25) == QStringLiteral("3.25"));
    CHECK(ReportDocument::cellText(7) == QStringLiteral("7"));
    test::ChineseReportLabels zh;
    CHECK(ReportDocument::formatDate(QDate(2026, 1, 5)) == QStringLiteral("2026年1月5日"));
    CHECK(ReportDocument::formatPeriod(QDate(2026, 1, 1), QDate(2026, 3, 31)) == QStringLiteral("2026年1月1日至2026年3月31日"));
}
