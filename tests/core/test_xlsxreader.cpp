#include "xlsxtestfiles.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <xlsxwriter.h>

// Cells, sheets, strings, dates and numbers; merged cells are in test_xlsxmerges.cpp, damaged
// files, limits and read-chunk splitting in test_xlsxlimits.cpp.
using namespace jy;
using namespace xlsxtest;

TEST_CASE("xlsx: a roster written by libxlsxwriter", "[xlsx]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("名单.xlsx"));
    {
        lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
        REQUIRE(book != nullptr);
        lxw_worksheet *roster = workbook_add_worksheet(book, "名单");
        lxw_worksheet *notes = workbook_add_worksheet(book, "说明");
        lxw_format *isoDate = workbook_add_format(book);
        format_set_num_format(isoDate, "yyyy-mm-dd");
        lxw_format *chineseDate = workbook_add_format(book);
        format_set_num_format(chineseDate, "yyyy\"年\"m\"月\"d\"日\"");
        lxw_format *builtinDate = workbook_add_format(book);
        format_set_num_format_index(builtinDate, 14);
        lxw_format *stamp = workbook_add_format(book);
        format_set_num_format(stamp, "yyyy-mm-dd hh:mm");
        lxw_format *bold = workbook_add_format(book);
        format_set_bold(bold);

        worksheet_merge_range(roster, 0, 0, 0, 5, "幸福社区居民名单", nullptr);
        int col = 0;
        for (const char *header : {"姓名", "身份证号", "电话", "出生日期", "登记时间", "户"})
            worksheet_write_string(roster, 1, lxw_col_t(col++), header, nullptr);
        lxw_datetime born{1990, 3, 7, 0, 0, 0};
        lxw_datetime registered{2024, 5, 6, 8, 30, 0};
        worksheet_write_string(roster, 2, 0, "张三", nullptr);
        worksheet_write_string(roster, 2, 1, "21021119900307123X", nullptr);
        worksheet_write_number(roster, 2, 2, 13812345678.0, nullptr);
        worksheet_write_datetime(roster, 2, 3, &born, isoDate);
        worksheet_write_datetime(roster, 2, 4, &registered, stamp);
        worksheet_merge_range(roster, 2, 5, 3, 5, "一号户", nullptr); // F4 is not written at all
        lxw_datetime born2{1985, 12, 1, 0, 0, 0};
        lxw_datetime registered2{2024, 5, 6, 0, 0, 0};
        worksheet_write_string(roster, 3, 0, "李四", nullptr);
        worksheet_write_string(roster, 3, 1, "210211199003071234", nullptr);
        worksheet_write_number(roster, 3, 2, 2.10211e17, nullptr);
        worksheet_write_datetime(roster, 3, 3, &born2, chineseDate);
        worksheet_write_datetime(roster, 3, 4, &registered2, stamp);
        worksheet_write_string(roster, 5, 0, "王五", nullptr);
        worksheet_write_number(roster, 5, 2, 0.5, nullptr);
        worksheet_write_number(roster, 5, 3, 59, builtinDate);
        worksheet_write_boolean(roster, 5, 4, 1, nullptr);

        lxw_rich_string_tuple first{bold, const_cast<char *>("加粗")};
        lxw_rich_string_tuple second{nullptr, const_cast<char *>("普通")};
        lxw_rich_string_tuple *fragments[] = {&first, &second, nullptr};
        worksheet_write_rich_string(notes, 0, 0, fragments, nullptr);
        worksheet_write_formula_num(notes, 1, 0, "=1+1", nullptr, 2);
        worksheet_write_formula_str(notes, 2, 0, "=\"a\"&\"b\"", nullptr, "ab");
        REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    }

    XlsxReader reader;
    REQUIRE(reader.open(path));
    CHECK(reader.sheetNames() == sl({"名单", "说明"}));

    const Rows rows = readRows(reader, 0);
    CHECK(rows.keys() == QList<int>{0, 1, 2, 3, 5});
    CHECK(rows.value(0) == QStringList(6, QStringLiteral("幸福社区居民名单")));
    CHECK(rows.value(1) == sl({"姓名", "身份证号", "电话", "出生日期", "登记时间", "户"}));
    CHECK(rows.value(2) == sl({"张三", "21021119900307123X", "13812345678", "1990-03-07", "2024-05-06 08:30:00", "一号户"}));
    CHECK(rows.value(3) == sl({"李四", "210211199003071234", "2.10211E+17", "1985-12-01", "2024-05-06", "一号户"}));
    CHECK(rows.value(5) == sl({"王五", "", "0.5", "1900-02-28", "TRUE"}));

    CHECK(readRows(reader, 1) == Rows{{0, sl({"加粗普通"})}, {1, sl({"2"})}, {2, sl({"ab"})}});

    const QList<QStringList> preview = reader.preview(0, 5);
    REQUIRE(preview.size() == 4); // row 4 is absent and row 5 is past the preview
    CHECK(preview.at(1).value(0) == QStringLiteral("姓名"));
    CHECK(preview.at(3).value(2) == QStringLiteral("2.10211E+17"));
    const QList<QStringList> longer = reader.preview(0, 100);
    REQUIRE(longer.size() == 6);
    CHECK(longer.at(4).isEmpty());
    CHECK(longer.at(5).value(0) == QStringLiteral("王五"));
}

TEST_CASE("xlsx: libxlsxwriter's constant-memory mode writes inline strings", "[xlsx]")
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("big.xlsx")));
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook *book = workbook_new_opt(path.constData(), &options);
    lxw_worksheet *sheet = workbook_add_worksheet(book, nullptr);
    for (int row = 0; row < 3000; ++row) {
        worksheet_write_string(sheet, lxw_row_t(row), 0, QStringLiteral("居民%1").arg(row).toUtf8().constData(), nullptr);
        worksheet_write_number(sheet, lxw_row_t(row), 3, row * 1.5, nullptr);
    }
    REQUIRE(workbook_close(book) == LXW_NO_ERROR);

    XlsxReader reader;
    REQUIRE(reader.open(QFile::decodeName(path)));
    CHECK(reader.sheetNames() == sl({"Sheet1"}));
    const Rows rows = readRows(reader);
    REQUIRE(rows.size() == 3000);
    CHECK(rows.value(0) == sl({"居民0", "", "", "0"}));
    CHECK(rows.value(2999) == sl({"居民2999", "", "", "4498.5"}));
}

TEST_CASE("xlsx: inline strings, rich text runs and phonetic runs", "[xlsx]")
{
    const QByteArray sst = sharedStrings({
        "张三",
        "<r><rPr><b/><sz val=\"11\"/></rPr><t>幸福</t></r><r><t xml:space=\"preserve\"> 社区</t></r>",
        "<t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/>",
        "a &amp; b &lt;c&gt;",
        "<t>line_x000D_\nbreak _x005F_x0041_</t>",
    });
    const QByteArray sheet = worksheet(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
        "<c r=\"D1\" t=\"s\"><v>3</v></c><c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>99</v></c></row>"
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>李四</t></is></c>"
        "<c r=\"B2\" t=\"inlineStr\"><is><r><t>甲</t></r><r><rPr><i/></rPr><t>乙</t></r><rPh><t>x</t></rPh></is></c>"
        "<c r=\"C2\" t=\"str\"><f>A2&amp;\"!\"</f><v>李四!</v></c><c r=\"D2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
        "<c r=\"E2\" t=\"b\"><v>0</v></c><c r=\"F2\" t=\"d\"><v>2021-07-01T00:00:00</v></c>"
        "<c r=\"G2\" t=\"d\"><v>2021-07-01T13:45:10Z</v></c></row>");
    const Rows rows = readBook(oneSheetBook(sheet, sst));
    REQUIRE(rows.size() == 2);
    // Shared string 99 does not exist: an empty cell, not a crash.
    CHECK(rows.value(0) == sl({"张三", "幸福 社区", "東京", "a & b <c>", "line\r\nbreak _x0041_"}));
    CHECK(rows.value(1) == sl({"李四", "甲乙", "李四!", "#DIV/0!", "FALSE", "2021-07-01", "2021-07-01 13:45:10"}));
}

TEST_CASE("xlsx: rows and cells without r attributes follow each other", "[xlsx]")
{
    const QByteArray sheet = worksheet("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>1</v></c></row>"
                                       "<row><c/><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
                                       "<row r=\"7\"><c r=\"C7\"><v>3</v></c><c><v>4</v></c></row>"
                                       "<row><c><v>5</v></c></row>"
                                       "<row r=\"9\" customFormat=\"1\" s=\"1\"><c r=\"A9\" s=\"1\"/></row>");
    CHECK(readBook(oneSheetBook(sheet)) == Rows{{0, sl({"a", "1"})}, {1, sl({"", "b"})}, {6, sl({"", "", "3", "4"})}, {7, sl({"5"})}});
}

TEST_CASE("xlsx: a namespace prefix on every element", "[xlsx]")
{
    const QByteArray sheet = kXmlDecl + "<x:worksheet xmlns:x=\"" + kMain + "\"><x:sheetData>"
        "<x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>前缀</x:t></x:is></x:c><x:c r=\"B1\" t=\"s\"><x:v>0</x:v></x:c></x:row>"
        "<x:row r=\"2\"><x:c r=\"B2\"><x:v>42</x:v></x:c></x:row>"
        "</x:sheetData><x:mergeCells count=\"1\"><x:mergeCell ref=\"A1:A3\"/></x:mergeCells></x:worksheet>";
    const QByteArray sst = kXmlDecl + "<x:sst xmlns:x=\"" + kMain + "\"><x:si><x:t>共享</x:t></x:si></x:sst>";
    const QByteArray book = kXmlDecl + "<x:workbook xmlns:x=\"" + kMain + "\" xmlns:r=\"" + kRel
        + "\"><x:sheets><x:sheet name=\"带前缀\" sheetId=\"1\" r:id=\"rId1\"/></x:sheets></x:workbook>";
    const QByteArray bytes = zipParts({{"_rels/.rels", rootRels()},
                                       {"xl/workbook.xml", book},
                                       {"xl/_rels/workbook.xml.rels", rels({{"worksheet", "worksheets/sheet1.xml"}, {"sharedStrings", "sharedStrings.xml"}})},
                                       {"xl/sharedStrings.xml", sst},
                                       {"xl/worksheets/sheet1.xml", sheet}});
    XlsxReader reader;
    REQUIRE(reader.openData(bytes));
    CHECK(reader.sheetNames() == sl({"带前缀"}));
    CHECK(readRows(reader) == Rows{{0, sl({"前缀", "共享"})}, {1, sl({"前缀", "42"})}, {2, sl({"前缀"})}});
}

TEST_CASE("xlsx: XML spelled in the other legal ways", "[xlsx]")
{
    // Comments, processing instructions, CDATA, single quotes, spaces around '=', character
    // references, an unknown entity (kept as written) and \r\n line ends.
    const QByteArray rows = "<!-- written by hand --><?pi data?>"
                            "<row r='1' ><c r = \"A1\" t='inlineStr'><is><t><![CDATA[<a & b>]]></t></is></c>"
                            "<c r=\"B1\" t=\"str\"><v>x&#x1F600;&#20013;&unknown;y</v></c>"
                            "<c r=\"C1\" t=\"str\"><v><![CDATA[1&2]]></v></c>"
                            "<c r=\"D1\" t=\"inlineStr\"><is><t>one\r\ntwo\rthree</t></is></c></row>\n";
    const Rows expected{{0, sl({"<a & b>", "x😀中&unknown;y", "1&2", "one\ntwo\nthree"})}};
    CHECK(readBook(oneSheetBook(worksheet(rows))) == expected);

    // The same sheet as UTF-8 with a BOM, and as UTF-16 in both byte orders.
    const QByteArray utf8 = worksheet(rows);
    CHECK(readBook(oneSheetBook("\xEF\xBB\xBF" + utf8)) == expected);
    QString text = QString::fromUtf8(utf8);
    text.replace(QLatin1String("encoding=\"UTF-8\""), QLatin1String("encoding=\"UTF-16\""));
    QByteArray le("\xFF\xFE", 2), be("\xFE\xFF", 2);
    for (QChar c : std::as_const(text)) {
        le += char(c.unicode() & 0xFF);
        le += char(c.unicode() >> 8);
        be += char(c.unicode() >> 8);
        be += char(c.unicode() & 0xFF);
    }
    CHECK(readBook(oneSheetBook(le)) == expected);
    CHECK(readBook(oneSheetBook(be)) == expected);

    // An encoding nobody writes for .xlsx is refused rather than misread.
    QByteArray latin1 = utf8;
    latin1.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
    XlsxReader reader;
    REQUIRE(reader.openData(oneSheetBook(latin1)));
    CHECK_FALSE(reader.readSheet(0, [](int, const QStringList &) { return true; }));
    CHECK(reader.error().contains(QLatin1String("xl/worksheets/sheet1.xml")));
}

TEST_CASE("xlsx: date formats, the 1900 leap-year bug and the 1904 system", "[xlsx]")
{
    // cellXfs index: 0 General, 1 built-in 14, 2 yyyy"年"m"月"d"日", 3 yyyy/m/d;@, 4 [$-F800] long date,
    // 5 built-in 22, 6 h:mm, 7 #,##0 "天" (a d in quotes only), 8 [h]:mm:ss, 9 0.00_ , 10 built-in 31,
    // 11 yyyy-mm-dd hh:mm:ss, 12 [Red]0.00, 13 m/d (WPS redefines id 14)
    const QByteArray stylesXml = styles({{176, "yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"},
                                         {177, "yyyy/m/d;@"},
                                         {178, "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"},
                                         {179, "h:mm"},
                                         {180, "#,##0 &quot;天&quot;"},
                                         {181, "[h]:mm:ss"},
                                         {182, "0.00_ "},
                                         {183, "yyyy-mm-dd hh:mm:ss"},
                                         {184, "[Red]0.00"}},
                                        {0, 14, 176, 177, 178, 22, 179, 180, 181, 182, 31, 183, 184});
    const auto cell = [](const char *ref, int style, const char *v) {
        return QByteArray("<c r=\"") + ref + "\" s=\"" + QByteArray::number(style) + "\"><v>" + v + "</v></c>";
    };
    const QByteArray sheet = worksheet(
        "<row r=\"1\">" + cell("A1", 1, "32939") + cell("B1", 2, "32939") + cell("C1", 3, "32939") + cell("D1", 4, "32939")
        + cell("E1", 5, "45418.354166666664") + cell("F1", 6, "0.75") + cell("G1", 7, "30") + cell("H1", 8, "1.5")
        + cell("I1", 9, "3.25") + cell("J1", 10, "44197") + cell("K1", 11, "44197.5") + cell("L1", 12, "12") + "</row>"
        "<row r=\"2\">" + cell("A2", 1, "59") + cell("B2", 1, "60") + cell("C2", 1, "61") + cell("D2", 1, "1")
        + cell("E2", 0, "32939") + cell("F2", 1, "-3") + cell("G2", 1, "abc") + cell("H2", 5, "44197")
        + cell("I2", 1, "44197.99999999") + cell("J2", 99, "7") + "</row>");
    const Rows rows = readBook(oneSheetBook(sheet, {}, stylesXml));
    CHECK(rows.value(0) == sl({"1990-03-07", "1990-03-07", "1990-03-07", "1990-03-07", "2024-05-06 08:30:00", "18:00:00",
                               "30", "1.5", "3.25", "2021-01-01", "2021-01-01 12:00:00", "12"}));
    CHECK(rows.value(1) == sl({"1900-02-28", "1900-02-29", "1900-03-01", "1900-01-01", "32939", "-3", "abc", "2021-01-01",
                               "2021-01-02", "7"}));

    const QByteArray sheet1904 = worksheet("<row r=\"1\">" + cell("A1", 1, "0") + cell("B1", 1, "31477") + "</row>");
    CHECK(readBook(oneSheetBook(sheet1904, {}, stylesXml, "<workbookPr date1904=\"1\"/>"))
          == Rows{{0, sl({"1904-01-01", "1990-03-07"})}});
    CHECK(readBook(oneSheetBook(sheet1904, {}, stylesXml, "<workbookPr date1904=\"true\"/>"))
          == Rows{{0, sl({"1904-01-01", "1990-03-07"})}});

    // WPS writes its own numFmt under a built-in id; the written code wins.
    const QByteArray wps = styles({{14, "m/d"}, {20, "0.0"}}, {0, 14, 20});
    CHECK(readBook(oneSheetBook(worksheet("<row r=\"1\">" + cell("A1", 1, "32939") + cell("B1", 2, "0.5") + "</row>"), {}, wps))
          == Rows{{0, sl({"1990-03-07", "0.5"})}});
}

TEST_CASE("xlsx: numbers keep the text Excel stored", "[xlsx]")
{
    const QByteArray sheet = worksheet("<row r=\"1\"><c r=\"A1\"><v>2.10211E+17</v></c><c r=\"B1\" t=\"n\"><v>13812345678</v></c>"
                                       "<c r=\"C1\"><v>1.5e-7</v></c><c r=\"D1\"><v>0.30000000000000004</v></c>"
                                       "<c r=\"E1\" t=\"s\"><v>0</v></c><c r=\"F1\" t=\"str\"><v>210211199003071234</v></c>"
                                       "<c r=\"G1\"><v>-12</v></c></row>");
    const Rows rows = readBook(oneSheetBook(sheet, sharedStrings({"21021119900307123X"})));
    CHECK(rows.value(0) == sl({"2.10211E+17", "13812345678", "1.5e-7", "0.30000000000000004", "21021119900307123X",
                               "210211199003071234", "-12"}));
}

TEST_CASE("xlsx: absolute relationship targets", "[xlsx]")
{
    const QByteArray bytes = zipParts({
        {"_rels/.rels", rels({{"officeDocument", "/xl/workbook.xml"}})},
        {"xl/workbook.xml", workbook({{"Abs", "rId1"}})},
        {"xl/_rels/workbook.xml.rels", rels({{"worksheet", "/xl/worksheets/sheet1.xml"}, {"sharedStrings", "/xl/sharedStrings.xml"}})},
        {"xl/worksheets/sheet1.xml", worksheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>")},
        {"xl/sharedStrings.xml", sharedStrings({"绝对路径"})},
    });
    CHECK(readBook(bytes) == Rows{{0, sl({"绝对路径"})}});
}

TEST_CASE("xlsx: sheets come in workbook order, whatever the relationship order", "[xlsx]")
{
    const auto sheet = [](const char *text) {
        return worksheet(QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>") + text + "</t></is></c></row>");
    };
    const QByteArray book = kXmlDecl + "<workbook xmlns=\"" + kMain + "\" xmlns:r=\"" + kRel + "\"><sheets>"
        "<sheet name=\"甲\" sheetId=\"7\" r:id=\"rId3\"/><sheet name=\"图表\" sheetId=\"2\" r:id=\"rId4\"/>"
        "<sheet name=\"乙\" sheetId=\"3\" r:id=\"rId1\"/><sheet name=\"丙\" sheetId=\"1\" state=\"hidden\" r:id=\"rId2\"/>"
        "</sheets></workbook>";
    const QByteArray bytes = zipParts({
        {"_rels/.rels", rootRels()},
        {"xl/workbook.xml", book},
        {"xl/_rels/workbook.xml.rels", rels({{"worksheet", "worksheets/sheet3.xml"},
                                             {"worksheet", "./worksheets/../worksheets/sheet1.xml"},
                                             {"worksheet", "worksheets/sheet2.xml"},
                                             {"chartsheet", "chartsheets/sheet1.xml"}})},
        {"xl/worksheets/sheet1.xml", sheet("丙的")},
        {"xl/worksheets/sheet2.xml", sheet("甲的")},
        {"xl/worksheets/sheet3.xml", sheet("乙的")},
    });
    XlsxReader reader;
    REQUIRE(reader.openData(bytes));
    REQUIRE(reader.sheetNames() == sl({"甲", "乙", "丙"}));
    CHECK(readRows(reader, 0) == Rows{{0, sl({"甲的"})}});
    CHECK(readRows(reader, 1) == Rows{{0, sl({"乙的"})}});
    CHECK(readRows(reader, 2) == Rows{{0, sl({"丙的"})}});
    CHECK_FALSE(reader.readSheet(3, [](int, const QStringList &) { return true; }));
    CHECK_FALSE(reader.error().isEmpty());
    CHECK_FALSE(reader.readSheet(-1, [](int, const QStringList &) { return true; }));
}

TEST_CASE("xlsx: stopping early from onRow", "[xlsx]")
{
    QByteArray rows;
    for (int r = 1; r <= 100; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c><v>" + QByteArray::number(r) + "</v></c></row>";
    XlsxReader reader;
    REQUIRE(reader.openData(oneSheetBook(worksheet(rows, "<mergeCells><mergeCell ref=\"B1:B100\"/></mergeCells>"))));
    QList<int> seen;
    CHECK(reader.readSheet(0, [&](int row, const QStringList &) {
        seen << row;
        return seen.size() < 3;
    }));
    CHECK(seen == QList<int>{0, 1, 2});
    CHECK(reader.error().isEmpty());
    CHECK(reader.preview(0, 2) == QList<QStringList>{sl({"1"}), sl({"2"})});
    CHECK(reader.preview(0, 0).isEmpty());
}

TEST_CASE("xlsx: missing rels fall back to the usual part names", "[xlsx]")
{
    // Some small generators write no workbook rels at all.
    const QByteArray bytes = zipParts({
        {"xl/workbook.xml", workbook({{"One", "rId1"}, {"Two", "rId2"}})},
        {"xl/worksheets/sheet1.xml", worksheet("<row r=\"1\"><c t=\"s\"><v>0</v></c></row>")},
        {"xl/worksheets/sheet2.xml", worksheet("<row r=\"2\"><c r=\"B2\" s=\"1\"><v>32939</v></c></row>")},
        {"xl/sharedStrings.xml", sharedStrings({"一"})},
        {"xl/styles.xml", styles({}, {0, 14})},
    });
    XlsxReader reader;
    REQUIRE(reader.openData(bytes));
    CHECK(reader.sheetNames() == sl({"One", "Two"}));
    CHECK(readRows(reader, 0) == Rows{{0, sl({"一"})}});
    CHECK(readRows(reader, 1) == Rows{{1, sl({"", "1990-03-07"})}});
}

namespace {

// An Excel-shaped sheet: shared strings for names and addresses, numbers, dates with a style.
QByteArray bigBook(int rowCount, int columns)
{
    QList<QByteArray> strings;
    for (int i = 0; i < 1000; ++i)
        strings << "居民" + QByteArray::number(i) + "号";
    QByteArray sheet = kXmlDecl + "<worksheet xmlns=\"" + kMain + "\"><sheetData>";
    sheet.reserve(qsizetype(rowCount) * columns * 40);
    for (int r = 1; r <= rowCount; ++r) {
        const QByteArray rn = QByteArray::number(r);
        sheet += "<row r=\"" + rn + "\" spans=\"1:" + QByteArray::number(columns) + "\">";
        for (int c = 0; c < columns; ++c) {
            const QByteArray ref = QByteArray(1, char('A' + c)) + rn;
            if (c % 3 == 0)
                sheet += "<c r=\"" + ref + "\" t=\"s\"><v>" + QByteArray::number((r + c) % 1000) + "</v></c>";
            else if (c % 3 == 1)
                sheet += "<c r=\"" + ref + "\"><v>" + QByteArray::number(13800000000LL + r) + "</v></c>";
            else
                sheet += "<c r=\"" + ref + "\" s=\"1\"><v>" + QByteArray::number(20000 + r % 20000) + "</v></c>";
        }
        sheet += "</row>";
    }
    sheet += "</sheetData></worksheet>";
    return oneSheetBook(sheet, sharedStrings(strings), styles({}, {0, 14}));
}

} // namespace


TEST_CASE("xlsx: 6,000 rows over many read chunks stream with the right values", "[xlsx]")
{
    const QByteArray bytes = bigBook(6000, 17); // 3.6 MB of XML
    XlsxReader reader;
    REQUIRE(reader.openData(bytes));
    int count = 0;
    int wrong = 0; // counted, not CHECKed per row: thousands of assertions are slow in a debug build
    QStringList last;
    REQUIRE(reader.readSheet(0, [&](int row, const QStringList &cells) {
        wrong += row != count || cells.size() != 17;
        ++count;
        last = cells;
        return true;
    }));
    CHECK(count == 6000);
    CHECK(wrong == 0);
    CHECK(last.value(0) == QStringLiteral("居民0号")); // (6000 + 0) % 1000
    CHECK(last.value(1) == QStringLiteral("13800006000"));
    CHECK(last.value(2) == QStringLiteral("1971-03-08")); // serial 26000
}

// Hidden: run it with jiayuan_core_tests "[xlsx-perf]" (ideally in a Release build).
TEST_CASE("xlsx: time to stream 200,000 rows x 17 columns", "[.][xlsx-perf]")
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = bigBook(200000, 17);
    const qint64 built = timer.restart();
    XlsxReader reader;
    REQUIRE(reader.openData(bytes));
    qint64 cells = 0;
    int rows = 0;
    REQUIRE(reader.readSheet(0, [&](int, const QStringList &row) {
        cells += row.size();
        ++rows;
        return true;
    }));
    const qint64 elapsed = timer.elapsed();
    CHECK(rows == 200000);
    CHECK(cells == 200000LL * 17);
    WARN("built " << bytes.size() / 1024 << " KiB in " << built << " ms; read " << rows << " rows in " << elapsed << " ms");
    timer.restart();
    REQUIRE(reader.readSheet(0, [&](int, const QStringList &) { return true; }));
    WARN("second read (merge scan cached): " << timer.elapsed() << " ms");
}
