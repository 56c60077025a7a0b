#pragma once
#include "common/result.h"
#include "reports/reportdocument.h"

#include <QStringList>

class QPagedPaintDevice;

namespace jy {

// Paints a ReportDocument page by page in the look of Chinese official documents (GB/T 9704):
// A4, generous margins, the title centred in a Hei face, the body in a Song face, the table
// header repeated on every page, no table row split between pages, "第 N 页 共 M 页" at the foot,
// signatures, the issuing organisation and date at the bottom right with room for the seal.
//
// One painter for every output, so the print preview, the printer and the PDF file match:
// the GUI hands it the QPrinter of a QPrintPreviewDialog, the CLI and tests a QPdfWriter.
// Needs a QGuiApplication (fonts); no widgets.
//
// Fonts: "AR PL UMing CN" (fonts-arphic-uming) for the body and "WenQuanYi Zen Hei"
// (fonts-wqy-zenhei) for the title, headings and table heads. Both map every glyph back to the
// right character, so text copied or searched in the PDF is the text we wrote (Noto CJK does not
// through Qt: TOOLCHAIN.md pitfall 6). No bold anywhere: Qt's bold for these faces is synthetic
// and extracts twice; emphasis is the Hei face.
class ReportPainter
{
public:
    // A4 portrait without device margins: the painter keeps its own margins.
    static void preparePage(QPagedPaintDevice *device);
    // Paints every page; returns the number of pages, or 0 when the device cannot be painted on.
    static int paint(const ReportDocument &document, QPagedPaintDevice *device);
    // Writes a PDF file (replaced only when the whole file was written). Field error "path".
    static Result<int> writePdf(const ReportDocument &document, const QString &path);
    // How many pages the document takes on A4, without writing anything.
    static int pageCount(const ReportDocument &document);

    static QString bodyFamily();    // Song / Ming serif
    static QString headingFamily(); // Hei sans
    // The report faces this system lacks (then Qt substitutes, and the PDF may not extract well).
    static QStringList missingFonts();
};

} // namespace jy
