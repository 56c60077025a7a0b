#pragma once
#include "common/result.h"
#include "reports/reportdocument.h"

namespace jy {

// A report's main table as a spreadsheet (.xlsx, or CSV by the suffix) through TableWriter:
// a title row (title and subtitle), the header, the rows with real numbers, the total row.
// Paragraphs, signatures and the seal belong to paper and are left out.
class ReportXlsx
{
public:
    // Returns the number of rows written (total row included). Field error "path"; "table" when
    // the report has no table.
    static Result<int> write(const ReportDocument &document, const QString &path);
};

} // namespace jy
