#pragma once
#include <QByteArrayView>
#include <QString>
#include <QStringView>

// What a cell's stored bytes mean as text: cell references, number formats, dates and times.
// Internal to XlsxReader.
namespace jy::xlsx {

enum class NumKind : quint8 { Number, Date, DateTime, Time };
enum class CellType : quint8 { Number, Shared, Inline, Str, Bool, Error, IsoDate };

// "BC12" → column 54, row 11 (0-based); -1 for a part that is missing. Saturates instead of overflowing.
bool parseCellRef(QByteArrayView ref, qint64 *col, qint64 *row);

// Excel's _xHHHH_ escapes for characters XML cannot carry (a carriage return is _x000D_).
void decodeEscapes(QString &text);

NumKind builtinKind(int id);

// Date and time codes outside "quoted text", \escapes and [brackets] such as [$-F800] or [Red].
NumKind formatKind(QStringView code);

// Digits written by hand: QDate/QTime::toString parse their format on every call, which was
// a third of the time for a sheet with a date column.
void putDigits(char16_t *out, int value, int width);
QString isoDate(int year, int month, int day);
QString clockTime(qint64 seconds);

// Days since 1970-01-01 → proleptic Gregorian date (Howard Hinnant's civil_from_days).
void civilFromDays(qint64 z, int *year, int *month, int *day);

// An Excel serial number as a date or time; a null string when it is not one.
QString serialToText(QByteArrayView raw, NumKind kind, bool date1904);

// t="d" cells hold ISO 8601 text: 2020-01-02T00:00:00 → 2020-01-02.
QString isoCellToText(QStringView raw);

} // namespace jy::xlsx
