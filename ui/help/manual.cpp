#include "help/manual.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

namespace jy {

QString manualPath()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../share/doc/jiayuan/manual/index.html"));
    for (const QString &candidate : {installed, QStringLiteral(JIAYUAN_SOURCE_DIR "/docs/manual/index.html")}) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

void openManual(QWidget *parent)
{
    const QString path = manualPath();
    if (path.isEmpty()) {
        QMessageBox::warning(parent, QCoreApplication::translate("jy::Manual", "User Manual"),
                             QCoreApplication::translate("jy::Manual", "The user manual is not installed."));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::warning(parent, QCoreApplication::translate("jy::Manual", "User Manual"),
                             QCoreApplication::translate("jy::Manual", "No program to show %1 was found. Open it in a web browser.")
                                 .arg(QDir::toNativeSeparators(path)));
}

} // namespace jy
