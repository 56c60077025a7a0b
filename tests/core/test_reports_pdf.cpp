#include <catch2/catch.hpp>

#include "reportfixture.h"

#include "reports/reportpainter.h"
#include "reports/volunteerreports.h"
#include "volunteer/servicecertificate.h"

#include <QFile>
#include <QRegularExpression>

using namespace jy;

namespace {

// pdftotext turns line breaks inside a cell or a wrapped line into newlines: compare without them.
QString flat(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]")));
}

// Kangxi radicals and CJK radical supplements: what Noto CJK through Qt extracts instead of
// 自生用文入角色 (TOOLCHAIN.md pitfall 6).
bool hasRadicals(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            return true;
    return false;
}

} // namespace

TEST_CASE("The report fonts are installed", "[report]")
{
    const QStringList missing = ReportPainter::missingFonts();
    if (!missing.isEmpty())
        WARN("missing report fonts (apt-get install fonts-arphic-uming fonts-wqy-zenhei): " << missing.join(QStringLiteral(", ")).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("A certificate PDF's Chinese text copies out as the characters written", "[report]")
{
    test::ServedVolunteers f;
    test::ChineseReportLabels zh;
    const Result<ServiceCertificate> issued =
        ServiceCertificate::issue(*f.db, f.session, f.zhang, QDate(2025, 1, 1), QDate(2025, 12, 31), QDate(2026, 1, 5));
    REQUIRE(issued.ok());
    const ReportDocument doc = VolunteerReports::certificate(issued.value());
    const QString path = f.file(QStringLiteral("certificate.pdf"));
    const Result<int> pages = ReportPainter::writePdf(doc, path);
    INFO(pages.errorText().toStdString());
    REQUIRE(pages.ok());
    CHECK(pages.value() == 1);
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    test::keepForLooking(path);
    if (!test::havePdfToText())
        return;

    const QString text = test::pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("志愿服务记录证明")));
    CHECK(text.contains(QStringLiteral("张志愿")));
    CHECK(text.contains(QStringLiteral("第 1 页 共 1 页")));
    CHECK(text.contains(QStringLiteral("特此证明。")));
    CHECK(text.contains(QStringLiteral("家家乐党员志愿服务超市")));
    CHECK(text.contains(QStringLiteral("11010519491231002X")));
    CHECK(text.contains(issued.value().volunteerNo));
    CHECK(text.contains(QStringLiteral("2026年1月5日")));
    CHECK(text.contains(QStringLiteral("负责人：")));
    CHECK(text.contains(QStringLiteral("王书记")));
    CHECK(text.contains(QStringLiteral("李干事")));
    CHECK(text.contains(QStringLiteral("0411-86661234")));
    CHECK(flat(text).contains(flat(f.haircut.name)));
    CHECK(flat(text).contains(flat(f.repair.name)));
    CHECK_FALSE(hasRadicals(text));
    // No synthetic bold: each title character once, not twice.
    CHECK_FALSE(text.contains(QStringLiteral("志志")));
}

TEST_CASE("A ranking PDF extracts its names, stars and totals", "[report]")
{
    test::ServedVolunteers f;
    test::ChineseReportLabels zh;
    const ReportDocument doc = VolunteerReports::ranking(*f.db, 2025, 0, QDate(2026, 1, 5));
    const QString path = f.file(QStringLiteral("ranking.pdf"));
    REQUIRE(ReportPainter::writePdf(doc, path).ok());
    test::keepForLooking(path);
    if (!test::havePdfToText())
        return;
    const QString text = test::pdfText(path);
    INFO(text.toStdString());
    CHECK(flat(text).contains(QStringLiteral("辛寨子街道2025年度志愿服务排行榜")));
    CHECK(text.contains(QStringLiteral("张志愿")));
    CHECK(text.contains(QStringLiteral("李奉献")));
    CHECK(text.contains(QStringLiteral("★★★")));
    CHECK(text.contains(QStringLiteral("9.5")));
    CHECK(text.contains(QStringLiteral("制表人：")));
    CHECK(text.contains(QStringLiteral("审核人：")));
    CHECK(text.contains(QStringLiteral("第 1 页 共 1 页")));
    CHECK_FALSE(hasRadicals(text));
}

TEST_CASE("A long table breaks between rows and repeats its header on every page", "[report]")
{
    test::ChineseReportLabels zh;
    ReportDocument doc;
    doc.title = QStringLiteral("分页测试表");
    doc.organisation = QStringLiteral("魅力社区");
    doc.issuedOn = QDate(2026, 1, 5);
    doc.signatures = {{QStringLiteral("制表人："), QString()}, {QStringLiteral("审核人："), QString()}};
    doc.addHeading(QStringLiteral("一、居民名单"));
    ReportBlock &table = doc.addTable({QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("备注")}, {6, 12, 30});
    const int count = 120;
    for (int i = 1; i <= count; ++i) {
        // Every seventh row wraps onto several lines, so rows differ in height.
        const QString note = i % 7 ? QStringLiteral("备注%1").arg(i, 3, 10, QLatin1Char('0'))
                                   : QStringLiteral("备注%1：").arg(i, 3, 10, QLatin1Char('0')) + QString(60, QChar(0x957F));
        table.rows.append({i, QStringLiteral("居民%1").arg(i, 3, 10, QLatin1Char('0')), note});
    }
    table.totalRow = {QStringLiteral("合计"), QStringLiteral("%1人").arg(count), QVariant()};

    test::TempDatabase db; // for its folder
    const QString path = db.dir.filePath(QStringLiteral("long.pdf"));
    const Result<int> pages = ReportPainter::writePdf(doc, path);
    REQUIRE(pages.ok());
    CHECK(pages.value() >= 3);
    CHECK(ReportPainter::pageCount(doc) == pages.value());
    test::keepForLooking(path);
    if (!test::havePdfToText())
        return;

    QList<QString> pageTexts;
    for (int p = 1; p <= pages.value(); ++p)
        pageTexts << test::pdfText(path, p);
    for (int p = 0; p < pageTexts.size(); ++p) {
        INFO("page " << p + 1 << ":\n" << pageTexts.at(p).toStdString());
        CHECK(pageTexts.at(p).contains(QStringLiteral("第 %1 页 共 %2 页").arg(p + 1).arg(pages.value())));
        if (p + 1 < pageTexts.size() || pageTexts.at(p).contains(QStringLiteral("居民")))
            CHECK(pageTexts.at(p).contains(QStringLiteral("序号"))); // the header, again
    }
    CHECK(pageTexts.at(0).contains(QStringLiteral("一、居民名单")));
    CHECK(pageTexts.at(1).contains(QStringLiteral("姓名")));
    // No row split: each row's name and the end of its note are on one and the same page.
    for (int i = 1; i <= count; ++i) {
        const QString name = QStringLiteral("居民%1").arg(i, 3, 10, QLatin1Char('0'));
        const QString tail = i % 7 ? QStringLiteral("备注%1").arg(i, 3, 10, QLatin1Char('0')) : QString(6, QChar(0x957F));
        int namePage = -1, found = 0;
        for (int p = 0; p < pageTexts.size(); ++p) {
            if (flat(pageTexts.at(p)).contains(name)) {
                namePage = p;
                ++found;
            }
        }
        INFO(name.toStdString());
        REQUIRE(found == 1);
        CHECK(flat(pageTexts.at(namePage)).contains(flat(tail)));
        if (i % 7 == 0) {
            // the whole long note sits on the name's page
            const QString start = QStringLiteral("备注%1：").arg(i, 3, 10, QLatin1Char('0'));
            CHECK(flat(pageTexts.at(namePage)).contains(start + QString(60, QChar(0x957F))));
        }
    }
    CHECK(flat(pageTexts.last()).contains(QStringLiteral("合计")));
    CHECK(pageTexts.last().contains(QStringLiteral("制表人：")));
}
