#include "idnumber/idnumber.h"

#include "common/digits.h"
#include "regions/regiontable.h"

#include <QCoreApplication>

namespace jy {

namespace {

int digitsValue(QStringView text)
{
    int value = 0;
    for (QChar c : text)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

// Own arithmetic, so year 0000 or 1800 still gets a precise answer before the plausibility check.
int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

} // namespace

QChar IdNumber::checkDigit(QStringView first17)
{
    if (first17.size() != 17 || !isAsciiDigits(first17))
        return {};
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - u'0') * weights[i];
    return QLatin1Char("10X98765432"[sum % 11]);
}

QString IdNumber::upgrade15(const QString &fifteen)
{
    if (fifteen.size() != 15 || !isAsciiDigits(fifteen))
        return {};
    const QString first17 = fifteen.left(6) + QStringLiteral("19") + fifteen.mid(6);
    return first17 + checkDigit(first17);
}

QString IdNumber::clean(const QString &input)
{
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out.append(QChar(u'0' + (u - 0xFF10)));
        else if (u == u'x' || u == 0xFF38 || u == 0xFF58) // x, Ｘ, ｘ
            out.append(QLatin1Char('X'));
        else if (!c.isSpace()) // includes the ideographic space U+3000
            out.append(c);
    }
    return out;
}

QString IdNumber::mask(const QString &number)
{
    if (number.size() < 15)
        return QString(number.size(), QLatin1Char('*'));
    return number.left(6) + QString(number.size() - 10, QLatin1Char('*')) + number.right(4);
}

IdCheck IdNumber::check(const QString &input, const QDate &today)
{
    IdCheck r;
    const QString number = clean(input);
    r.normalized = number;
    const auto fail = [&r](const QString &reason) {
        r.reason = reason;
        return r;
    };

    if (number.isEmpty())
        return fail(QCoreApplication::translate("jy::IdNumber", "The ID number is empty"));
    const qsizetype length = number.size();
    if (length != 18 && length != 15)
        return fail(QCoreApplication::translate("jy::IdNumber", "An ID number has 18 characters (old numbers 15), this one has %1").arg(length));
    for (qsizetype i = 0; i < length; ++i) {
        const QChar c = number.at(i);
        if (isAsciiDigit(c) || (c == QLatin1Char('X') && length == 18 && i == 17))
            continue;
        if (c == QLatin1Char('X'))
            return fail(QCoreApplication::translate("jy::IdNumber", "X may only be the last of 18 characters, not character %1").arg(i + 1));
        return fail(QCoreApplication::translate("jy::IdNumber", "Character %1 is “%2”: only digits are allowed, and X as the last of 18")
                        .arg(i + 1).arg(c));
    }

    const RegionTable &regions = RegionTable::builtin();
    const QString region = number.left(6);
    const QString province = number.left(2);
    if (length == 18 && number.startsWith(QLatin1Char('9'))) {
        // 2023 card: 9, the province that accepted the application, a 3-digit nationality code.
        r.kind = IdCheck::Kind::ForeignPermanent;
        if (!regions.knowsProvince(number.mid(1, 2)))
            return fail(QCoreApplication::translate("jy::IdNumber", "Characters 2–3 of a foreign permanent residence card number must be a province code, %1 is not one")
                            .arg(number.mid(1, 2)));
    } else if (length == 18 && (province == QLatin1String("81") || province == QLatin1String("82")
                                || province == QLatin1String("83"))) {
        r.kind = IdCheck::Kind::HkMoTwResident;
        if (region.mid(2) != QLatin1String("0000"))
            return fail(QCoreApplication::translate("jy::IdNumber", "Residence permits of Hong Kong, Macao and Taiwan residents start with 810000, 820000 or 830000, not %1")
                            .arg(region));
    } else if (!regions.knowsProvince(province) || province == QLatin1String("81") || province == QLatin1String("82")) {
        // The table lists Hong Kong and Macao, but they issue no mainland (or 15-digit) numbers.
        return fail(QCoreApplication::translate("jy::IdNumber", "Unknown region code %1: %2 is not a province code").arg(region, province));
    }

    const int year = length == 18 ? digitsValue(QStringView(number).mid(6, 4)) : 1900 + digitsValue(QStringView(number).mid(6, 2));
    const qsizetype monthAt = length == 18 ? 10 : 8;
    const int month = digitsValue(QStringView(number).mid(monthAt, 2));
    const int day = digitsValue(QStringView(number).mid(monthAt + 2, 2));
    // Only the failures show it: built on demand, since imports check 200,000 valid numbers.
    const auto shown = [&] {
        return QStringLiteral("%1-%2-%3").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
    };
    if (month < 1 || month > 12)
        return fail(QCoreApplication::translate("jy::IdNumber", "The birth date %1 does not exist: there is no month %2").arg(shown()).arg(month));
    if (day < 1)
        return fail(QCoreApplication::translate("jy::IdNumber", "The birth date %1 does not exist: there is no day 00").arg(shown()));
    if (day > daysInMonth(year, month))
        return fail(QCoreApplication::translate("jy::IdNumber", "The birth date %1 does not exist: month %2 of %3 has only %4 days")
                        .arg(shown()).arg(month).arg(year).arg(daysInMonth(year, month)));
    if (year < 1900)
        return fail(QCoreApplication::translate("jy::IdNumber", "The birth date %1 is before 1900, which is implausible").arg(shown()));
    const QDate birth(year, month, day);
    if (birth > today)
        return fail(QCoreApplication::translate("jy::IdNumber", "The birth date %1 is in the future").arg(shown()));

    if (length == 18) {
        const QChar expected = checkDigit(QStringView(number).left(17));
        if (number.at(17) != expected)
            return fail(QCoreApplication::translate("jy::IdNumber", "The check digit should be %1").arg(expected));
    } else {
        r.normalized = upgrade15(number);
        r.upgradedFrom15 = true;
    }

    r.valid = true;
    r.birthDate = birth;
    const int sequence = r.normalized.at(16).unicode() - u'0';
    r.sex = sequence % 2 == 1 ? QStringLiteral("M") : QStringLiteral("F");
    r.regionCode = region;
    switch (r.kind) {
    case IdCheck::Kind::ForeignPermanent:
        r.regionName = QCoreApplication::translate("jy::IdNumber", "Foreign permanent resident");
        break;
    case IdCheck::Kind::HkMoTwResident:
        // 83 is the Taiwan permit prefix; the division table lists Taiwan under 71.
        r.regionName = regions.provinceName(province == QLatin1String("83") ? QStringLiteral("71") : province);
        break;
    case IdCheck::Kind::Mainland:
        r.regionName = regions.describe(region);
        break;
    }
    return r;
}

} // namespace jy
