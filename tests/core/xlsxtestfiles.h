#pragma once
// Packages built by hand and small readers shared by the XlsxReader tests (test_xlsx*.cpp).
#include <catch2/catch.hpp>

#include "import/xlsxreader.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QMap>
#include <QStringList>

#include <zip.h>

#include <initializer_list>
#include <string>
#include <utility>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch

namespace xlsxtest {

inline QStringList sl(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

struct Part
{
    QByteArray name;
    QByteArray data;
};

// A package built by hand, for what libxlsxwriter never writes. When JIAYUAN_XLSX_SEED_DIR is
// set, each one is also saved there (that is how tests/fuzz/corpus/xlsx was made).
inline QByteArray zipParts(const QList<Part> &parts, zip_int32_t method = ZIP_CM_DEFLATE)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    REQUIRE(buffer != nullptr);
    zip_source_keep(buffer);
    zip_t *zip = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    REQUIRE(zip != nullptr);
    for (const Part &part : parts) {
        zip_source_t *source = zip_source_buffer(zip, part.data.constData(), zip_uint64_t(part.data.size()), 0);
        REQUIRE(source != nullptr);
        const zip_int64_t index = zip_file_add(zip, part.name.constData(), source, ZIP_FL_ENC_UTF_8);
        REQUIRE(index >= 0);
        zip_set_file_compression(zip, zip_uint64_t(index), method, 0);
    }
    REQUIRE(zip_close(zip) == 0);
    zip_stat_t st;
    REQUIRE(zip_source_stat(buffer, &st) == 0);
    QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
    REQUIRE(zip_source_open(buffer) == 0);
    REQUIRE(zip_source_read(buffer, bytes.data(), st.size) == zip_int64_t(st.size));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);

    const QString seedDir = qEnvironmentVariable("JIAYUAN_XLSX_SEED_DIR");
    if (!seedDir.isEmpty() && bytes.size() < 8192) {
        QFile seed(QDir(seedDir).filePath(QString::number(qHash(bytes), 16) + QLatin1String(".xlsx")));
        if (seed.open(QIODevice::WriteOnly))
            seed.write(bytes);
    }
    return bytes;
}

inline const QByteArray kMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
inline const QByteArray kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline const QByteArray kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

inline QByteArray rels(const QList<std::pair<QByteArray, QByteArray>> &typeAndTarget)
{
    QByteArray xml = kXmlDecl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    int id = 0;
    for (const auto &[type, target] : typeAndTarget)
        xml += "<Relationship Id=\"rId" + QByteArray::number(++id) + "\" Type=\"" + kRel + '/' + type + "\" Target=\"" + target + "\"/>";
    return xml + "</Relationships>";
}

inline QByteArray rootRels()
{
    return rels({{"officeDocument", "xl/workbook.xml"}});
}

// sheets: name → relationship id
inline QByteArray workbook(const QList<std::pair<QByteArray, QByteArray>> &sheets, const QByteArray &before = {})
{
    QByteArray xml = kXmlDecl + "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel + "\">" + before + "<sheets>";
    int n = 0;
    for (const auto &[name, rid] : sheets)
        xml += "<sheet name=\"" + name + "\" sheetId=\"" + QByteArray::number(++n) + "\" r:id=\"" + rid + "\"/>";
    return xml + "</sheets></workbook>";
}

inline QByteArray worksheet(const QByteArray &rows, const QByteArray &after = {})
{
    return kXmlDecl + "<worksheet xmlns=\"" + kMain + "\"><dimension ref=\"A1\"/><sheetData>" + rows + "</sheetData>" + after
        + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>";
}

inline QByteArray sharedStrings(const QList<QByteArray> &items)
{
    QByteArray xml = kXmlDecl + "<sst xmlns=\"" + kMain + "\" count=\"" + QByteArray::number(items.size()) + "\" uniqueCount=\""
        + QByteArray::number(items.size()) + "\">";
    for (const QByteArray &item : items)
        xml += item.startsWith('<') ? "<si>" + item + "</si>" : "<si><t>" + item + "</t></si>";
    return xml + "</sst>";
}

// numFmts: id → format code (XML-escaped); xfs: the numFmtId of each cellXfs entry.
inline QByteArray styles(const QList<std::pair<int, QByteArray>> &numFmts, const QList<int> &xfs)
{
    QByteArray xml = kXmlDecl + "<styleSheet xmlns=\"" + kMain + "\">";
    if (!numFmts.isEmpty()) {
        xml += "<numFmts count=\"" + QByteArray::number(numFmts.size()) + "\">";
        for (const auto &[id, code] : numFmts)
            xml += "<numFmt numFmtId=\"" + QByteArray::number(id) + "\" formatCode=\"" + code + "\"/>";
        xml += "</numFmts>";
    }
    xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs count=\"" + QByteArray::number(xfs.size()) + "\">";
    for (int id : xfs)
        xml += "<xf numFmtId=\"" + QByteArray::number(id) + "\" xfId=\"0\" applyNumberFormat=\"1\"/>";
    // A differential format must not be mistaken for a cell format.
    return xml + "</cellXfs><dxfs count=\"1\"><dxf><numFmt numFmtId=\"0\" formatCode=\"yyyy\"/></dxf></dxfs></styleSheet>";
}

// One sheet with optional shared strings, styles and workbook properties.
inline QByteArray oneSheetBook(const QByteArray &sheetXml, const QByteArray &sst = {}, const QByteArray &stylesXml = {},
                               const QByteArray &workbookBefore = {})
{
    QList<std::pair<QByteArray, QByteArray>> wbRels{{"worksheet", "worksheets/sheet1.xml"}};
    QList<Part> parts{{"_rels/.rels", rootRels()},
                      {"xl/workbook.xml", workbook({{"Sheet1", "rId1"}}, workbookBefore)},
                      {"xl/worksheets/sheet1.xml", sheetXml}};
    if (!sst.isEmpty()) {
        wbRels.append(std::pair<QByteArray, QByteArray>("sharedStrings", "sharedStrings.xml"));
        parts.append({"xl/sharedStrings.xml", sst});
    }
    if (!stylesXml.isEmpty()) {
        wbRels.append(std::pair<QByteArray, QByteArray>("styles", "styles.xml"));
        parts.append({"xl/styles.xml", stylesXml});
    }
    parts.append({"xl/_rels/workbook.xml.rels", rels(wbRels)});
    return zipParts(parts);
}

using Rows = QMap<int, QStringList>;

inline Rows readRows(jy::XlsxReader &reader, int sheet = 0)
{
    Rows rows;
    const bool ok = reader.readSheet(sheet, [&](int row, const QStringList &cells) {
        CHECK_FALSE(rows.contains(row));
        rows.insert(row, cells);
        return true;
    });
    INFO(reader.error().toStdString());
    REQUIRE(ok);
    CHECK(reader.error().isEmpty());
    return rows;
}

inline Rows readBook(const QByteArray &bytes, int sheet = 0)
{
    jy::XlsxReader reader;
    INFO(reader.error().toStdString());
    REQUIRE(reader.openData(bytes));
    return readRows(reader, sheet);
}

// Sets a stored entry's uncompressed size in both zip headers, as a lying zip bomb does.
inline void patchUncompressedSize(QByteArray &zip, const QByteArray &name, quint32 size)
{
    const auto put32 = [&](qsizetype at) {
        for (int i = 0; i < 4; ++i)
            zip[at + i] = char((size >> (8 * i)) & 0xFF);
    };
    const auto get16 = [&](qsizetype at) { return int(uchar(zip[at])) | (int(uchar(zip[at + 1])) << 8); };
    int patched = 0;
    for (qsizetype at = 0; (at = zip.indexOf("PK\x03\x04", at)) >= 0; ++at) {
        if (zip.mid(at + 30, get16(at + 26)) == name) {
            put32(at + 22);
            ++patched;
        }
    }
    for (qsizetype at = 0; (at = zip.indexOf("PK\x01\x02", at)) >= 0; ++at) {
        if (zip.mid(at + 46, get16(at + 28)) == name) {
            put32(at + 24);
            ++patched;
        }
    }
    REQUIRE(patched == 2);
}

} // namespace xlsxtest
