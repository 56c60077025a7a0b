#include <catch2/catch.hpp>

#include "import/addressparser.h"
#include "import/cellvalue.h"
#include "import/csvreader.h"
#include "import/headermatcher.h"

#include <QRegularExpression>
#include <QStringEncoder>

using namespace jy;

TEST_CASE("cell values: full-width characters become half-width", "[import]")
{
    CHECK(CellValue::halfWidth(QStringLiteral("　２１０２１１ＡＢｘ　")) == QLatin1String("210211ABx"));
    CHECK(CellValue::halfWidth(QStringLiteral("张三")) == QStringLiteral("张三"));
}

TEST_CASE("cell values: dates written five ways and Excel serial numbers", "[import]")
{
    const QDate expected(1950, 3, 2);
    for (const char *text : {"1950.3.2", "1950年3月2日", "19500302", "1950/3/2", "1950-03-02", "１９５０－０３－０２", "18324"}) {
        INFO(text);
        CHECK(CellValue::parseDate(QString::fromUtf8(text)) == expected);
    }
    QString reason;
    CHECK_FALSE(CellValue::parseDate(QStringLiteral("1950.2.30"), &reason).isValid());
    CHECK(reason.contains(QLatin1String("1950.2.30")));
    CHECK_FALSE(CellValue::parseDate(QStringLiteral("去年"), &reason).isValid());
    CHECK_FALSE(reason.isEmpty());
    CHECK_FALSE(CellValue::parseDate(QString(), &reason).isValid());
}

TEST_CASE("cell values: an ID number Excel turned into 2.10211E+17 is recognised", "[import]")
{
    CHECK(CellValue::isScientificNotation(QStringLiteral("2.10211E+17")));
    CHECK(CellValue::isScientificNotation(QStringLiteral("2.10211e17")));
    CHECK_FALSE(CellValue::isScientificNotation(QStringLiteral("21021119900307123X")));
}

TEST_CASE("CSV: UTF-8, UTF-8 with BOM and GB18030 are told apart", "[import]")
{
    const QString text = QStringLiteral("姓名,身份证号\n张三丰,11010519491231002X\n");
    CsvReader::Encoding encoding;
    CHECK(CsvReader::decode(text.toUtf8(), &encoding) == text);
    CHECK(encoding == CsvReader::Encoding::Utf8);
    CHECK(CsvReader::decode(QByteArray("\xEF\xBB\xBF") + text.toUtf8(), &encoding) == text);
    CHECK(encoding == CsvReader::Encoding::Utf8WithBom);

    QStringEncoder gb("GB18030");
    REQUIRE(gb.isValid());
    const QByteArray gbBytes = gb.encode(text);
    REQUIRE(gbBytes != text.toUtf8());
    CHECK(CsvReader::decode(gbBytes, &encoding) == text);
    CHECK(encoding == CsvReader::Encoding::Gb18030);
}

TEST_CASE("CSV: quotes, doubled quotes, line breaks in fields, CRLF and other delimiters", "[import]")
{
    const auto rows = CsvReader::parse(QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",\r\n"));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0) == QStringList{QStringLiteral("a"), QStringLiteral("b,c"), QStringLiteral("say \"hi\"")});
    CHECK(rows.at(1) == QStringList{QStringLiteral("1"), QStringLiteral("two\nlines"), QString()});
    CHECK(CsvReader::parse(QStringLiteral("姓名\t电话\n王五\t138")).at(1) == QStringList{QStringLiteral("王五"), QStringLiteral("138")});
    CHECK(CsvReader::parse(QStringLiteral("x;y\n1;2")).at(0).size() == 2);
    CHECK(CsvReader::parse(QStringLiteral("last,line,without,newline")).size() == 1);
}

TEST_CASE("header: found under title rows, with synonyms and notes in headers", "[import]")
{
    const QList<QStringList> rows = {
        {QStringLiteral("魅力社区居民信息登记表"), QString(), QString()},
        {QStringLiteral("填报日期：2024年5月"), QString(), QString()},
        {QStringLiteral("序号"), QStringLiteral("姓 名"), QStringLiteral("公民身份号码"), QStringLiteral("联系电话（手机）"),
         QStringLiteral("*与户主关系"), QStringLiteral("楼栋号")},
        {QStringLiteral("1"), QStringLiteral("张三丰"), QStringLiteral("11010519491231002X"), QStringLiteral("13800001234"),
         QStringLiteral("户主"), QStringLiteral("3")},
    };
    const HeaderMatcher::Match match = HeaderMatcher::find(rows);
    REQUIRE(match.isValid());
    CHECK(match.headerRow == 2);
    CHECK(match.columnOf(QStringLiteral("name")) == 1);
    CHECK(match.columnOf(QStringLiteral("id_number")) == 2);
    CHECK(match.columnOf(QStringLiteral("phone")) == 3);
    CHECK(match.columnOf(QStringLiteral("relation")) == 4);
    CHECK(match.columnOf(QStringLiteral("building")) == 5);
    CHECK(match.unmatchedHeaders == QStringList{QStringLiteral("序号")});

    CHECK_FALSE(HeaderMatcher::find({{QStringLiteral("只有标题")}, {QStringLiteral("1"), QStringLiteral("2")}}).isValid());
    CHECK(HeaderMatcher::fieldForHeader(QStringLiteral("身份证号码")) == QLatin1String("id_number"));
    CHECK(HeaderMatcher::fieldForHeader(QStringLiteral("身份证号")) == QLatin1String("id_number"));
    CHECK(HeaderMatcher::fieldForHeader(QStringLiteral("爱好")).isEmpty());
}

namespace {
// The expressions the hand-written parsers replaced, as the reference they must agree with.
QString numberByExpression(const QString &input)
{
    static const QRegularExpression suffixed(QStringLiteral("^([0-9]+[A-Za-z]?|[A-Za-z])\\s*(?:号楼|栋|幢|号|座|#|单元|室|户)?$"));
    const QString text = CellValue::halfWidth(input);
    const QRegularExpressionMatch m = suffixed.match(text);
    return m.hasMatch() ? m.captured(1).toUpper() : text;
}

QDate isoDateByExpression(const QString &text)
{
    static const QRegularExpression separated(QStringLiteral("^(\\d{4})\\s*(?:[./\\-]|年)\\s*(\\d{1,2})\\s*(?:[./\\-]|月)\\s*(\\d{1,2})"));
    const QRegularExpressionMatch m = separated.match(text);
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
}
} // namespace

TEST_CASE("address numbers: the hand-written reader agrees with the expression it replaced", "[import]")
{
    QStringList inputs;
    for (const char *text : {"12", "12号楼", "12 号楼", "12A", "12a座", "b", "B栋", "3单元", "502室", "502 户", "7#", "12号",
                             "12号楼3", "12AB", "A1", "", " ", "　１２号楼　", "１２Ａ", "12\t号", "12\n", "号楼", "12号楼号",
                             "十二号楼", "12-1", "0", "00012", "12楼", "12幢", "x座", "12室\n"})
        inputs << QString::fromUtf8(text);
    // And many short strings from the characters that matter.
    const QStringList alphabet = {QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("a"), QStringLiteral("Z"),
                                  QStringLiteral(" "), QStringLiteral("\t"), QStringLiteral("号"), QStringLiteral("号楼"),
                                  QStringLiteral("单元"), QStringLiteral("室"), QStringLiteral("#"), QStringLiteral("-"),
                                  QStringLiteral("１"), QStringLiteral("Ｂ"), QStringLiteral("　"), QStringLiteral("楼")};
    for (int a = 0; a < alphabet.size(); ++a)
        for (int b = 0; b < alphabet.size(); ++b)
            for (int c = 0; c < alphabet.size(); ++c)
                inputs << alphabet[a] + alphabet[b] + alphabet[c] << alphabet[a] + alphabet[b];
    int differ = 0;
    for (const QString &input : std::as_const(inputs)) {
        if (AddressParts::number(input) != numberByExpression(input)) {
            ++differ;
            UNSCOPED_INFO(input.toStdString() << " → " << AddressParts::number(input).toStdString() << " vs "
                                              << numberByExpression(input).toStdString());
        }
    }
    CHECK(differ == 0);
}

TEST_CASE("dates: the 1950-03-02 fast path agrees with the general reader", "[import]")
{
    int differ = 0;
    for (const char *text : {"1950-03-02", "2000-02-29", "1900-02-29", "2023-02-29", "1950-13-01", "1950-00-10", "1950-01-32",
                             "0000-01-01", "9999-12-31", "1950-1a-02", "19a0-01-02", "1950-01-0２", "1950/03-02"}) {
        const QString input = QString::fromUtf8(text);
        QString reason;
        const QDate fast = CellValue::parseDate(input, &reason);
        const QDate reference = isoDateByExpression(CellValue::halfWidth(input));
        if (fast != reference || fast.isValid() != reason.isEmpty()) {
            ++differ;
            UNSCOPED_INFO(text);
        }
    }
    for (int day = 0; day < 3000; day += 7) {
        const QDate d = QDate(1899, 1, 1).addDays(day * 53);
        const QString input = d.toString(Qt::ISODate);
        differ += CellValue::parseDate(input) != isoDateByExpression(input);
    }
    CHECK(differ == 0);
    CHECK_FALSE(CellValue::isScientificNotation(QStringLiteral("210211195003021234")));
    CHECK(CellValue::isScientificNotation(QStringLiteral("2.10211E+17")));
    CHECK(CellValue::isScientificNotation(QStringLiteral("2.10211e17")));
    CHECK(CellValue::isScientificNotation(QStringLiteral("２．１０２１１Ｅ＋１７")));
    CHECK(CellValue::isScientificNotation(QStringLiteral("２．１０２１１ｅ＋１７")));
}
