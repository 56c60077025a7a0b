#include <catch2/catch.hpp>

#include "common/pagecache.h"

#include <string>

using jy::PageCache;

namespace {

std::vector<int> pageRows(int page, int pageSize, int count = -1)
{
    std::vector<int> rows;
    for (int i = 0; i < (count < 0 ? pageSize : count); ++i)
        rows.push_back(page * pageSize + i);
    return rows;
}

} // namespace

TEST_CASE("page cache finds rows of loaded pages only", "[pagecache]")
{
    PageCache<int> cache(10, 4);
    CHECK(cache.pageOf(0) == 0);
    CHECK(cache.pageOf(9) == 0);
    CHECK(cache.pageOf(10) == 1);
    CHECK(cache.firstRowOf(3) == 30);
    CHECK(cache.find(5) == nullptr);
    CHECK(cache.find(-1) == nullptr);

    cache.insert(2, pageRows(2, 10));
    REQUIRE(cache.find(25) != nullptr);
    CHECK(*cache.find(25) == 25);
    CHECK(*cache.find(20) == 20);
    CHECK(*cache.find(29) == 29);
    CHECK(cache.find(19) == nullptr);
    CHECK(cache.find(30) == nullptr);
    CHECK(cache.hasRowPage(21));
    CHECK_FALSE(cache.hasRowPage(30));
}

TEST_CASE("a short last page answers nullptr past its end but counts as loaded", "[pagecache]")
{
    PageCache<std::string> cache(10, 4);
    cache.insert(1, {"a", "b", "c"});
    CHECK(*cache.find(12) == "c");
    CHECK(cache.find(13) == nullptr);
    CHECK(cache.hasRowPage(13)); // loaded: the model must not reload it for every row
}

TEST_CASE("page cache evicts the least recently used page", "[pagecache]")
{
    PageCache<int> cache(10, 3);
    cache.insert(0, pageRows(0, 10));
    cache.insert(1, pageRows(1, 10));
    cache.insert(2, pageRows(2, 10));
    CHECK(cache.pageCount() == 3);

    cache.find(3); // page 0 used again: page 1 is now the oldest
    cache.insert(5, pageRows(5, 10));
    CHECK(cache.pageCount() == 3);
    CHECK(cache.pages() == std::vector<int>{0, 2, 5});

    cache.insert(7, pageRows(7, 10));
    CHECK(cache.pages() == std::vector<int>{0, 5, 7});
}

TEST_CASE("page cache never holds more than its limit while scrolling", "[pagecache]")
{
    PageCache<int> cache(200, 5);
    for (int row = 0; row < 200000; row += 37) {
        if (!cache.hasRowPage(row))
            cache.insert(cache.pageOf(row), pageRows(cache.pageOf(row), 200));
        REQUIRE(cache.find(row) != nullptr);
        REQUIRE(*cache.find(row) == row);
        REQUIRE(cache.pageCount() <= 5);
    }
    CHECK(cache.pageCount() == 5);
}

TEST_CASE("a limit of one keeps the page just stored", "[pagecache]")
{
    PageCache<int> cache(10, 1);
    cache.insert(0, pageRows(0, 10));
    cache.insert(4, pageRows(4, 10));
    CHECK(cache.pages() == std::vector<int>{4});
}

TEST_CASE("replacing a page and clearing", "[pagecache]")
{
    PageCache<int> cache(10, 2);
    cache.insert(0, pageRows(0, 10));
    cache.insert(0, {100, 101});
    CHECK(cache.pageCount() == 1);
    CHECK(*cache.find(1) == 101);
    CHECK(cache.find(2) == nullptr);

    cache.insert(1, pageRows(1, 10));
    cache.clear();
    CHECK(cache.pageCount() == 0);
    CHECK(cache.find(1) == nullptr);
    CHECK(cache.find(11) == nullptr);
}

TEST_CASE("page size and limit are at least one", "[pagecache]")
{
    PageCache<int> cache(0, 0);
    CHECK(cache.pageSize() == 1);
    CHECK(cache.maxPages() == 1);
}
