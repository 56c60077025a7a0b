#pragma once
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace jy {

class XlsxReader;

// A roster file, .xlsx or .csv, read as sheets of rows of text cells.
class ImportSource
{
public:
    ImportSource();
    ~ImportSource();

    // False with error() set when the file cannot be read at all.
    bool open(const QString &path);
    QString error() const { return mError; }
    QString path() const { return mPath; }
    // A CSV file is one sheet named after the file.
    QStringList sheetNames() const;
    // The index of a sheet by name; -1 when there is none of that name.
    int sheetIndex(const QString &name) const;

    // Rows from the top; list index == row index (row 1 in the spreadsheet is 0).
    QList<QStringList> preview(int sheet, int maxRows);
    // Every row present, in order, with its 0-based row index; onRow returning false stops.
    bool read(int sheet, const std::function<bool(int row, const QStringList &cells)> &onRow);

private:
    QString mPath;
    QString mError;
    std::unique_ptr<XlsxReader> mXlsx;
    QList<QStringList> mCsvRows;
};

} // namespace jy
