#include <catch2/catch.hpp>

#include "pinyin/pinyin.h"

using namespace jy;

TEST_CASE("pinyin readings come from the full Unihan table", "[pinyin]")
{
    const Pinyin &p = Pinyin::instance();
    CHECK(p.size() > 40000);
    CHECK(p.syllable(U'张') == QLatin1String("zhang"));
    CHECK(p.syllable(U'吕') == QLatin1String("lv"));
    CHECK(p.syllable(U'A').isEmpty());
    CHECK(p.full(QStringLiteral("张三丰")) == QLatin1String("zhangsanfeng"));
    CHECK(p.initials(QStringLiteral("张三丰")) == QLatin1String("zsf"));
}

TEST_CASE("surnames use their surname reading", "[pinyin]")
{
    const Pinyin &p = Pinyin::instance();
    CHECK(p.full(QStringLiteral("单田芳")) == QLatin1String("shantianfang"));
    CHECK(p.full(QStringLiteral("曾国藩")) == QLatin1String("zengguofan"));
    // Only the first character is a surname: 简单 keeps dan.
    CHECK(p.full(QStringLiteral("简单")) == QLatin1String("jiandan"));
}

TEST_CASE("sort keys put names in pinyin order, not code point order", "[pinyin]")
{
    const Pinyin &p = Pinyin::instance();
    CHECK(p.sortKey(QStringLiteral("王五")) < p.sortKey(QStringLiteral("张三")));  // 王 U+738B > 张 U+5F20
    CHECK(p.sortKey(QStringLiteral("李")) < p.sortKey(QStringLiteral("李四")));
    CHECK(p.sortKey(QStringLiteral("李四")) < p.sortKey(QStringLiteral("连杰")));  // li < lian
    CHECK(p.sortKey(QStringLiteral("阿依古丽·买买提")).startsWith(QLatin1String("a yi gu li mai mai ti")));
}
