#pragma once
#include "reports/reportdocument.h"

#include <QCoreApplication>

class QTableView;

namespace jy {

// Any list on screen as a report for Edit ▸ Print list: the rows the view shows, in its order,
// under its visible columns (as the user arranged them), with lines to sign under the table.
class ListPrinting
{
    Q_DECLARE_TR_FUNCTIONS(jy::ListPrinting)

public:
    // At most maxRows rows (-1: all); a note under the table says when some were left out.
    static ReportDocument fromView(const QTableView *view, const QString &title, const QString &subtitle = {},
                                   int maxRows = -1);
    // The frame every printed list shares: title, "subtitle date", the signature lines.
    static ReportDocument frame(const QString &title, const QString &subtitle = {});
};

} // namespace jy
