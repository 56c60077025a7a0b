#include "import/csvreader.h"

#include <QStringDecoder>

namespace jy {

CsvReader::Encoding CsvReader::detectEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Encoding::Utf8WithBom;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString text = utf8.decode(bytes);
    // GBK bytes are almost never valid UTF-8, so a clean UTF-8 decode settles it.
    return utf8.hasError() ? Encoding::Gb18030 : Encoding::Utf8;
}

QString CsvReader::decode(const QByteArray &bytes, Encoding *detected)
{
    const Encoding encoding = detectEncoding(bytes);
    if (detected)
        *detected = encoding;
    switch (encoding) {
    case Encoding::Utf8WithBom:
        return QString::fromUtf8(bytes.mid(3));
    case Encoding::Utf8:
        return QString::fromUtf8(bytes);
    case Encoding::Gb18030: {
        QStringDecoder gb("GB18030");
        if (gb.isValid())
            return gb.decode(bytes);
        return QString::fromUtf8(bytes); // a Qt without ICU: show replacement characters rather than nothing
    }
    }
    return {};
}

QChar CsvReader::guessDelimiter(const QString &text)
{
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const QStringView firstLine = QStringView(text).left(lineEnd < 0 ? text.size() : lineEnd);
    QChar best = QLatin1Char(',');
    qsizetype bestCount = 0;
    for (QChar candidate : {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')}) {
        const qsizetype n = firstLine.count(candidate);
        if (n > bestCount) {
            best = candidate;
            bestCount = n;
        }
    }
    return best;
}

QList<QStringList> CsvReader::parse(const QString &text, QChar delimiter)
{
    if (delimiter.isNull())
        delimiter = guessDelimiter(text);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

} // namespace jy
