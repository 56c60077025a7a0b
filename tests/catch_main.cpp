#define CATCH_CONFIG_RUNNER
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include <catch2/catch.hpp>

#include <QApplication>
#include "i18n/translations.h"

int main(int argc, char *argv[])
{
    // Test discovery runs this binary at build time without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    jy::installTranslations(app, QStringLiteral("zh_CN")); // what users see
    return Catch::Session().run(argc, argv);
}
