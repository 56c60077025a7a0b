#include "reports/reportxlsx.h"
#include "export/tablewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::ReportXlsx", text); }
} // namespace

Result<int> ReportXlsx::write(const ReportDocument &document, const QString &path)
{
    const ReportBlock *table = document.mainTable();
    if (!table)
        return Result<int>::fail(QStringLiteral("table"), tr("This report has no table to write to a spreadsheet."));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Result<int>::fail(QStringLiteral("path"),
                                 tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    std::unique_ptr<TableWriter> writer = TableWriter::create(path);
    if (!writer)
        return Result<int>::fail(QStringLiteral("path"), tr("Choose a file name ending in .xlsx or .csv."));
    QString title = document.title;
    if (!document.subtitle.isEmpty())
        title += QLatin1Char(' ') + document.subtitle;
    writer->setTitle(title);
    writer->setHeader(table->header, table->widths); // on paper the same widths are relative
    int written = 0;
    for (const QVariantList &row : table->rows) {
        writer->addRow(row);
        ++written;
    }
    if (!table->totalRow.isEmpty()) {
        writer->addRow(table->totalRow);
        ++written;
    }
    const Status closed = writer->close();
    if (!closed.ok())
        return closed.errors();
    return written;
}

} // namespace jy
