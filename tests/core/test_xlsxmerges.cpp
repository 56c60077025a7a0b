#include "xlsxtestfiles.h"

#include <QTemporaryDir>

// Merged ranges: the top-left value repeated in every covered cell.
using namespace jy;
using namespace xlsxtest;

TEST_CASE("xlsx: merged ranges repeat their top-left value", "[xlsx]")
{
    const QByteArray sheet = worksheet(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>标题</t></is></c><c r=\"B1\" s=\"0\"/><c r=\"C1\" s=\"0\"/></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>户主</t></is></c><c r=\"B2\"><v>1</v></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>幸福里3号</t></is></c><c r=\"B3\"><v>2</v></c></row>"
        "<row r=\"4\"><c r=\"B4\"><v>3</v></c><c r=\"C4\" t=\"inlineStr\"><is><t>旧值</t></is></c></row>"
        "<row r=\"8\"><c r=\"B8\" t=\"inlineStr\"><is><t>x</t></is></c></row>",
        "<mergeCells count=\"4\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"A3:A6\"/><mergeCell ref=\"C3:C4\"/>"
        "<mergeCell ref=\"D8:E10\"/></mergeCells>");
    // C3:C4 has an empty corner, so C4's stale text is not shown; D8:E10 is empty everywhere.
    CHECK(readBook(oneSheetBook(sheet)) == Rows{{0, sl({"标题", "标题", "标题"})},
                                                {1, sl({"户主", "1"})},
                                                {2, sl({"幸福里3号", "2"})},
                                                {3, sl({"幸福里3号", "3"})},
                                                {4, sl({"幸福里3号"})},
                                                {5, sl({"幸福里3号"})},
                                                {7, sl({"", "x"})}});
}

TEST_CASE("xlsx: merges after a sheet larger than one read chunk", "[xlsx]")
{
    QByteArray rows;
    for (int r = 1; r <= 20000; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"B" + QByteArray::number(r) + "\"><v>" + QByteArray::number(r)
            + "</v></c></row>";
    rows += "<row r=\"20001\"><c r=\"A20001\" t=\"inlineStr\"><is><t>尾</t></is></c></row>";
    // Pad so that "<mergeCells" is likely split across a 256 KiB boundary somewhere in one of the runs.
    for (int pad = 0; pad < 3; ++pad) {
        const QByteArray sheet = worksheet(rows + QByteArray(pad * 3, ' '),
                                           "<mergeCells count=\"1\"><mergeCell ref=\"A20001:A20002\"/></mergeCells>");
        REQUIRE(sheet.size() > 3 * 256 * 1024);
        const Rows read = readBook(oneSheetBook(sheet));
        REQUIRE(read.size() == 20002);
        CHECK(read.value(19999) == sl({"", "20000"}));
        CHECK(read.value(20001) == sl({"尾"}));
    }

    // A split exactly inside the tag: find where the data starts and place the tag across the boundary.
    const QByteArray tag = "<mergeCells count=\"1\">";
    const QByteArray head = kXmlDecl + "<worksheet xmlns=\"" + kMain + "\"><dimension ref=\"A1\"/><sheetData>";
    QByteArray body = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>";
    const qsizetype fill = 256 * 1024 - head.size() - body.size() - QByteArray("</t></is></c></row></sheetData>").size() - 4;
    body += QByteArray(fill, 'z') + "</t></is></c></row>";
    const QByteArray sheet = head + body + "</sheetData>" + tag + "<mergeCell ref=\"A1:A2\"/></mergeCells></worksheet>";
    REQUIRE(sheet.indexOf(tag) < 256 * 1024);
    REQUIRE(sheet.indexOf(tag) + tag.size() > 256 * 1024);
    const Rows read = readBook(oneSheetBook(sheet));
    REQUIRE(read.size() == 2);
    CHECK(read.value(1).value(0).size() == fill);
}

TEST_CASE("xlsx: a column merged over a long sheet reads the same whether its ranges were known before or found meanwhile", "[xlsx]")
{
    // The roster's 社区 column merged from the first person to the last, and a range below the
    // last row the XML has: the ranges come after 40,000 rows. Read with the usual limits and
    // with only 1,000 cells held back while the thread looks for them.
    QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>社区</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>"
                      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>魅力社区</t></is></c><c r=\"B2\"><v>2</v></c></row>";
    for (int r = 3; r <= 40000; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"B" + QByteArray::number(r) + "\"><v>" + QByteArray::number(r) + "</v></c></row>";
    const QByteArray book = oneSheetBook(
        worksheet(rows, "<mergeCells count=\"2\"><mergeCell ref=\"A2:A40000\"/><mergeCell ref=\"C40002:D40003\"/></mergeCells>"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("merged.xlsx"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(book);
    }

    jy::XlsxReader fromMemory;
    REQUIRE(fromMemory.openData(book));
    const Rows found = readRows(fromMemory); // ranges found by the thread
    jy::XlsxReader::Limits shortWait;
    shortWait.maxPendingCells = 1000;
    jy::XlsxReader waiting;
    waiting.setLimits(shortWait);
    REQUIRE(waiting.openData(book));
    CHECK(readRows(waiting) == found);
    REQUIRE(found.size() == 40000);
    CHECK(found.value(0) == sl({"社区", "姓名"}));
    CHECK(found.value(1) == sl({"魅力社区", "2"}));
    CHECK(found.value(39999) == sl({"魅力社区", "40000"}));
    CHECK(readRows(fromMemory) == found); // ranges remembered from the first read

    jy::XlsxReader fromFile;
    REQUIRE(fromFile.open(path)); // the thread opens the file itself
    CHECK(readRows(fromFile) == found);

    // A caller that stops early gets its rows, merged, and no error.
    jy::XlsxReader early;
    REQUIRE(early.open(path));
    int seen = 0;
    QStringList tenth;
    CHECK(early.readSheet(0, [&](int, const QStringList &cells) {
        tenth = cells;
        return ++seen < 10;
    }));
    CHECK(seen == 10);
    CHECK(tenth == sl({"魅力社区", "10"}));
    CHECK(early.error().isEmpty());
}
