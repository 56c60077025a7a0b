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
