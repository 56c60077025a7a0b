#pragma once
#include <QString>

class QCoreApplication;

namespace jy {

// Installs Qt's and Jiayuan's translators. An empty language picks the user's choice:
// JIAYUAN_LANG, else Chinese, which is what users see by default.
QString installTranslations(QCoreApplication &app, QString language = {});

} // namespace jy
