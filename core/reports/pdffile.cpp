#include "reports/pdffile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace jy {

Result<int> writePdfFile(const QString &path, const QString &title, const std::function<int(QPdfWriter &)> &paint)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (!target.absoluteDir().exists())
        return Result<int>::fail(QStringLiteral("path"),
                                 QCoreApplication::translate("jy::ReportPainter", "The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return Result<int>::fail(QStringLiteral("path"), QCoreApplication::translate("jy::ReportPainter", "%1 is a folder, not a file.").arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::fail(QStringLiteral("path"), QCoreApplication::translate("jy::ReportPainter", "Cannot write %1: %2").arg(shown, file.errorString()));
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Jiayuan %1").arg(QCoreApplication::applicationVersion()));
        pages = paint(writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return Result<int>::fail(QStringLiteral("path"), QCoreApplication::translate("jy::ReportPainter", "Could not paint the report into %1.").arg(shown));
    }
    if (!file.commit())
        return Result<int>::fail(QStringLiteral("path"), QCoreApplication::translate("jy::ReportPainter", "Could not save %1: %2").arg(shown, file.errorString()));
    return pages;
}

} // namespace jy
