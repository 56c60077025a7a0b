#pragma once
#include "reports/reportdocument.h"

#include <functional>

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace jy {

// Print preview, printing and "save as PDF / .xlsx" for any ReportDocument. The preview and the
// printer are painted by core's ReportPainter, the same code that writes the PDF files, so what
// the preview shows is what comes out of the printer and the file.
class ReportPreview
{
public:
    // A4 with the painter's own margins: what paint() expects.
    static void preparePrinter(QPrinter &printer);
    // Paints the document on a printer (the preview's or a real one); returns the page count.
    static int paint(const ReportDocument &document, QPrinter *printer);
    // The print preview dialog (modal); its print button sends the same pages to the printer,
    // and a "Save as PDF or Excel…" button writes files.
    static void show(const ReportDocument &document, QWidget *parent);
    // The same dialog, not yet shown, for callers that show it themselves (and tests).
    static QPrintPreviewDialog *createDialog(const ReportDocument &document, QWidget *parent);
    // Asks for a file name and writes a PDF or, when the report has a table, an .xlsx.
    // Returns false when the user cancelled or writing failed (after saying why).
    static bool saveAs(const ReportDocument &document, QWidget *parent);

    // For tests without a printer: while set, show() hands the document to this function
    // instead of opening the dialog. Set an empty function to restore the dialog.
    using Interceptor = std::function<void(const ReportDocument &document)>;
    static void setInterceptor(Interceptor interceptor);
};

} // namespace jy
