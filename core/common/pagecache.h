#pragma once
#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace jy {

// A sparse cache of fixed-size pages of rows for views over tables too big to hold: only the
// pages a user has scrolled through are kept, at most maxPages of them, least recently used
// evicted first (the idea of DB Browser for SQLite's RowCache). Plain C++, no Qt, so it is
// tested on its own.
template <typename Row>
class PageCache
{
public:
    explicit PageCache(int pageSize = 200, int maxPages = 16)
        : mPageSize(std::max(1, pageSize)), mMaxPages(std::max(1, maxPages)) {}

    int pageSize() const { return mPageSize; }
    int maxPages() const { return mMaxPages; }
    int pageOf(int row) const { return row / mPageSize; }
    int firstRowOf(int page) const { return page * mPageSize; }

    int pageCount() const { return int(mPages.size()); }
    bool hasPage(int page) const { return mPages.count(page) != 0; }
    // True when the row's page is loaded, even if the page came back short.
    bool hasRowPage(int row) const { return hasPage(pageOf(row)); }

    // The row, or nullptr when its page is not loaded or ended before it. Marks the page used.
    const Row *find(int row)
    {
        if (row < 0)
            return nullptr;
        const auto it = mPages.find(pageOf(row));
        if (it == mPages.end())
            return nullptr;
        it->second.lastUse = ++mClock;
        const std::size_t index = std::size_t(row - firstRowOf(it->first));
        return index < it->second.rows.size() ? &it->second.rows[index] : nullptr;
    }

    // Stores a page (replacing one already there) and evicts the least recently used pages
    // beyond the limit; the page just stored is never the one evicted.
    void insert(int page, std::vector<Row> rows)
    {
        Page &slot = mPages[page];
        slot.rows = std::move(rows);
        slot.lastUse = ++mClock;
        while (int(mPages.size()) > mMaxPages) {
            auto oldest = mPages.end();
            for (auto it = mPages.begin(); it != mPages.end(); ++it) {
                if (it->first != page && (oldest == mPages.end() || it->second.lastUse < oldest->second.lastUse))
                    oldest = it;
            }
            mPages.erase(oldest);
        }
    }

    // Loaded page numbers, ascending (for tests and diagnostics).
    std::vector<int> pages() const
    {
        std::vector<int> out;
        out.reserve(mPages.size());
        for (const auto &entry : mPages)
            out.push_back(entry.first);
        std::sort(out.begin(), out.end());
        return out;
    }

    void clear()
    {
        mPages.clear();
        mClock = 0;
    }

private:
    struct Page
    {
        std::vector<Row> rows;
        std::uint64_t lastUse = 0;
    };

    int mPageSize;
    int mMaxPages;
    std::uint64_t mClock = 0;
    std::unordered_map<int, Page> mPages;
};

} // namespace jy
