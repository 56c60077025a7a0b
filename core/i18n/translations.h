#pragma once
#include <QString>

class QCoreApplication;

namespace jy {

// Installs Qt's and Jiayuan's translators. An empty language picks the user's choice:
// JIAYUAN_LANG, else Chinese, which is what users see by default.
QString installTranslations(QCoreApplication &app, QString language = {});

// The languages the interface speaks, in the order settings offers them.
QStringList supportedLanguages(); // "zh_CN", "en"

// The language chosen in the settings dialog (QSettings), empty when none was saved.
QString savedLanguage();
void saveLanguage(const QString &language);

// What the GUI starts in: --lang, else JIAYUAN_LANG, else the saved choice, else Chinese.
QString startupLanguage(const QString &argument);

} // namespace jy
