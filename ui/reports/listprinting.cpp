#include "reports/listprinting.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>
#include <utility>

namespace jy {

ReportDocument ListPrinting::frame(const QString &title, const QString &subtitle)
{
    ReportDocument doc;
    doc.title = title;
    const QString today = ReportDocument::formatDate(QDate::currentDate());
    doc.subtitle = subtitle.isEmpty() ? today : subtitle + QLatin1Char(' ') + today;
    doc.signatures = {{tr("Prepared by:"), QString()}, {tr("Reviewed by:"), QString()}};
    doc.issuedOn = QDate::currentDate();
    doc.sealSpace = false;
    return doc;
}

ReportDocument ListPrinting::fromView(const QTableView *view, const QString &title, const QString &subtitle, int maxRows)
{
    ReportDocument doc = frame(title, subtitle);
    const QAbstractItemModel *model = view->model();
    const QHeaderView *header = view->horizontalHeader();
    if (!model)
        return doc;
    // Columns in the order the user sees them; widths in characters, from the screen.
    const double charWidth = qMax(1, QFontMetrics(view->font()).averageCharWidth());
    QList<int> columns;
    QStringList titles;
    QList<double> widths;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < 0 || header->isSectionHidden(logical))
            continue;
        columns << logical;
        titles << model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        widths << qBound(4.0, header->sectionSize(logical) / charWidth, 40.0);
    }
    ReportBlock &table = doc.addTable(titles, widths);
    const int count = model->rowCount();
    int shown = 0;
    for (int row = 0; row < count; ++row) {
        if (view->isRowHidden(row))
            continue;
        if (maxRows >= 0 && table.rows.size() >= maxRows) {
            ++shown;
            continue;
        }
        ++shown;
        QVariantList cells;
        for (const int column : std::as_const(columns)) {
            const QVariant value = model->index(row, column).data(Qt::DisplayRole);
            cells << (value.isValid() ? value : QVariant());
        }
        table.rows << cells;
    }
    if (shown > table.rows.size())
        doc.addParagraph(tr("The first %1 of %2 rows are printed; narrow the filter to print the others.")
                             .arg(table.rows.size())
                             .arg(shown),
                         false);
    return doc;
}

} // namespace jy
