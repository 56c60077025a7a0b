#include "import/addressparser.h"
#include "import/cellvalue.h"

#include <QRegularExpression>

namespace jy {

AddressParts AddressParts::parse(const QString &input)
{
    static const QRegularExpression address(QStringLiteral(
        "^(.*?)\\s*([0-9]+[A-Za-z]?|[A-Za-z])\\s*(?:号楼|栋|幢|号|座|#|-)\\s*"
        "(?:([0-9]+)\\s*(?:单元|-)\\s*)?(?:([0-9]+)\\s*(?:室|号|户)?)?$"));
    const QString text = CellValue::halfWidth(input);
    const QRegularExpressionMatch m = address.match(text);
    AddressParts parts;
    if (!m.hasMatch())
        return parts;
    parts.estate = m.captured(1).trimmed();
    parts.building = m.captured(2).toUpper();
    parts.unit = m.captured(3);
    parts.room = m.captured(4);
    return parts;
}

QString AddressParts::number(const QString &input)
{
    // What ^([0-9]+[A-Za-z]?|[A-Za-z])\s*(?:号楼|栋|幢|号|座|#|单元|室|户)?$ matches, by hand: three
    // cells of every row of a street's roster come here (tests compare it with the expression).
    const QString text = CellValue::halfWidth(input);
    const auto digit = [](char16_t u) { return u >= u'0' && u <= u'9'; };
    const auto letter = [](char16_t u) { return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z'); };
    const auto space = [](char16_t u) { return u == u' ' || (u >= u'\t' && u <= u'\r'); };
    const qsizetype n = text.size();
    const char16_t *s = reinterpret_cast<const char16_t *>(text.constData());
    qsizetype i = 0;
    if (i < n && digit(s[i])) {
        while (i < n && digit(s[i]))
            ++i;
        if (i < n && letter(s[i]))
            ++i;
    } else if (i < n && letter(s[i])) {
        ++i;
    } else {
        return text;
    }
    const qsizetype numberEnd = i;
    while (i < n && space(s[i]))
        ++i;
    const QStringView suffix = QStringView(text).mid(i);
    static const char16_t *const suffixes[] = {u"", u"号楼", u"栋", u"幢", u"号", u"座", u"#", u"单元", u"室", u"户"};
    for (const char16_t *known : suffixes) {
        if (suffix == QStringView(known))
            return numberEnd == n ? text.toUpper() : text.left(numberEnd).toUpper();
    }
    return text;
}

} // namespace jy
