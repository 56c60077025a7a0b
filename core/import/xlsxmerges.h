#pragma once
#include "import/xlsxreader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <zip.h>

#include <algorithm>
#include <atomic>
#include <climits>
#include <functional>
#include <thread>

// Merged cells: finding a sheet's ranges before its rows are read, and filling them in as the
// rows stream past. Internal to XlsxReader.
namespace jy::xlsx {

struct Merge
{
    int r1, c1, r2, c2;
    QString value;
};

// Rows and columns are ints in the interface whatever a caller sets.
inline qint64 rowLimit(const XlsxReader::Limits &limits)
{
    return std::clamp<qint64>(limits.maxRows, 0, INT_MAX);
}
inline qint64 columnLimit(const XlsxReader::Limits &limits)
{
    return std::max(0, limits.maxColumns);
}

// First pass: <mergeCells> comes after <sheetData>, so find it with a byte search through
// the unpacked part and parse only the tail from there.
// Ranges clipped to `limits`, sorted by first row, into *merges. Touches no state but its
// arguments (and the read chunk size tests set), so it may run on any thread with its own zip_t.
// A set *stop ends the scan early with false and no error.
bool scanMerges(zip_t *zip, const QString &partName, const XlsxReader::Limits &limits, QList<Merge> *merges,
                QString *error, const std::atomic<bool> *stop = nullptr);

// scanMerges on a thread of its own, with its own handle on the package (libzip handles are
// not shared between threads), so that the sheet's rows can be unpacked and read meanwhile:
// otherwise a 180 MB sheet is unpacked twice in a row. The destructor stops and joins it.
class MergeScanThread
{
public:
    // openZip gives the thread's own handle, or null; the thread discards it when done.
    MergeScanThread(std::function<zip_t *()> openZip, const QString &partName, const XlsxReader::Limits &limits);
    ~MergeScanThread();
    MergeScanThread(const MergeScanThread &) = delete;
    MergeScanThread &operator=(const MergeScanThread &) = delete;

    bool finished() const { return mFinished.load(std::memory_order_acquire); }
    // Waits for the scan; its ranges, or false with *error set.
    bool result(QList<Merge> *merges, QString *error);

private:
    std::atomic<bool> mStop{false};
    std::atomic<bool> mFinished{false};
    bool mOk = false;
    QList<Merge> mMerges;
    QString mError;
    std::thread mThread;
};

// Copies the top-left value of each merged range into the cells it covers, row by row, as the
// rows stream past in ascending order.
class MergeFiller
{
public:
    explicit MergeFiller(QList<Merge> merges) : mMerges(std::move(merges)) {}

    bool isEmpty() const { return mMerges.isEmpty(); }

    void apply(int row, QStringList &cells);

    // The next row at or after `row` that some range covers, or -1.
    int nextCoveredRow(int row);

private:
    void advance(int row);

    QList<Merge> mMerges; // sorted by first row
    QList<int> mActive;
    int mNext = 0;
};

void trimTrailingEmpty(QStringList &cells);

} // namespace jy::xlsx
