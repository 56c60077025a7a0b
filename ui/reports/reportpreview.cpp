#include "reports/reportpreview.h"
#include "reports/reportpainter.h"
#include "reports/reportxlsx.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QToolBar>
#include <memory>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::ReportPreview", text); }

ReportPreview::Interceptor &interceptor()
{
    static ReportPreview::Interceptor hook;
    return hook;
}
} // namespace

void ReportPreview::preparePrinter(QPrinter &printer)
{
    printer.setFullPage(true); // the painter keeps the margins of official documents itself
    ReportPainter::preparePage(&printer);
}

int ReportPreview::paint(const ReportDocument &document, QPrinter *printer)
{
    return ReportPainter::paint(document, printer);
}

namespace {

struct PrinterHolder
{
    PrinterHolder() : mHeldPrinter(QPrinter::HighResolution) { ReportPreview::preparePrinter(mHeldPrinter); }
    QPrinter mHeldPrinter;
};

// The preview owns its printer and a copy of the document, so it may outlive the caller's.
// PrinterHolder comes first among the bases: the printer exists before the dialog uses it.
class ReportPreviewDialog : private PrinterHolder, public QPrintPreviewDialog
{
public:
    ReportPreviewDialog(const ReportDocument &document, QWidget *parent)
        : QPrintPreviewDialog(&mHeldPrinter, parent), mDocument(document)
    {
        mHeldPrinter.setDocName(mDocument.title);
        setWindowTitle(tr("Print preview") + QStringLiteral(" — ") + mDocument.title);
        connect(this, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { ReportPreview::paint(mDocument, p); });
        // Saving sits beside printing: a PDF from the same painter, or the table as .xlsx.
        if (auto *toolbar = findChild<QToolBar *>()) {
            toolbar->addSeparator();
            QAction *save = toolbar->addAction(tr("Save as PDF or Excel…"));
            save->setObjectName(QStringLiteral("saveReport"));
            connect(save, &QAction::triggered, this, [this] { ReportPreview::saveAs(mDocument, this); });
        }
        resize(900, 1000);
    }

private:
    ReportDocument mDocument;
};

} // namespace

QPrintPreviewDialog *ReportPreview::createDialog(const ReportDocument &document, QWidget *parent)
{
    return new ReportPreviewDialog(document, parent);
}

void ReportPreview::setInterceptor(Interceptor hook)
{
    interceptor() = std::move(hook);
}

void ReportPreview::show(const ReportDocument &document, QWidget *parent)
{
    if (interceptor()) {
        interceptor()(document);
        return;
    }
    std::unique_ptr<QPrintPreviewDialog> dialog(createDialog(document, parent));
    dialog->exec();
}

bool ReportPreview::saveAs(const ReportDocument &document, QWidget *parent)
{
    const bool hasTable = document.mainTable() != nullptr;
    const QString filters = hasTable ? tr("PDF (*.pdf);;Excel workbook (*.xlsx)") : tr("PDF (*.pdf)");
    QString chosen;
    QString path = QFileDialog::getSaveFileName(parent, tr("Save report"), document.title + QStringLiteral(".pdf"), filters,
                                                &chosen);
    if (path.isEmpty())
        return false;
    const bool xlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                      || (chosen.contains(QLatin1String("xlsx")) && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive));
    if (xlsx && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    else if (!xlsx && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const QString error = xlsx ? ReportXlsx::write(document, path).errorText() : ReportPainter::writePdf(document, path).errorText();
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Save report"), error);
        return false;
    }
    return true;
}

} // namespace jy
