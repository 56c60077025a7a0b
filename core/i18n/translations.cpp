#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace jy {

QString installTranslations(QCoreApplication &app, QString language)
{
    if (language.isEmpty())
        language = qEnvironmentVariable("JIAYUAN_LANG", QStringLiteral("zh_CN"));
    const QLocale locale(language);
    QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);

    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("jiayuan"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(translator);
    return language;
}

} // namespace jy
