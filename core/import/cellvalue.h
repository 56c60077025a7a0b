#pragma once
#include <QDate>
#include <QString>

namespace jy {

// Normalises what people type into spreadsheet cells: full-width characters, dates written
// five ways, Excel serial dates, and ID numbers that Excel has mangled.
class CellValue
{
public:
    // Full-width ASCII (Ｆ１２３) → half-width, ideographic space → space, then trimmed.
    static QString halfWidth(const QString &text);

    // 1950.3.2, 1950年3月2日, 19500302, 1950/3/2, 1950-03-02, or an Excel serial day number.
    // An invalid QDate with *reason set when the text is not a real date.
    static QDate parseDate(const QString &text, QString *reason = nullptr);

    // Excel shows long digit runs as 2.10211E+17: the last digits are gone for good.
    static bool isScientificNotation(const QString &text);
};

} // namespace jy
