#include "xlsxtestfiles.h"

#include "import/xlsxpart.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

// Damaged and hostile files: malformed XML, files that are not workbooks, zip bombs, limits,
// and tags split between two reads.
using namespace jy;
using namespace xlsxtest;

TEST_CASE("xlsx: malformed XML gives false and names the part", "[xlsx]")
{
    const QByteArray head = kXmlDecl + "<worksheet xmlns=\"" + kMain + "\"><sheetData>";
    for (const QByteArray &broken : {
             head + "<row><c><v>1</v></c></row>",                                            // cut short
             head + "<row><c><v>1</v></x></row></sheetData></worksheet>",                   // mismatched
             head + "<row><c r=\"A1><v>1</v></c></row></sheetData></worksheet>",            // open quote
             head + "<row><c r=A1><v>1</v></c></row></sheetData></worksheet>",              // unquoted
             head + "<row><c <v>1</v></c></row></sheetData></worksheet>",                   // bad tag
             head + "<row><c r=\"<\"/></row></sheetData></worksheet>",                       // '<' in a value
             head + "</sheetData></worksheet><worksheet/>",                                 // second root
             QByteArray("text before ") + head + "</sheetData></worksheet>",                 // text outside
             head + "<row><c><v>1</v></c></row></sheetData></worksheet>" + QByteArray(20, '\0'),
             QByteArray(),
         }) {
        INFO(broken.toStdString());
        XlsxReader reader;
        REQUIRE(reader.openData(oneSheetBook(broken)));
        const bool ok = reader.readSheet(0, [](int, const QStringList &) { return true; });
        // Past </sheetData> the sheet is not read, so a bad ending there is not noticed.
        if (broken.endsWith("<worksheet/>") || broken.endsWith(QByteArray(20, '\0'))) {
            CHECK(ok);
            continue;
        }
        CHECK_FALSE(ok);
        CHECK(reader.error().contains(QLatin1String("xl/worksheets/sheet1.xml")));
    }
}

TEST_CASE("xlsx: the result does not depend on where reads split the XML", "[xlsx]")
{
    QByteArray rows;
    for (int r = 1; r <= 30; ++r) {
        const QByteArray n = QByteArray::number(r);
        rows += "<x:row r=\"" + n + "\"><x:c r=\"A" + n + "\" t=\"s\"><x:v>" + QByteArray::number(r % 3) + "</x:v></x:c>"
            "<x:c r=\"C" + n + "\" s=\"1\"><x:v>" + QByteArray::number(32900 + r) + ".25</x:v></x:c>"
            "<!-- c --><x:c r='D" + n + "' t='inlineStr'><x:is><x:r><x:t>a&amp;b</x:t></x:r><x:rPh><x:t>no</x:t></x:rPh>"
            "<x:r><x:t><![CDATA[<" + n + ">]]></x:t></x:r></x:is></x:c></x:row>";
    }
    const QByteArray sheet = kXmlDecl + "<x:worksheet xmlns:x=\"" + kMain + "\"><x:sheetData>" + rows
        + "</x:sheetData><x:mergeCells count=\"2\"><x:mergeCell ref=\"B2:B4\"/><x:mergeCell ref=\"A30:B32\"/></x:mergeCells></x:worksheet>";
    const QByteArray sst = kXmlDecl + "<sst xmlns=\"" + kMain + "\"><si><t>零</t></si><si><r><t>一</t></r><rPh><t>x</t></rPh></si>"
        "<si><t xml:space=\"preserve\"> 二 </t></si></sst>";
    const QByteArray bytes = oneSheetBook(sheet, sst, styles({{180, "yyyy/m/d h:mm"}}, {0, 180}));

    const Rows expected = readBook(bytes);
    REQUIRE(expected.size() == 32);
    CHECK(expected.value(0) == sl({"一", "", "1990-01-28 06:00:00", "a&b<1>"}));
    CHECK(expected.value(29) == sl({"零", "零", "1990-02-26 06:00:00", "a&b<30>"})); // A30:B32 from A30
    CHECK(expected.value(31) == sl({"零", "零"}));
    for (int chunk : {1, 2, 3, 5, 7, 13, 64, 65, 100, 1000}) {
        INFO("read " << chunk << " bytes at a time");
        XlsxReader::setReadChunkForTesting(chunk);
        const Rows rowsRead = readBook(bytes);
        XlsxReader::setReadChunkForTesting(0);
        CHECK(rowsRead == expected);
    }
}

TEST_CASE("xlsx: a part unpacked ahead on a thread reads the same bytes, stops early and keeps its limit", "[xlsx]")
{
    QByteArray rows;
    for (int r = 1; r <= 400; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c t=\"inlineStr\"><is><t>第" + QByteArray::number(r) + "行</t></is></c></row>";
    const QByteArray sheet = worksheet(rows);
    const QByteArray book = oneSheetBook(sheet);
    const QString part = QStringLiteral("xl/worksheets/sheet1.xml");
    const auto readAll = [&](xlsx::PartStream &stream, qint64 pieces, QString *error) {
        QByteArray out;
        QByteArray buffer(pieces, Qt::Uninitialized);
        for (qint64 n; (n = stream.read(buffer.data(), pieces, error)) != 0;) {
            if (n < 0)
                return QByteArray("failed");
            out.append(buffer.constData(), n);
        }
        return out;
    };
    for (int chunk : {7, 1000}) {
        INFO("chunks of " << chunk << " bytes");
        XlsxReader::setReadChunkForTesting(chunk);
        zip_t *zip = xlsx::openPackage(QString(), book);
        REQUIRE(zip);
        QString error;
        {
            xlsx::PartStream ahead(zip, part, 1 << 30);
            REQUIRE(ahead.open(&error) == 1);
            ahead.readAhead();
            CHECK(readAll(ahead, 5, &error) == sheet);
            CHECK(readAll(ahead, 5, &error).isEmpty()); // and stays at the end
        }
        {
            // A read asking for more than a chunk gets it all, as from zip_fread: the XML scanner
            // relies on that to read a long token in one go rather than rescan it chunk by chunk.
            xlsx::PartStream ahead(zip, part, 1 << 30);
            REQUIRE(ahead.open(&error) == 1);
            ahead.readAhead();
            const qint64 want = 3 * chunk + 1;
            QByteArray buffer(want, Qt::Uninitialized);
            QByteArray out;
            for (qint64 n; (n = ahead.read(buffer.data(), want, &error)) > 0;) {
                out.append(buffer.constData(), n);
                if (out.size() < sheet.size())
                    CHECK(n == want);
            }
            CHECK(out == sheet);
        }
        {
            xlsx::PartStream leftHalfRead(zip, part, 1 << 30);
            REQUIRE(leftHalfRead.open(&error) == 1);
            leftHalfRead.readAhead();
            char first[10];
            CHECK(leftHalfRead.read(first, sizeof first, &error) > 0);
        } // its thread is waiting for room: the destructor must not hang
        {
            xlsx::PartStream limited(zip, part, sheet.size() / 2);
            REQUIRE(limited.open(&error) == -1); // the zip's own size is checked first
            limited.readAhead();
        }
        zip_close(zip);
        XlsxReader::setReadChunkForTesting(0);
    }
    // Through the reader: a caller that has enough stops it, and a header that understates the
    // size is caught while unpacking, on the thread.
    XlsxReader::setReadChunkForTesting(64);
    XlsxReader reader;
    REQUIRE(reader.openData(book));
    int seen = 0;
    CHECK(reader.readSheet(0, [&](int, const QStringList &) { return ++seen < 3; }));
    CHECK(seen == 3);
    QByteArray lying = book;
    patchUncompressedSize(lying, "xl/worksheets/sheet1.xml", quint32(sheet.size() / 2));
    REQUIRE(reader.openData(lying));
    CHECK_FALSE(reader.readSheet(0, [&](int, const QStringList &) { return true; }));
    CHECK(reader.error().contains(part));
    XlsxReader::setReadChunkForTesting(0);
}

TEST_CASE("xlsx: files that are not workbooks give false and a reason", "[xlsx]")
{
    XlsxReader reader;
    const auto refuses = [&](const QByteArray &bytes) {
        const bool opened = reader.openData(bytes);
        INFO(reader.error().toStdString());
        CHECK_FALSE(opened);
        CHECK_FALSE(reader.error().isEmpty());
        const QString why = reader.error();
        CHECK(reader.sheetNames().isEmpty());
        CHECK_FALSE(reader.readSheet(0, [](int, const QStringList &) { return true; }));
        return why;
    };
    refuses(QByteArray());
    refuses(QByteArray("姓名,电话\n张三,13812345678\n"));
    refuses(QByteArray("PK\x03\x04 this is not really a zip"));
    const QString xls = refuses(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    CHECK(xls.contains(QLatin1String(".xls")));

    const QByteArray good = oneSheetBook(worksheet("<row r=\"1\"><c><v>1</v></c></row>"));
    refuses(good.left(good.size() / 2));
    refuses(zipParts({{"hello.txt", "hello"}}));
    const QString ods = refuses(zipParts({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<x/>"}}));
    CHECK(ods.contains(QLatin1String(".ods")));
    refuses(zipParts({{"_rels/.rels", rootRels()}, {"xl/workbook.xml", "<workbook><sheets><sheet"}}));
    refuses(zipParts({{"_rels/.rels", rootRels()}, {"xl/workbook.xml", workbook({})}}));

    CHECK_FALSE(reader.open(QStringLiteral("/nonexistent/名单.xlsx")));
    CHECK(reader.error().contains(QStringLiteral("名单.xlsx")));
    QTemporaryDir dir;
    QFile text(dir.filePath(QStringLiteral("a.xlsx")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a zip");
    text.close();
    CHECK_FALSE(reader.open(text.fileName()));
    CHECK_FALSE(reader.error().isEmpty());

    // A readable workbook whose sheet is broken: the error names the part.
    REQUIRE(reader.openData(oneSheetBook(worksheet("<row r=\"1\"><c><v>1</v></row>"))));
    CHECK_FALSE(reader.readSheet(0, [](int, const QStringList &) { return true; }));
    CHECK(reader.error().contains(QLatin1String("xl/worksheets/sheet1.xml")));
    REQUIRE(reader.openData(oneSheetBook(worksheet("<row r=\"1\"><c><v>1</v></c></row>"), "<sst><si><t>x</si></sst>")));
    CHECK_FALSE(reader.readSheet(0, [](int, const QStringList &) { return true; }));
    CHECK(reader.error().contains(QLatin1String("xl/sharedStrings.xml")));
    // A sheet the rels point to but the zip lacks.
    REQUIRE(reader.openData(zipParts({{"_rels/.rels", rootRels()},
                                      {"xl/workbook.xml", workbook({{"Gone", "rId1"}})},
                                      {"xl/_rels/workbook.xml.rels", rels({{"worksheet", "worksheets/gone.xml"}})}})));
    CHECK_FALSE(reader.readSheet(0, [](int, const QStringList &) { return true; }));
    CHECK(reader.error().contains(QLatin1String("xl/worksheets/gone.xml")));
}

TEST_CASE("xlsx: a DTD with entity expansion is refused", "[xlsx]")
{
    const QByteArray laughs = kXmlDecl + "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
        "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
        "<worksheet xmlns=\"" + kMain + "\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>&d;&d;&d;</t></is></c></row></sheetData></worksheet>";
    XlsxReader reader;
    REQUIRE(reader.openData(oneSheetBook(laughs)));
    CHECK_FALSE(reader.readSheet(0, [](int, const QStringList &) { return true; }));
    CHECK(reader.error().contains(QLatin1String("xl/worksheets/sheet1.xml")));
}

TEST_CASE("xlsx: zip bombs and oversized contents are refused quickly", "[xlsx]")
{
    XlsxReader::Limits limits;
    limits.maxPartBytes = 1024 * 1024;

    // 40 MB of rows that deflate to a few hundred KB; the header tells the truth.
    QByteArray rows;
    rows.reserve(40 * 1024 * 1024);
    while (rows.size() < 40 * 1024 * 1024)
        rows += "<row><c><v>1</v></c></row>";
    const QByteArray honest = oneSheetBook(worksheet(rows));
    QElapsedTimer timer;
    timer.start();
    XlsxReader reader;
    reader.setLimits(limits);
    REQUIRE(reader.openData(honest));
    CHECK_FALSE(reader.readSheet(0, [](int, const QStringList &) { return true; }));
    CHECK(reader.error().contains(QLatin1String("xl/worksheets/sheet1.xml")));
    CHECK(timer.elapsed() < 2000);

    // The same with a header that claims 500 bytes: caught while inflating.
    QByteArray lying = honest;
    patchUncompressedSize(lying, "xl/worksheets/sheet1.xml", 500);
    timer.restart();
    reader.setLimits(XlsxReader::Limits());
    REQUIRE(reader.openData(lying));
    CHECK_FALSE(reader.readSheet(0, [](int, const QStringList &) { return true; }));
    CHECK(reader.error().contains(QLatin1String("xl/worksheets/sheet1.xml")));
    CHECK(timer.elapsed() < 2000);

    // A lying workbook part fails at open.
    QByteArray lyingBook = oneSheetBook(worksheet({}), {}, {}, QByteArray(100000, ' '));
    patchUncompressedSize(lyingBook, "xl/workbook.xml", 100);
    CHECK_FALSE(reader.openData(lyingBook));
    CHECK(reader.error().contains(QLatin1String("xl/workbook.xml")));

    // Tokens just under the 16 MB cap are read, and without rescanning them chunk after chunk.
    const QByteArray longName(12 * 1024 * 1024, 'n');
    REQUIRE(reader.openData(oneSheetBook(worksheet("<row r=\"1\"><c r=\"A1\" " + longName + "=\"1\"><v>7</v></c></row>"))));
    timer.restart();
    CHECK(readRows(reader) == Rows{{0, sl({"7"})}});
    CHECK(timer.elapsed() < 5000);

    // One text node of 20 MB: refused rather than held whole.
    QByteArray huge = worksheet("<row><c t=\"inlineStr\"><is><t>" + QByteArray(20 * 1024 * 1024, 'a') + "</t></is></c></row>");
    REQUIRE(reader.openData(oneSheetBook(huge)));
    CHECK_FALSE(reader.readSheet(0, [](int, const QStringList &) { return true; }));
    CHECK_FALSE(reader.error().isEmpty());
}

TEST_CASE("xlsx: limits on strings, columns, rows, cells and merges", "[xlsx]")
{
    XlsxReader reader;
    XlsxReader::Limits limits;
    limits.maxSharedStrings = 3;
    reader.setLimits(limits);
    REQUIRE(reader.openData(oneSheetBook(worksheet({}), sharedStrings({"a", "b", "c", "d"}))));
    CHECK_FALSE(reader.readSheet(0, [](int, const QStringList &) { return true; }));
    CHECK_FALSE(reader.error().isEmpty());
    REQUIRE(reader.openData(oneSheetBook(worksheet("<row><c t=\"s\"><v>2</v></c></row>"), sharedStrings({"a", "b", "c"}))));
    CHECK(readRows(reader) == Rows{{0, sl({"c"})}});

    // Cells far to the right are ignored rather than padded out to millions of columns.
    reader.setLimits(XlsxReader::Limits());
    REQUIRE(reader.openData(oneSheetBook(worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFE1\"><v>2</v></c>"
                                                   "<c r=\"ZZZZZZZZZZZZZZZ1\"><v>3</v></c><c><v>4</v></c></row>"
                                                   "<row r=\"2\"><c r=\"XFD2\"><v>5</v></c></row>"))));
    const Rows wide = readRows(reader);
    CHECK(wide.value(0) == sl({"1"}));
    CHECK(wide.value(1).size() == 16384);
    CHECK(wide.value(1).last() == QStringLiteral("5"));
    limits = XlsxReader::Limits();
    limits.maxColumns = 3;
    reader.setLimits(limits);
    CHECK(readRows(reader) == Rows{{0, sl({"1"})}});

    // A row past the limit is an error, not a silent cut.
    limits = XlsxReader::Limits();
    limits.maxRows = 10;
    reader.setLimits(limits);
    REQUIRE(reader.openData(oneSheetBook(worksheet("<row r=\"1\"><c><v>1</v></c></row><row r=\"11\"><c><v>1</v></c></row>"))));
    int count = 0;
    CHECK_FALSE(reader.readSheet(0, [&](int, const QStringList &) { return ++count, true; }));
    CHECK(count == 1);
    CHECK_FALSE(reader.error().isEmpty());
    REQUIRE(reader.openData(oneSheetBook(worksheet("<row r=\"99999999999999999999\"><c><v>1</v></c></row>"))));
    CHECK_FALSE(reader.readSheet(0, [](int, const QStringList &) { return true; }));

    // Far-right cells on many rows: the cells handed over are counted.
    limits = XlsxReader::Limits();
    limits.maxCells = 50000;
    reader.setLimits(limits);
    QByteArray farRight;
    for (int r = 1; r <= 10; ++r)
        farRight += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r) + "\"><v>1</v></c></row>";
    REQUIRE(reader.openData(oneSheetBook(worksheet(farRight))));
    count = 0;
    CHECK_FALSE(reader.readSheet(0, [&](int, const QStringList &) { return ++count, true; }));
    CHECK(count == 3); // 3 x 16,384 fit in 50,000
    CHECK(reader.error().contains(QLatin1String("xl/worksheets/sheet1.xml")));

    // A merge over the whole sheet would fill 17 billion cells.
    reader.setLimits(XlsxReader::Limits());
    REQUIRE(reader.openData(oneSheetBook(worksheet("<row r=\"1\"><c><v>1</v></c></row>",
                                                   "<mergeCells><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>"))));
    CHECK_FALSE(reader.readSheet(0, [](int, const QStringList &) { return true; }));
    CHECK(reader.error().contains(QLatin1String("xl/worksheets/sheet1.xml")));
    limits = XlsxReader::Limits();
    limits.maxMergedRanges = 2;
    reader.setLimits(limits);
    REQUIRE(reader.openData(oneSheetBook(worksheet({}, "<mergeCells><mergeCell ref=\"A1:A2\"/><mergeCell ref=\"B1:B2\"/>"
                                                       "<mergeCell ref=\"C1:C2\"/></mergeCells>"))));
    CHECK_FALSE(reader.readSheet(0, [](int, const QStringList &) { return true; }));
}
