#pragma once
#include "export/tablewriter.h"

#include <QFile>

namespace jy {

// CSV as Chinese Excel opens it by double-click: UTF-8 with a BOM, CRLF, RFC 4180 quoting.
// The title, if any, is a one-field row before the header; widths are ignored.
class CsvTableWriter : public TableWriter
{
public:
    explicit CsvTableWriter(const QString &path);
    ~CsvTableWriter() override;

    void setTitle(const QString &title) override;
    void setHeader(const QStringList &headers, const QList<double> &widths) override;
    void addRow(const QVariantList &cells) override;
    Status close() override;

    // One field as it goes into the file: guarded against Excel's conversions, then quoted
    // when needed.
    static QString field(const QVariant &cell);

private:
    void writeLine(const QStringList &fields);

    QFile mFile;
    bool mFailed = false;
    bool mClosed = false;
};

} // namespace jy
