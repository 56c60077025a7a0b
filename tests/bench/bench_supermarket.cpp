// Volunteer supermarket reads and annual reports on a generated street (19 communities, ~17,000 orders from
// January 2025). Not a test: run scripts/bench.sh "[supermarket]".
#include <catch2/catch.hpp>

#include "db/database.h"
#include "db/sql.h"
#include "reports/annualreports.h"
#include "reports/reportpainter.h"
#include "reports/volunteerreports.h"
#include "stats/statistics.h"
#include "testsupport.h"
#include "volunteer/orderboard.h"
#include "volunteer/orderworkflow.h"
#include "volunteer/volunteerranking.h"
#include "volunteer/volunteers.h"

#include <QFile>
#include <QTemporaryDir>

using namespace jy;

namespace {

std::unique_ptr<Database> openBench()
{
    const QString path = qEnvironmentVariable("JIAYUAN_BENCH_DB");
    if (path.isEmpty() || !QFile::exists(path))
        FAIL("Set JIAYUAN_BENCH_DB to a street database: scripts/bench.sh makes one");
    return Database::openSqlite(path, Database::OpenMode::MustExist);
}

} // namespace

TEST_CASE("order board columns on a street", "[bench][supermarket]")
{
    std::unique_ptr<Database> db = openBench();
    OrderBoard board(*db);
    const qint64 meili = sql::scalar(db->connection(), QStringLiteral("SELECT id FROM community ORDER BY code LIMIT 1")).toLongLong();
    OrderFilter all;
    OrderFilter one;
    one.communityId = meili;
    OrderFilter lastMonth;
    lastMonth.from = QDate::currentDate().addDays(-30);
    BENCHMARK("counts per state, whole street") { return board.counts(all).size(); };
    BENCHMARK("counts per state, one community") { return board.counts(one).size(); };
    BENCHMARK("counts per state, last 30 days") { return board.counts(lastMonth).size(); };
    BENCHMARK("every column's first page of 100 cards, whole street")
    {
        int n = 0;
        for (const QString &state : volunteerOrderWorkflow().states())
            n += int(board.cards(state, all, 0, 100).size());
        return n;
    };
    BENCHMARK("a page deep in the rated column (offset 10,000)") { return board.cards(order_state::Rated, all, 10000, 100).size(); };
}

TEST_CASE("supermarket figures on a street", "[bench][supermarket]")
{
    std::unique_ptr<Database> db = openBench();
    const Session admin = test::admin();
    VolunteerService volunteers(*db, admin);
    BENCHMARK("stats --json (with orders per state and points outstanding)") { return Statistics::collect(*db).residents; };
    BENCHMARK("annual ranking of the street's volunteers (2025)") { return VolunteerRanking::compute(*db, 2025).rows.size(); };
    BENCHMARK("volunteer list with hours, points and stars, one community")
    {
        return volunteers.summaries(sql::scalar(db->connection(), QStringLiteral("SELECT id FROM community ORDER BY code LIMIT 1")).toLongLong()).size();
    };
}

TEST_CASE("annual reports of a street to PDF", "[bench][reports]")
{
    std::unique_ptr<Database> db = openBench();
    QTemporaryDir dir;
    BENCHMARK("annual statistics report, 19 communities: compute + PDF")
    {
        return ReportPainter::writePdf(AnnualReports::statistics(*db, 2025, 0), dir.filePath(QStringLiteral("stats.pdf"))).value();
    };
    BENCHMARK("annual honors report 2018-2025, street: compute + PDF")
    {
        return ReportPainter::writePdf(AnnualReports::honors(*db, 2018, 2025, 0), dir.filePath(QStringLiteral("honors.pdf"))).value();
    };
    BENCHMARK("volunteer ranking 2025, street: compute + PDF")
    {
        return ReportPainter::writePdf(VolunteerReports::ranking(*db, 2025, 0), dir.filePath(QStringLiteral("ranking.pdf"))).value();
    };
}
