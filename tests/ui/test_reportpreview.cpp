#include <catch2/catch.hpp>

#include "reports/reportpainter.h"
#include "reports/reportpreview.h"
#include "testsupport.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <memory>

using namespace jy;

namespace {

ReportDocument twoPageTable()
{
    ReportDocument doc;
    doc.title = QStringLiteral("预览测试表");
    doc.organisation = QStringLiteral("魅力社区");
    doc.issuedOn = QDate(2026, 1, 5);
    ReportBlock &t = doc.addTable({QStringLiteral("序号"), QStringLiteral("姓名")}, {6, 12});
    for (int i = 1; i <= 45; ++i)
        t.rows.append({i, QStringLiteral("居民%1").arg(i)});
    return doc;
}

} // namespace

TEST_CASE("The print preview shows the pages the PDF has", "[report]")
{
    const ReportDocument doc = twoPageTable();
    const int pages = ReportPainter::pageCount(doc);
    REQUIRE(pages >= 2);

    QPrinter printer(QPrinter::HighResolution);
    ReportPreview::preparePrinter(printer);
    QPrintPreviewWidget preview(&printer);
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, &preview,
                     [&doc](QPrinter *p) { ReportPreview::paint(doc, p); });
    preview.updatePreview();
    CHECK(preview.pageCount() == pages);
}

TEST_CASE("Printing to a PDF printer gives the same text as the PDF writer", "[report]")
{
    const ReportDocument doc = twoPageTable();
    test::TempDatabase db; // for its folder
    const QString path = db.dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    ReportPreview::preparePrinter(printer);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    CHECK(ReportPreview::paint(doc, &printer) == ReportPainter::pageCount(doc));
    REQUIRE(QFile::exists(path));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext (poppler-utils) is missing: the printed text is not checked");
        return;
    }
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("预览测试表")));
    CHECK(text.contains(QStringLiteral("居民45")));
}

TEST_CASE("The preview dialog paints the report and offers saving", "[report]")
{
    const ReportDocument doc = twoPageTable();
    std::unique_ptr<QPrintPreviewDialog> dialog(ReportPreview::createDialog(doc, nullptr));
    dialog->show();
    QCoreApplication::processEvents();
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    REQUIRE(preview != nullptr);
    CHECK(preview->pageCount() == ReportPainter::pageCount(doc));
    CHECK(dialog->findChild<QAction *>(QStringLiteral("saveReport")) != nullptr);
    // JIAYUAN_TEST_KEEP_PDF=DIR: a picture of the dialog, to look at.
    const QString keep = qEnvironmentVariable("JIAYUAN_TEST_KEEP_PDF");
    if (!keep.isEmpty())
        dialog->grab().save(keep + QStringLiteral("/preview.png"));
}
