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
    static const QRegularExpression suffixed(QStringLiteral("^([0-9]+[A-Za-z]?|[A-Za-z])\\s*(?:号楼|栋|幢|号|座|#|单元|室|户)?$"));
    const QString text = CellValue::halfWidth(input);
    const QRegularExpressionMatch m = suffixed.match(text);
    return m.hasMatch() ? m.captured(1).toUpper() : text;
}

} // namespace jy
