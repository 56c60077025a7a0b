#pragma once
#include "reports/reportdocument.h"

#include <QDate>
#include <functional>

namespace jy {

class Database;
struct AnnualStatistics;
struct HonorsReport;

// The annual reports for party committees, as ReportDocuments: content only, so that the same
// document goes to preview, printer, PDF and .xlsx.
namespace AnnualReports {

// Honors of a year or span: one table grouped by level (highest first), then by recipient; for
// the whole street a second table sets the communities side by side by level.
ReportDocument honors(const HonorsReport &report, const QDate &issuedOn = QDate::currentDate());
ReportDocument honors(Database &db, int fromYear, int toYear, qint64 communityId, const QDate &issuedOn = QDate::currentDate());

// The annual statistics report (年度工作统计报表): a row per community and a total, then the
// year's completed orders by month and by category.
ReportDocument statistics(const AnnualStatistics &statistics, const QDate &issuedOn = QDate::currentDate());
// Computed from the database; progress may stop it (then the document is empty: no title).
ReportDocument statistics(Database &db, int year, qint64 communityId, const QDate &issuedOn = QDate::currentDate(),
                          const std::function<bool(int done, int total)> &progress = {});

} // namespace AnnualReports

} // namespace jy
