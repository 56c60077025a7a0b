#include "reportfixture.h"
#include "import/xlsxreader.h"
#include "party/branchmeetings.h"
#include "party/partyorganisation.h"
#include "party/starassessment.h"
#include "reports/partyreports.h"
#include "reports/reportpainter.h"
#include "reports/reportxlsx.h"

#include <QRegularExpression>

using namespace jy;

namespace {

// A community with a committee and two branches, one assessed in 2025, both meeting in 2025.
struct PartyYear
{
    test::TempDatabase db;
    Session admin = test::admin();
    test::SmallPlace place = test::SmallPlace::create(*db);
    qint64 committee = 0, service = 0, filial = 0;

    PartyYear()
    {
        PartyOrganisation org(*db, admin);
        PartyBranch top;
        top.communityId = place.communityId;
        top.level = party_level::Committee;
        top.name = QStringLiteral("魅力社区党委");
        committee = org.save(top).value();
        PartyBranch b;
        b.communityId = place.communityId;
        b.parentId = committee;
        b.name = QStringLiteral("服务党支部");
        service = org.save(b).value();
        b.name = QStringLiteral("孝老党支部");
        filial = org.save(b).value();

        StarAssessment stars(*db, admin);
        const QString evidence = QStringLiteral("全年召开支部党员大会4次");
        REQUIRE(stars.assess(service, 2025, branch_star::StrongBranch, 92, evidence).ok());
        REQUIRE(stars.assess(service, 2025, branch_star::CoBuilding, 85, evidence).ok());
        REQUIRE(stars.assess(service, 2025, branch_star::SafetyLaw, 80, evidence).ok());
        REQUIRE(stars.assess(service, 2025, branch_star::Harmony, 70, QString()).ok());
        // Another year does not count.
        REQUIRE(stars.assess(filial, 2024, branch_star::StrongBranch, 95, evidence).ok());

        BranchMeetings meetings(*db, admin);
        const auto meet = [&](qint64 branch, const QString &kind, const QDate &on, int expected, int attended) {
            BranchMeeting m;
            m.branchId = branch;
            m.kind = kind;
            m.heldOn = on;
            m.topic = QStringLiteral("学习贯彻党的二十届三中全会精神");
            m.expected = expected;
            m.attended = attended;
            const Result<qint64> saved = meetings.save(m);
            INFO(saved.errorText().toStdString());
            REQUIRE(saved.ok());
        };
        meet(service, branch_meeting_kind::Assembly, QDate(2025, 3, 1), 20, 18);
        meet(service, branch_meeting_kind::Assembly, QDate(2025, 6, 1), 20, 16);
        meet(service, branch_meeting_kind::Lesson, QDate(2025, 7, 1), 20, 20);
        meet(filial, branch_meeting_kind::ThemeDay, QDate(2025, 12, 31), 10, 7);
        meet(filial, branch_meeting_kind::ThemeDay, QDate(2026, 1, 5), 10, 10);   // next year
        meet(committee, branch_meeting_kind::Committee, QDate(2025, 1, 1), 5, 5);
    }
};

QString flat(QString text) { return text.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]"))); }

} // namespace

TEST_CASE("the five-star summary gives each branch its scores per star and its stars", "[party][report]")
{
    PartyYear f;
    const FiveStarSummary s = FiveStarSummary::compute(*f.db, 2025, 0);
    CHECK(s.passScore == StarAssessment::kPassScore);
    // The committee is no branch and was not assessed; both branches are listed.
    REQUIRE(s.rows.size() == 2);
    const FiveStarSummary::Row &filial = s.rows.at(0);
    const FiveStarSummary::Row &service = s.rows.at(1);
    CHECK(service.branch == QStringLiteral("服务党支部"));
    CHECK(service.assessed);
    CHECK(service.stars == 3);
    CHECK(service.scores == QVariantList{92, 85, 80, 70, QVariant()});
    CHECK(filial.branch == QStringLiteral("孝老党支部"));
    CHECK_FALSE(filial.assessed);
    CHECK(filial.stars == 0);
    CHECK(s.assessed == 1);
    CHECK(s.branchesByStars == QList<int>{0, 0, 0, 1, 0, 0});
    CHECK(FiveStarSummary::compute(*f.db, 2024, f.place.communityId).assessed == 1);
    CHECK(FiveStarSummary::compute(*f.db, 2025, f.place.communityId + 99).rows.isEmpty());

    const ReportDocument doc = PartyReports::fiveStar(s, QDate(2026, 1, 5));
    REQUIRE(doc.mainTable());
    CHECK(doc.mainTable()->rows.size() == 2);
    CHECK(doc.mainTable()->rows.at(1).last() == ReportDocument::stars(3));
    CHECK(doc.signatures.size() == 2);
}

TEST_CASE("the 三会一课 summary counts each branch's meetings by kind and its attendance", "[party][report]")
{
    PartyYear f;
    const PartyMeetingSummary s = PartyMeetingSummary::compute(*f.db, 2025, f.place.communityId);
    // The committee met, so it is listed with the branches; meetings of 2026 are not counted.
    REQUIRE(s.rows.size() == 3);
    QStringList names;
    for (const PartyMeetingSummary::Row &r : s.rows)
        names << r.branch;
    CHECK(names == QStringList{QStringLiteral("孝老党支部"), QStringLiteral("服务党支部"), QStringLiteral("魅力社区党委")});
    const PartyMeetingSummary::Row &service = s.rows.at(1);
    const QStringList kinds = branch_meeting_kind::all();
    CHECK(service.byKind.at(kinds.indexOf(branch_meeting_kind::Assembly)) == 2);
    CHECK(service.byKind.at(kinds.indexOf(branch_meeting_kind::Lesson)) == 1);
    CHECK(service.meetings == 3);
    CHECK(service.attended == 54);
    CHECK(service.averageAttended() == Approx(18.0));
    CHECK(service.attendanceRate() == Approx(90.0));
    const PartyMeetingSummary::Row &filial = s.rows.at(0);
    CHECK(filial.meetings == 1);
    CHECK(filial.attendanceRate() == Approx(70.0));
    CHECK(s.total.meetings == 5);
    CHECK(s.total.attended == 66);
    CHECK(s.total.expected == 75);
    CHECK(s.total.byKind.at(kinds.indexOf(branch_meeting_kind::ThemeDay)) == 1);
    CHECK(PartyMeetingSummary::compute(*f.db, 2026, 0).total.meetings == 1);

    const ReportDocument doc = PartyReports::meetings(s, QDate(2026, 1, 5));
    REQUIRE(doc.mainTable());
    CHECK(doc.mainTable()->rows.size() == 3);
    CHECK_FALSE(doc.mainTable()->totalRow.isEmpty());
    CHECK(doc.mainTable()->totalRow.contains(QVariant(66)));
}

TEST_CASE("the party reports print in Chinese and save as workbooks", "[party][report]")
{
    PartyYear f;
    QTemporaryDir dir;
    const QString starsPdf = dir.filePath(QStringLiteral("five-star.pdf"));
    const QString meetingsPdf = dir.filePath(QStringLiteral("party-meetings.pdf"));
    REQUIRE(ReportPainter::writePdf(PartyReports::fiveStar(*f.db, 2025, 0, QDate(2026, 1, 5)), starsPdf).ok());
    REQUIRE(ReportPainter::writePdf(PartyReports::meetings(*f.db, 2025, 0, QDate(2026, 1, 5)), meetingsPdf).ok());
    const QString workbook = dir.filePath(QStringLiteral("party-meetings.xlsx"));
    REQUIRE(ReportXlsx::write(PartyReports::meetings(*f.db, 2025, 0), workbook).ok());
    XlsxReader reader;
    REQUIRE(reader.open(workbook));
    QList<QStringList> rows;
    reader.readSheet(0, [&rows](int, const QStringList &cells) {
        rows << cells;
        return true;
    });
    // Title, header, three organisations, the total.
    REQUIRE(rows.size() == 6);
    CHECK(rows.at(2).join(QLatin1Char(' ')).contains(QStringLiteral("孝老党支部")));
    test::keepForLooking(starsPdf);
    test::keepForLooking(meetingsPdf);
    if (!test::havePdfToText())
        return;

    const QString stars = flat(test::pdfText(starsPdf));
    INFO(stars.toStdString());
    CHECK(stars.contains(QStringLiteral("2025年度“五星支部”评定汇总表")));
    CHECK(stars.contains(QStringLiteral("服务党支部")));
    CHECK(stars.contains(QStringLiteral("支部过硬")));
    CHECK(stars.contains(QStringLiteral("★★★")));
    CHECK(stars.contains(QStringLiteral("未评定")));
    CHECK(stars.contains(QStringLiteral("制表人：")));
    CHECK(stars.contains(QStringLiteral("2026年1月5日")));

    const QString meetings = flat(test::pdfText(meetingsPdf));
    INFO(meetings.toStdString());
    CHECK(meetings.contains(QStringLiteral("2025年度“三会一课”开展情况统计表")));
    CHECK(meetings.contains(QStringLiteral("党课")));
    CHECK(meetings.contains(QStringLiteral("90.0%")));
    CHECK(meetings.contains(QStringLiteral("合计")));
}
