// Roster performance on a generated street (~200,000 residents). Not a test: run
// scripts/bench.sh, which generates the database once and points JIAYUAN_BENCH_DB at it.
#include <catch2/catch.hpp>

#include "db/database.h"
#include "places/placestore.h"
#include "residents/rosterquery.h"
#include "residents/rostermodel.h"
#include "tags/tagstore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QFile>

using namespace jy;

namespace {

QString benchDb()
{
    const QString path = qEnvironmentVariable("JIAYUAN_BENCH_DB");
    if (path.isEmpty() || !QFile::exists(path))
        FAIL("Set JIAYUAN_BENCH_DB to a street database: scripts/bench.sh makes one");
    return path;
}

long residentMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLong();
    }
    return -1;
}

} // namespace

TEST_CASE("cold open and first roster page", "[bench]")
{
    const QString path = benchDb();
    BENCHMARK("open + count + first page of 200")
    {
        std::unique_ptr<Database> db = Database::openSqlite(path, Database::OpenMode::MustExist);
        RosterQuery query(*db);
        RosterFilter filter;
        const int total = query.count(filter);
        return total + query.page(filter, 0, 200).size();
    };
}

TEST_CASE("search as you type, per keystroke", "[bench]")
{
    std::unique_ptr<Database> db = Database::openSqlite(benchDb(), Database::OpenMode::MustExist);
    RosterQuery query(*db);
    const auto keystroke = [&query](const char *text) {
        RosterFilter filter;
        filter.text = QString::fromUtf8(text);
        return query.count(filter) + query.page(filter, 0, 200).size();
    };
    BENCHMARK("pinyin z") { return keystroke("z"); };
    BENCHMARK("pinyin zh") { return keystroke("zh"); };
    BENCHMARK("pinyin zhang") { return keystroke("zhang"); };
    BENCHMARK("initials zsf") { return keystroke("zsf"); };
    BENCHMARK("name 王") { return keystroke("王"); };
    BENCHMARK("name 张伟") { return keystroke("张伟"); };
    BENCHMARK("name substring 华") { return keystroke("华"); };
    BENCHMARK("ID tail 1234") { return keystroke("1234"); };
    BENCHMARK("phone 138") { return keystroke("1380411"); };
    BENCHMARK("address 3-2-401") { return keystroke("3-2-401"); };
}

TEST_CASE("filters", "[bench]")
{
    std::unique_ptr<Database> db = Database::openSqlite(benchDb(), Database::OpenMode::MustExist);
    RosterQuery query(*db);
    const QList<Place> communities = PlaceStore(*db).communities();
    REQUIRE(communities.size() > 1);
    const qint64 community = communities.at(communities.size() / 2).id;
    const qint64 grid = PlaceStore(*db).grids(community).constFirst().id;
    const Session session = Session::localAdministrator();
    const qint64 alone = TagStore(*db, session).idOf(QStringLiteral("独居"));
    const auto run = [&query](const RosterFilter &filter) { return query.count(filter) + query.page(filter, 0, 200).size(); };

    BENCHMARK("community") { RosterFilter f; f.communityId = community; return run(f); };
    BENCHMARK("grid") { RosterFilter f; f.gridId = grid; return run(f); };
    BENCHMARK("age 60+") { RosterFilter f; f.minAge = 60; return run(f); };
    BENCHMARK("tag 独居") { RosterFilter f; f.tagIds = {alone}; return run(f); };
    BENCHMARK("floating, community, 18-35") {
        RosterFilter f;
        f.residenceType = QStringLiteral("floating");
        f.communityId = community;
        f.minAge = 18;
        f.maxAge = 35;
        return run(f);
    };
    BENCHMARK("page deep in the roster (offset 150,000)") { return query.page(RosterFilter{}, 150000, 200).size(); };
    WARN("resident memory after the core benchmarks: " << residentMemoryKb() / 1024 << " MB");
}

TEST_CASE("the roster view on a street", "[bench][ui]")
{
    const long before = residentMemoryKb();
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Database> db = Database::openSqlite(benchDb(), Database::OpenMode::MustExist);
    const Session session = Session::localAdministrator();
    RosterModel model(*db, session);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(1400, 900);
    view.show();
    QCoreApplication::processEvents();
    const qint64 firstPaintMs = timer.elapsed();
    // Scroll through the whole roster in screenfuls, as a user dragging the scroll bar would.
    for (int row = 0; row < model.rowCount(); row += model.rowCount() / 50) {
        view.scrollTo(model.index(row, 0));
        QCoreApplication::processEvents();
    }
    WARN("roster view: " << model.rowCount() << " rows, open + first paint " << firstPaintMs << " ms, "
         << model.cachedPages() << " pages cached, memory " << before / 1024 << " → " << residentMemoryKb() / 1024 << " MB");
    CHECK(model.cachedPages() <= model.maxCachedPages());

    RosterFilter filter;
    BENCHMARK("roster view: type one more letter (setFilter + paint)")
    {
        filter.text = filter.text == QLatin1String("zh") ? QStringLiteral("zha") : QStringLiteral("zh");
        model.setFilter(filter);
        view.viewport()->repaint();
        return model.rowCount();
    };
}
