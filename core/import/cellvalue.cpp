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
