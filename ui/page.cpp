#include "page.h"

namespace jy {

QIcon Page::pageIcon(const QString &name)
{
    QIcon icon;
    for (const int px : {24, 36, 48, 72})
        icon.addFile(QStringLiteral(":/icons/pages/%1-%2.png").arg(name).arg(px), QSize(px, px));
    return icon;
}

} // namespace jy
