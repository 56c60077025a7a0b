#pragma once
#include <QStringView>

namespace jy {

// ASCII digits only (QChar::isDigit would also accept full-width and other scripts' digits).
inline bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// True for a non-empty run of ASCII digits.
inline bool isAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return !text.isEmpty();
}

} // namespace jy
