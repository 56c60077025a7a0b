#include "xlsxtestfiles.h"

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
