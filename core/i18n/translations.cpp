#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
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

namespace {
QString languageKey() { return QStringLiteral("ui/language"); }
} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString savedLanguage()
{
    const QString language = QSettings().value(languageKey()).toString();
    return supportedLanguages().contains(language) ? language : QString();
}

void saveLanguage(const QString &language)
{
    QSettings().setValue(languageKey(), language);
}

QString startupLanguage(const QString &argument)
{
    if (!argument.isEmpty())
        return argument;
    if (const QString env = qEnvironmentVariable("JIAYUAN_LANG"); !env.isEmpty())
        return env;
    if (const QString saved = savedLanguage(); !saved.isEmpty())
        return saved;
    return QStringLiteral("zh_CN");
}

} // namespace jy
