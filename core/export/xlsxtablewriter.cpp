#include "export/xlsxtablewriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <xlsxwriter.h>

namespace jy {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("jy::XlsxTableWriter", text); }

constexpr int MaxCellLength = 32767; // Excel's limit; libxlsxwriter refuses longer strings

QByteArray cellText(const QString &text)
{
    if (text.size() <= MaxCellLength)
        return text.toUtf8();
    int end = MaxCellLength;
    if (text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end).toUtf8();
}

} // namespace

XlsxTableWriter::XlsxTableWriter(const QString &path)
    : mPath(path)
    , mPathBytes(QFile::encodeName(path))
    , mTmpDir(QFile::encodeName(QDir::tempPath()))
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = mTmpDir.data();
    mWorkbook = workbook_new_opt(mPathBytes.constData(), &options);
    if (!mWorkbook) {
        mError = LXW_ERROR_MEMORY_MALLOC_FAILED;
        return;
    }
    mSheet = workbook_add_worksheet(mWorkbook, nullptr);
    if (!mSheet) {
        mError = LXW_ERROR_CREATING_TMPFILE; // the only way adding the first sheet fails besides memory
        return;
    }
    mTitleFormat = workbook_add_format(mWorkbook);
    format_set_bold(mTitleFormat);
    format_set_font_size(mTitleFormat, 14);
    format_set_align(mTitleFormat, LXW_ALIGN_CENTER);
    format_set_align(mTitleFormat, LXW_ALIGN_VERTICAL_CENTER);
    mHeaderFormat = workbook_add_format(mWorkbook);
    format_set_bold(mHeaderFormat);
    format_set_bg_color(mHeaderFormat, 0xE8E8E8);
    format_set_bottom(mHeaderFormat, LXW_BORDER_THIN);
    // Text cells keep the Text number format, so an ID number typed over one stays text too.
    mTextFormat = workbook_add_format(mWorkbook);
    format_set_num_format(mTextFormat, "@");
    mDateFormat = workbook_add_format(mWorkbook);
    format_set_num_format(mDateFormat, "yyyy-mm-dd");
}

XlsxTableWriter::~XlsxTableWriter()
{
    // Not closed: nothing has been written under mPath yet; just drop the temporary data.
    if (mWorkbook)
        lxw_workbook_free(mWorkbook);
}

void XlsxTableWriter::check(int error)
{
    if (error != LXW_NO_ERROR && mError == LXW_NO_ERROR)
        mError = error;
}

void XlsxTableWriter::setTitle(const QString &title)
{
    mTitle = title;
}

void XlsxTableWriter::writeTitle(int columns)
{
    mTitleWritten = true;
    if (mTitle.isEmpty() || !mSheet)
        return;
    // Constant-memory mode cannot go back to a row: the title is row 0, written before all else.
    const lxw_row_t row = lxw_row_t(mNextRow++);
    check(worksheet_set_row(mSheet, row, 24, nullptr));
    const QByteArray text = cellText(mTitle);
    if (columns > 1)
        check(worksheet_merge_range(mSheet, row, 0, row, lxw_col_t(columns - 1), text.constData(), mTitleFormat));
    else
        check(worksheet_write_string(mSheet, row, 0, text.constData(), mTitleFormat));
}

void XlsxTableWriter::setHeader(const QStringList &headers, const QList<double> &widths)
{
    if (!mSheet)
        return;
    mColumns = int(headers.size());
    if (!mTitleWritten)
        writeTitle(mColumns);
    for (int c = 0; c < widths.size() && c < mColumns; ++c)
        check(worksheet_set_column(mSheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr));
    mHeaderRow = mNextRow++;
    for (int c = 0; c < mColumns; ++c)
        check(worksheet_write_string(mSheet, lxw_row_t(mHeaderRow), lxw_col_t(c), cellText(headers.at(c)).constData(), mHeaderFormat));
    worksheet_freeze_panes(mSheet, lxw_row_t(mHeaderRow + 1), 0);
}

void XlsxTableWriter::addRow(const QVariantList &cells)
{
    if (!mSheet)
        return;
    if (!mTitleWritten)
        writeTitle(int(cells.size()));
    const lxw_row_t row = lxw_row_t(mNextRow++);
    for (int c = 0; c < cells.size(); ++c) {
        const QVariant &cell = cells.at(c);
        const lxw_col_t col = lxw_col_t(c);
        if (!cell.isValid() || cell.isNull())
            continue;
        switch (cell.typeId()) {
        case QMetaType::QString: {
            const QString text = cell.toString();
            if (!text.isEmpty())
                check(worksheet_write_string(mSheet, row, col, cellText(text).constData(), mTextFormat));
            break;
        }
        case QMetaType::QDate: {
            const QDate date = cell.toDate();
            lxw_datetime when = {date.year(), date.month(), date.day(), 0, 0, 0.0};
            if (date.isValid())
                check(worksheet_write_datetime(mSheet, row, col, &when, mDateFormat));
            break;
        }
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
        case QMetaType::Float:
            check(worksheet_write_number(mSheet, row, col, cell.toDouble(), nullptr));
            break;
        default:
            check(worksheet_write_string(mSheet, row, col, cellText(cell.toString()).constData(), mTextFormat));
        }
    }
}

Status XlsxTableWriter::close()
{
    if (!mWorkbook)
        return Status::fail(QStringLiteral("path"), tr("The file %1 was already closed.").arg(mPath));
    if (mSheet && mHeaderRow >= 0 && mColumns > 0)
        check(worksheet_autofilter(mSheet, lxw_row_t(mHeaderRow), 0, lxw_row_t(std::max(mHeaderRow, mNextRow - 1)),
                                   lxw_col_t(mColumns - 1)));
    if (mError != LXW_NO_ERROR) {
        lxw_workbook_free(mWorkbook);
        mWorkbook = nullptr;
    } else {
        const lxw_error closed = workbook_close(mWorkbook); // frees the workbook in every case
        mWorkbook = nullptr;
        mError = closed;
    }
    switch (mError) {
    case LXW_NO_ERROR:
        return success();
    case LXW_ERROR_CREATING_XLSX_FILE:
        return Status::fail(QStringLiteral("path"),
                            tr("Cannot create %1: the folder is not writable or the file is open in another program.").arg(mPath));
    case LXW_ERROR_CREATING_TMPFILE:
    case LXW_ERROR_READING_TMPFILE:
        return Status::fail(QStringLiteral("path"),
                            tr("Cannot use temporary files in %1: the folder is full or not writable.").arg(QDir::tempPath()));
    case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE:
        return Status::fail(QStringLiteral("path"), tr("Too many rows or columns for one Excel sheet (at most 1,048,576 rows)."));
    case LXW_ERROR_MEMORY_MALLOC_FAILED:
        return Status::fail(QStringLiteral("path"), tr("Not enough memory to write %1.").arg(mPath));
    default:
        return Status::fail(QStringLiteral("path"),
                            tr("Could not write %1: %2").arg(mPath, QString::fromUtf8(lxw_strerror(lxw_error(mError)))));
    }
}

} // namespace jy
