// libFuzzer target: CSV bytes from anywhere through detection, decoding and parsing.
#include "import/csvreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = jy::CsvReader::decode(bytes);
    const QChar delimiter = jy::CsvReader::guessDelimiter(text);
    const QList<QStringList> rows = jy::CsvReader::parse(text);
    // Guessing inside parse() and outside must agree.
    if (jy::CsvReader::parse(text, delimiter) != rows)
        std::abort();
    // No field can be longer than the text it came from.
    for (const QStringList &row : rows) {
        for (const QString &field : row) {
            if (field.size() > text.size())
                std::abort();
        }
    }
    return 0;
}
