#include <catch2/catch.hpp>

#include <QIcon>
#include <QImage>

TEST_CASE("the application icon is built into the ui library", "[ui]")
{
    const QImage image(QStringLiteral(":/icons/jiayuan.png"));
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 256);
    CHECK_FALSE(QIcon(QStringLiteral(":/icons/jiayuan.png")).isNull());
}

TEST_CASE("every page icon is built in at 100 %, 150 %, 200 % and 300 %", "[ui]")
{
    for (const char *name : {"overview", "residents", "grids", "party", "supermarket", "honors", "statistics"}) {
        for (const int px : {24, 36, 48, 72}) {
            const QString path = QStringLiteral(":/icons/pages/%1-%2.png").arg(QLatin1String(name)).arg(px);
            INFO(path.toStdString());
            const QImage image(path);
            REQUIRE_FALSE(image.isNull());
            CHECK(image.width() == px);
            CHECK(image.height() == px);
            CHECK(image.hasAlphaChannel());
        }
    }
}
