#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace jy {

// CSV as Chinese offices write it: UTF-8, UTF-8 with BOM, or GB18030/GBK (what Chinese Excel
// saves by default); comma, semicolon or tab separated; quoted fields may hold line breaks.
class CsvReader
{
public:
    enum class Encoding { Utf8, Utf8WithBom, Gb18030 };

    static Encoding detectEncoding(const QByteArray &bytes);
    static QString decode(const QByteArray &bytes, Encoding *detected = nullptr);
    // Rows of fields; the delimiter is guessed from the first line when delimiter is null.
    static QList<QStringList> parse(const QString &text, QChar delimiter = QChar());
    static QChar guessDelimiter(const QString &text);
};

} // namespace jy
