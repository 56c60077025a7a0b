#pragma once
#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <memory>
#include <optional>

namespace jy {

// One table written row by row to a spreadsheet file, so callers don't care which format.
// Call setTitle (optional), then setHeader, then addRow for each row, then close().
// A writer destroyed without close() abandons the file and removes what it wrote.
// Cells: QString is always text, QDate a date, int/qint64/double a number, null a blank.
class TableWriter
{
public:
    enum class Format { Xlsx, Csv };

    // By the file's suffix (.xlsx, .csv; any case); nothing for other suffixes.
    static std::optional<Format> formatFor(const QString &path);
    static std::unique_ptr<TableWriter> create(Format format, const QString &path);
    // By the path's suffix; null when it is neither .xlsx nor .csv.
    static std::unique_ptr<TableWriter> create(const QString &path);

    virtual ~TableWriter() = default;
    virtual void setTitle(const QString &title) = 0;
    // Widths in characters; a format that has no widths ignores them.
    virtual void setHeader(const QStringList &headers, const QList<double> &widths) = 0;
    virtual void addRow(const QVariantList &cells) = 0;
    // Finishes the file. Errors met while adding rows are reported here, translated.
    virtual Status close() = 0;
};

} // namespace jy
