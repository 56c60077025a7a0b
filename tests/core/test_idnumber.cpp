#include <catch2/catch.hpp>

#include "idnumber/idnumber.h"

using namespace jy;

namespace {
const QDate today(2024, 6, 1); // fixed, so "future" does not drift
IdCheck check(const char *number) { return IdNumber::check(QString::fromUtf8(number), today); }
} // namespace

TEST_CASE("IdNumber: check digits follow GB 11643", "[idnumber]")
{
    CHECK(IdNumber::checkDigit(u"11010519491231002") == QLatin1Char('X'));
    CHECK(IdNumber::checkDigit(u"21021119900307123") == QLatin1Char('5'));
    CHECK(IdNumber::checkDigit(u"13050319670401001") == QLatin1Char('6'));
    CHECK(IdNumber::checkDigit(u"1101051949123100").isNull());
    CHECK(IdNumber::checkDigit(u"1101051949123100A").isNull());
}

TEST_CASE("IdNumber: valid 18-digit numbers yield birth date, sex and region", "[idnumber]")
{
    IdCheck c = check("11010519491231002X");
    REQUIRE(c.valid);
    CHECK(c.reason.isEmpty());
    CHECK(c.normalized == QLatin1String("11010519491231002X"));
    CHECK_FALSE(c.upgradedFrom15);
    CHECK(c.birthDate == QDate(1949, 12, 31));
    CHECK(c.sex == QLatin1String("F"));
    CHECK(c.regionCode == QLatin1String("110105"));
    CHECK(c.regionName == QStringLiteral("北京市"));
    CHECK(c.kind == IdCheck::Kind::Mainland);

    c = check("210211199003071235");
    REQUIRE(c.valid);
    CHECK(c.birthDate == QDate(1990, 3, 7));
    CHECK(c.sex == QLatin1String("M"));
    CHECK(c.regionName == QStringLiteral("辽宁省大连市"));

    c = check("21021120240229123X"); // a leap day, lower-case x is cleaned
    REQUIRE(c.valid);
    CHECK(c.birthDate == QDate(2024, 2, 29));

    c = check("210211190001011238"); // 1900 itself is plausible
    REQUIRE(c.valid);
    CHECK(c.birthDate == QDate(1900, 1, 1));

    CHECK(check(" 2102 1120 2402 2912 3x ").valid);
    CHECK(check("710000198001010010").regionName == QStringLiteral("台湾省"));
}

TEST_CASE("IdNumber: residence permits and foreign permanent residence cards", "[idnumber]")
{
    IdCheck c = check("810000198001010014");
    REQUIRE(c.valid);
    CHECK(c.kind == IdCheck::Kind::HkMoTwResident);
    CHECK(c.regionName == QStringLiteral("香港特别行政区"));
    CHECK(c.sex == QLatin1String("M"));

    c = check("820000198001010032");
    REQUIRE(c.valid);
    CHECK(c.regionName == QStringLiteral("澳门特别行政区"));

    c = check("830000198001010026");
    REQUIRE(c.valid);
    CHECK(c.regionName == QStringLiteral("台湾省"));
    CHECK(c.sex == QLatin1String("F"));

    c = check("911156199001010010");
    REQUIRE(c.valid);
    CHECK(c.kind == IdCheck::Kind::ForeignPermanent);
    CHECK(c.birthDate == QDate(1990, 1, 1));
    CHECK_FALSE(c.regionName.isEmpty());

    // Permits carry exactly 810000/820000/830000; the card's digits 2–3 are a province.
    c = check("810100198001010014");
    CHECK_FALSE(c.valid);
    CHECK(c.reason.contains(QLatin1String("810100")));
    c = check("990156199001010010");
    CHECK_FALSE(c.valid);
    CHECK(c.reason.contains(QLatin1String("90")));
    // The 9 card keeps the check rule.
    c = check("911156199001010011");
    CHECK_FALSE(c.valid);
    CHECK(c.reason.contains(QLatin1Char('0')));
}

TEST_CASE("IdNumber: every kind of invalid number has its own reason", "[idnumber]")
{
    QStringList reasons;
    const auto invalid = [&reasons](const char *number) {
        const IdCheck c = check(number);
        CHECK_FALSE(c.valid);
        CHECK_FALSE(c.reason.isEmpty());
        CHECK_FALSE(c.birthDate.isValid());
        CHECK(c.sex.isEmpty());
        reasons << c.reason;
        return c;
    };

    invalid("");
    invalid("   ");
    CHECK(invalid("2102111990030712").reason.contains(QLatin1String("16")));    // length
    CHECK(invalid("2102111990030712355").reason.contains(QLatin1String("19")));
    CHECK(invalid("21021119900307A235").reason.contains(QLatin1Char('A')));     // characters
    invalid("2102111990X3071235");                                               // X not last
    invalid("13050367040100X");                                                  // no X in 15
    CHECK(invalid("000211199003071235").reason.contains(QLatin1String("000211"))); // region
    invalid("810000670401001");                                                  // 15-digit HK
    CHECK(invalid("210211199013071238").reason.contains(QLatin1String("13")));  // month 13
    invalid("210211199003001231");                                               // day 00
    const IdCheck feb30 = invalid("210211199002301238");
    CHECK(feb30.reason.contains(QLatin1String("1990-02-30")));
    CHECK(invalid("210211202302291232").reason.contains(QLatin1String("2023-02-29")));
    CHECK(invalid("210211203001011238").reason.contains(QLatin1String("2030-01-01"))); // future
    CHECK(invalid("210211202406021234").reason.contains(QLatin1String("2024-06-02")));
    CHECK(invalid("210211189912311233").reason.contains(QLatin1String("1899")));       // too old
    const IdCheck wrong = invalid("210211199003071234");                                // check digit
    CHECK(wrong.reason.contains(QLatin1Char('5')));
    CHECK(wrong.normalized == QLatin1String("210211199003071234"));
    CHECK(invalid("110105194912310021").reason.contains(QLatin1Char('X')));

    CHECK(check("210211202406011231").valid); // born today is not the future

    // Each failure says what is wrong, not one generic message.
    reasons.removeDuplicates();
    CHECK(reasons.size() >= 12);
}

TEST_CASE("IdNumber: 15-digit numbers are upgraded to 18", "[idnumber]")
{
    CHECK(IdNumber::upgrade15(QStringLiteral("130503670401001")) == QLatin1String("130503196704010016"));
    CHECK(IdNumber::upgrade15(QStringLiteral("13050367040100")).isEmpty());
    CHECK(IdNumber::upgrade15(QStringLiteral("13050367040100A")).isEmpty());

    IdCheck c = check("130503670401001");
    REQUIRE(c.valid);
    CHECK(c.upgradedFrom15);
    CHECK(c.normalized == QLatin1String("130503196704010016"));
    CHECK(c.birthDate == QDate(1967, 4, 1));
    CHECK(c.sex == QLatin1String("M"));
    CHECK(c.regionCode == QLatin1String("130503"));
    CHECK(c.regionName.startsWith(QStringLiteral("河北省")));

    c = check("130503670230001"); // 1967-02-30
    CHECK_FALSE(c.valid);
    CHECK(c.reason.contains(QLatin1String("1967-02-30")));
    CHECK_FALSE(c.upgradedFrom15);
}

TEST_CASE("IdNumber: clean() and mask()", "[idnumber]")
{
    CHECK(IdNumber::clean(QStringLiteral(" １１０１０５ １９４９１２３１００２ｘ ")) == QLatin1String("11010519491231002X"));
    CHECK(IdNumber::clean(QStringLiteral("11010519491231002Ｘ")) == QLatin1String("11010519491231002X"));
    CHECK(IdNumber::clean(QStringLiteral("110105\u300019491231002x")) == QLatin1String("11010519491231002X"));
    CHECK(check("１１０１０５１９４９１２３１００２Ｘ").valid);

    CHECK(IdNumber::mask(QStringLiteral("210211199003071235")) == QLatin1String("210211********1235"));
    CHECK(IdNumber::mask(QStringLiteral("130503670401001")) == QLatin1String("130503*****1001"));
    CHECK(IdNumber::mask(QStringLiteral("1234567")) == QLatin1String("*******"));
    CHECK(IdNumber::mask(QString()).isEmpty());
}
