#pragma once
#include "export/tablewriter.h"

#include <QByteArray>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace jy {

// One table on one sheet of an .xlsx file, through libxlsxwriter in constant-memory mode:
// rows go to a temporary file as they come, so 200,000 rows never sit in memory. That mode
// writes rows strictly in order and stores text as inline strings (t="inlineStr"), not in
// xl/sharedStrings.xml.
class XlsxTableWriter : public TableWriter
{
public:
    explicit XlsxTableWriter(const QString &path);
    ~XlsxTableWriter() override;
    XlsxTableWriter(const XlsxTableWriter &) = delete;
    XlsxTableWriter &operator=(const XlsxTableWriter &) = delete;

    void setTitle(const QString &title) override; // written with the header, merged across it
    void setHeader(const QStringList &headers, const QList<double> &widths) override;
    void addRow(const QVariantList &cells) override;
    Status close() override;

private:
    void writeTitle(int columns);
    void check(int error); // keeps the first lxw_error

    QString mPath;
    QByteArray mPathBytes;
    QByteArray mTmpDir;
    lxw_workbook *mWorkbook = nullptr;
    lxw_worksheet *mSheet = nullptr;
    lxw_format *mTitleFormat = nullptr;
    lxw_format *mHeaderFormat = nullptr;
    lxw_format *mTextFormat = nullptr;
    lxw_format *mDateFormat = nullptr;
    QString mTitle;
    bool mTitleWritten = false;
    int mColumns = 0;
    int mHeaderRow = -1;
    int mNextRow = 0;
    int mError = 0;
};

} // namespace jy
