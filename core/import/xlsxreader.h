#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace jy {

// Reads .xlsx workbooks as Excel, WPS and LibreOffice save them, one row at a time, so a
// sheet of 200,000 residents never sits in memory as a whole. The files come from strangers:
// every size is capped by Limits, and a broken file gives false and a plain reason, never a crash.
class XlsxReader
{
public:
    struct Limits
    {
        qint64 maxPartBytes = 1024LL * 1024 * 1024; // unpacked size of any one part
        qint64 maxSharedStrings = 5'000'000;
        int maxColumns = 16384;                     // cells further right are ignored
        qint64 maxRows = 1'048'576;                 // a row beyond this is an error
        qint64 maxMergedRanges = 1'000'000;
        qint64 maxMergedCells = 20'000'000;         // cells covered by all merged ranges together
        qint64 maxCells = 100'000'000;              // cells handed to onRow in one sheet, gaps included
        // Cells read while the merged ranges are still being looked for (on another thread)
        // wait in memory up to this many; then reading waits: ~60 MB of a roster's cells.
        qint64 maxPendingCells = 1'000'000;
    };

    XlsxReader();
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    // False when the file is not a readable workbook (an old .xls, an .ods, a damaged zip …);
    // error() then says why, translated, in words for the person who chose the file.
    bool open(const QString &path);
    bool openData(const QByteArray &bytes);
    QString error() const;

    // Worksheets in workbook order (chart sheets are left out: they hold no cells).
    QStringList sheetNames() const;

    // Streams the rows of sheet `index`: row is the 0-based sheet row, cells run from column A
    // to the last non-empty cell. Absent rows and rows with no text are not reported. The value
    // of a merged range is repeated in every cell it covers. Return false from onRow to stop
    // (not an error). Dates come as "yyyy-MM-dd" (or "yyyy-MM-dd hh:mm:ss"), times as "hh:mm:ss",
    // booleans as TRUE/FALSE, other numbers exactly as stored, so 2.10211E+17 stays recognisable.
    bool readSheet(int index, const std::function<bool(int row, const QStringList &cells)> &onRow);

    // The first maxRows rows; absent rows are empty lists so that list index == row number.
    QList<QStringList> preview(int index, int maxRows);

    void setLimits(const Limits &limits);
    Limits limits() const;

    // For tests and the fuzzer: read parts in pieces of this many bytes (0: the usual 256 KiB),
    // so that tags split between two reads at every possible place get exercised. Not thread-safe.
    static void setReadChunkForTesting(int bytes);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace jy
