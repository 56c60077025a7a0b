#include "export/tablewriter.h"
#include "export/csvtablewriter.h"
#include "export/xlsxtablewriter.h"

#include <QFileInfo>

namespace jy {

std::optional<TableWriter::Format> TableWriter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

std::unique_ptr<TableWriter> TableWriter::create(Format format, const QString &path)
{
    switch (format) {
    case Format::Xlsx:
        return std::make_unique<XlsxTableWriter>(path);
    case Format::Csv:
        return std::make_unique<CsvTableWriter>(path);
    }
    return nullptr;
}

std::unique_ptr<TableWriter> TableWriter::create(const QString &path)
{
    const std::optional<Format> format = formatFor(path);
    return format ? create(*format, path) : nullptr;
}

} // namespace jy
