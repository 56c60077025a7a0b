#include "import/cellvalue.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::CellValue", text); }
} // namespace

QString CellValue::halfWidth(const QString &text)
{
    // Most cells have nothing full-width: trimming shares the text instead of copying it.
    const bool plain = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0xFF01 && u <= 0xFF5E) || u == 0x3000;
    });
    if (plain)
        return text.trimmed();
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out.trimmed();
}

bool CellValue::isScientificNotation(const QString &text)
{
    // Nearly every cell asked about has no exponent at all.
    const bool exponent = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u == u'e' || u == u'E' || u == 0xFF45 || u == 0xFF25; // full-width ｅ Ｅ too
    });
    if (!exponent)
        return false;
    static const QRegularExpression scientific(QStringLiteral("^\\d+(\\.\\d+)?[eE]\\+?\\d+$"));
    return scientific.match(halfWidth(text)).hasMatch();
}

QDate CellValue::parseDate(const QString &input, QString *reason)
{
    const QString text = halfWidth(input);
    const auto fail = [&](const QString &why) {
        if (reason)
            *reason = why;
        return QDate();
    };
    if (text.isEmpty())
        return fail(tr("The date is empty."));

    // 1950-03-02, as .xlsx date cells read back, without the expressions below.
    if (text.size() == 10 && text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-')) {
        int digits[8];
        int k = 0;
        for (qsizetype i = 0; i < 10 && k <= 8; ++i) {
            if (i == 4 || i == 7)
                continue;
            const char16_t u = text.at(i).unicode();
            if (u < u'0' || u > u'9')
                break;
            digits[k++] = u - u'0';
        }
        if (k == 8) {
            const QDate date(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], digits[4] * 10 + digits[5],
                             digits[6] * 10 + digits[7]);
            if (!date.isValid())
                return fail(tr("The date %1 does not exist.").arg(text));
            return date;
        }
    }

    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*(?:[./\\-]|年)\\s*(\\d{1,2})\\s*(?:[./\\-]|月)\\s*(\\d{1,2})\\s*日?"
                       // a midnight time part, as date cells read back from .xlsx may carry
                       "(?:[ T]0?0:00(?::00)?)?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{1,5}(\\.\\d+)?$"));

    int year = 0, month = 0, day = 0;
    QRegularExpressionMatch m = separated.match(text);
    if (!m.hasMatch())
        m = compact.match(text);
    if (m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else if (serial.match(text).hasMatch()) {
        // Excel counts days from 1899-12-30 (its 1900 leap-year bug included).
        const int days = int(text.toDouble());
        if (days < 1 || days > 80000)
            return fail(tr("%1 is not a date.").arg(text));
        return QDate(1899, 12, 30).addDays(days);
    } else {
        return fail(tr("%1 is not a date: write it as 1950-03-02.").arg(text));
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return fail(tr("The date %1 does not exist.").arg(text));
    return date;
}

} // namespace jy
