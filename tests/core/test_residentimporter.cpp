#include <catch2/catch.hpp>

#include "testsupport.h"

#include "audit/auditlog.h"
#include "db/sql.h"
#include "idnumber/idnumber.h"
#include "import/csvreader.h"
#include "import/headermatcher.h"
#include "import/importjob.h"
#include "import/mappingmemory.h"
#include "import/residentimporter.h"
#include "import/rowparser.h"
#include "places/placestore.h"

#include <QFile>
#include <QSqlQuery>

using namespace jy;
using namespace jy::test;

namespace {

// A valid ID number born on `birth` (yyyyMMdd) in Dalian's 210211; odd seq → male.
QString idFor(const char *birth, int seq)
{
    const QString first17 = QStringLiteral("210211") + QLatin1String(birth) + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkDigit(first17);
}

struct Sheet
{
    QList<QStringList> rows;
    Sheet &operator<<(const QStringList &row)
    {
        rows << row;
        return *this;
    }
};

// Runs an import of the rows (the header row found among them) and returns the report.
Result<ImportReport> runImport(Database &db, const Session &session, const Sheet &sheet, ImportOptions options = {},
                               QList<RejectedRow> *rejected = nullptr,
                               const std::function<bool(int, int)> &progress = {})
{
    const HeaderMatcher::Match match = HeaderMatcher::find(sheet.rows);
    REQUIRE(match.isValid());
    ResidentImporter importer(db, session, options);
    const Status begun = importer.begin(sheet.rows.at(match.headerRow), match.fieldByColumn);
    if (!begun)
        return begun.errors();
    for (int i = match.headerRow + 1; i < sheet.rows.size(); ++i)
        importer.addRow(i + 1, sheet.rows.at(i));
    Result<ImportReport> report = importer.finish(progress);
    if (rejected)
        *rejected = importer.rejectedRows();
    return report;
}

qint64 count(Database &db, const char *sqlText, const QVariantList &values = {})
{
    return sql::scalar(db.connection(), QString::fromUtf8(sqlText), values).toLongLong();
}

const QStringList kHeader = {QStringLiteral("序号"), QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("公民身份号码"),
                             QStringLiteral("与户主关系"), QStringLiteral("联系电话"), QStringLiteral("现住址"), QStringLiteral("人口类别"),
                             QStringLiteral("备注")};

Sheet familySheet()
{
    Sheet s;
    s << QStringList{QStringLiteral("魅力社区居民信息登记表")} << QStringList{} << kHeader
      << QStringList{QStringLiteral("1"), QStringLiteral("王建国"), QStringLiteral("男"), idFor("19560312", 11),
                     QStringLiteral("户主"), QStringLiteral("138 4112 3456"), QStringLiteral("万科魅力之城12号楼3单元502室"),
                     QStringLiteral("户籍人口"), QString()}
      << QStringList{QStringLiteral("2"), QStringLiteral("李秀兰"), QStringLiteral("女"), idFor("19580704", 22),
                     QStringLiteral("之妻"), QString(), QStringLiteral("万科魅力之城12号楼3单元502室"), QStringLiteral("户籍"), QString()}
      << QStringList{QStringLiteral("3"), QStringLiteral("王磊"), QStringLiteral("男"), QStringLiteral("２１０２１１") +
                     idFor("19850101", 31).mid(6), QStringLiteral("长子"), QStringLiteral("13900001111"),
                     QStringLiteral("万科魅力之城12号楼3单元502室"), QString(), QStringLiteral("在外地工作")}
      << QStringList{QStringLiteral("4"), QStringLiteral("赵敏"), QStringLiteral("女"), idFor("19900515", 42),
                     QStringLiteral("户主"), QString(), QStringLiteral("12-3-601"), QStringLiteral("流动人口"), QString()}
      << QStringList{}
      << QStringList{QStringLiteral("制表人：张三"), QString(), QString(), QString(), QStringLiteral("审核人：李四")};
    return s;
}

} // namespace

TEST_CASE("row parser: values normalised, mistakes explained", "[importer]")
{
    const QHash<int, QString> mapping = {{0, QStringLiteral("name")}, {1, QStringLiteral("sex")}, {2, QStringLiteral("id_number")},
                                         {3, QStringLiteral("birth_date")}, {4, QStringLiteral("relation")},
                                         {5, QStringLiteral("address")}, {6, QStringLiteral("tags")}};
    const RowParser parser(mapping, {QStringLiteral("独居"), QStringLiteral("党员")});

    const ImportRow good = parser.parse(5, {QStringLiteral(" 王建国 "), QStringLiteral("男"), idFor("19560312", 11),
                                            QStringLiteral("1956年3月12日"), QStringLiteral("户主"),
                                            QStringLiteral("12号楼3单元502室"), QStringLiteral("独居、党员")});
    INFO(good.reason().toStdString());
    CHECK(good.ok());
    CHECK(good.resident.name == QStringLiteral("王建国"));
    CHECK(good.resident.relation == relation::Head);
    CHECK(good.resident.tags == QStringList{QStringLiteral("独居"), QStringLiteral("党员")});
    CHECK(good.address.building == QLatin1String("12"));
    CHECK(good.address.unit == QLatin1String("3"));
    CHECK(good.address.room == QLatin1String("502"));

    const ImportRow mangled = parser.parse(6, {QStringLiteral("李四"), QStringLiteral("男"), QStringLiteral("2.10211E+17")});
    REQUIRE_FALSE(mangled.ok());
    REQUIRE(mangled.errors.size() == 1);
    CHECK(mangled.errors.first().field == QLatin1String("id_number"));
    CHECK(mangled.reason().contains(QLatin1String("2.10211E+17")));

    const ImportRow wrongSex = parser.parse(7, {QStringLiteral("王芳"), QStringLiteral("男"), idFor("19700101", 22)});
    REQUIRE_FALSE(wrongSex.ok());
    CHECK(wrongSex.errors.first().field == QLatin1String("sex"));

    const ImportRow wrongBirth = parser.parse(8, {QStringLiteral("王芳"), QString(), idFor("19700101", 22), QStringLiteral("1970.1.2")});
    REQUIRE_FALSE(wrongBirth.ok());
    CHECK(wrongBirth.errors.first().field == QLatin1String("birth_date"));

    const ImportRow badTag = parser.parse(9, {QStringLiteral("王芳"), QString(), idFor("19700101", 22), QString(), QString(),
                                              QString(), QStringLiteral("独居,飞行员")});
    REQUIRE_FALSE(badTag.ok());
    CHECK(badTag.reason().contains(QStringLiteral("飞行员")));

    CHECK(parser.parse(10, {QString(), QStringLiteral("  ")}).kind == ImportRow::Kind::Blank);
    CHECK(parser.parse(11, {QStringLiteral("制表人：张三")}).kind == ImportRow::Kind::Footer);
    CHECK(parser.parse(12, {QString(), QStringLiteral("合计：120人")}).kind == ImportRow::Kind::Footer);
    const ImportRow nameless = parser.parse(13, {QString(), QStringLiteral("男"), idFor("19700101", 11)});
    CHECK(nameless.kind == ImportRow::Kind::Person);
    CHECK_FALSE(nameless.ok());
}

TEST_CASE("address parser: the ways rosters write a dwelling", "[importer]")
{
    const AddressParts a = AddressParts::parse(QStringLiteral("大连市甘井子区万科魅力之城12号楼3单元502室"));
    CHECK(a.estate == QStringLiteral("大连市甘井子区万科魅力之城"));
    CHECK(a.building == QLatin1String("12"));
    CHECK(a.unit == QLatin1String("3"));
    CHECK(a.room == QLatin1String("502"));
    const AddressParts dashed = AddressParts::parse(QStringLiteral("12-3-502"));
    CHECK((dashed.estate.isEmpty() && dashed.building == QLatin1String("12") && dashed.unit == QLatin1String("3")
           && dashed.room == QLatin1String("502")));
    const AddressParts noUnit = AddressParts::parse(QStringLiteral("华北路123号院5栋302"));
    CHECK(noUnit.estate == QStringLiteral("华北路123号院"));
    CHECK((noUnit.building == QLatin1String("5") && noUnit.unit.isEmpty() && noUnit.room == QLatin1String("302")));
    CHECK_FALSE(AddressParts::parse(QStringLiteral("不详")).hasBuilding());
    CHECK(AddressParts::number(QStringLiteral("１２号楼")) == QLatin1String("12"));
    CHECK(AddressParts::number(QStringLiteral("3单元")) == QLatin1String("3"));
}

TEST_CASE("import into a database made by init alone: places, households, heads", "[importer]")
{
    TempDatabase db;
    const qint64 community = PlaceStore(*db).ensureFirstCommunity();

    const Result<ImportReport> report = runImport(*db, admin(), familySheet(), {false, false, 0, QStringLiteral("roster.xlsx")});
    REQUIRE(report.ok());
    const ImportReport &r = report.value();
    CHECK(r.read == 4);
    CHECK(r.imported == 4);
    CHECK(r.rejected == 0);
    CHECK(r.skippedBlank == 1);
    CHECK(r.skippedFooter == 1);
    CHECK(r.newHouseholds == 2);
    CHECK(r.newPlaces.estates == 1); // "12-3-601" names no estate: the community's only building 12 is meant
    CHECK(r.newPlaces.buildings == 1);
    CHECK(r.newPlaces.dwellings == 2);

    CHECK(count(*db, "SELECT count(*) FROM resident WHERE community_id = ?", {community}) == 4);
    CHECK(count(*db, "SELECT count(*) FROM household") == 2);
    const qint64 family = count(*db, "SELECT household_id FROM resident WHERE name = '王建国'");
    CHECK(count(*db, "SELECT count(*) FROM resident WHERE household_id = ?", {family}) == 3);
    CHECK(count(*db, "SELECT count(*) FROM resident WHERE relation = 'head'") == 2);
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT relation FROM resident WHERE name = '李秀兰'")).toString()
          == relation::Spouse);
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT phone FROM resident WHERE name = '王建国'")).toString()
          == QLatin1String("13841123456"));
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT residence_type FROM resident WHERE name = '赵敏'")).toString()
          == residence::Floating);
    CHECK(count(*db, "SELECT count(*) FROM resident WHERE name_pinyin = 'wangjianguo'") == 1);
    if (!test::onPostgres())
        CHECK(count(*db, "SELECT count(*) FROM resident_name_fts WHERE resident_name_fts MATCH '\"建 国\"'") == 1);
    CHECK(AuditLog::count(*db, QStringLiteral("resident"), 0) == 1);
}

TEST_CASE("a dry run writes nothing and predicts the real run", "[importer]")
{
    TempDatabase db;
    PlaceStore(*db).ensureFirstCommunity();
    const Result<ImportReport> dry = runImport(*db, admin(), familySheet(), {true});
    REQUIRE(dry.ok());
    CHECK(dry.value().dryRun);
    CHECK(count(*db, "SELECT count(*) FROM resident") == 0);
    CHECK(count(*db, "SELECT count(*) FROM estate") == 0);
    CHECK(count(*db, "SELECT count(*) FROM audit_log") == 0);

    const Result<ImportReport> real = runImport(*db, admin(), familySheet());
    REQUIRE(real.ok());
    CHECK(dry.value().imported == real.value().imported);
    CHECK(dry.value().newHouseholds == real.value().newHouseholds);
    CHECK(dry.value().newPlaces.total() == real.value().newPlaces.total());
    CHECK(dry.value().newPlaces.names == real.value().newPlaces.names);
}

TEST_CASE("duplicates: in the file rejected, in the database skipped or updated", "[importer]")
{
    TempDatabase db;
    PlaceStore(*db).ensureFirstCommunity();
    REQUIRE(runImport(*db, admin(), familySheet()).ok());

    Sheet again = familySheet();
    again.rows[3][5] = QStringLiteral("13999999999"); // 王建国's new phone
    again.rows << again.rows.at(6);                    // 赵敏 twice
    QList<RejectedRow> rejected;
    const Result<ImportReport> skipped = runImport(*db, admin(), again, {}, &rejected);
    REQUIRE(skipped.ok());
    CHECK(skipped.value().read == 5);
    CHECK(skipped.value().imported == 0);
    CHECK(skipped.value().duplicates == 5);
    CHECK(skipped.value().skippedDuplicates == 4);
    CHECK(skipped.value().rejected == 1);
    REQUIRE(rejected.size() == 1);
    CHECK(rejected.first().reason.contains(QLatin1String("7")));
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT phone FROM resident WHERE name = '王建国'")).toString()
          == QLatin1String("13841123456"));

    const Result<ImportReport> updated = runImport(*db, admin(), again, {false, true});
    REQUIRE(updated.ok());
    CHECK(updated.value().updated == 1);
    CHECK(updated.value().skippedDuplicates == 3);
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT phone FROM resident WHERE name = '王建国'")).toString()
          == QLatin1String("13999999999"));
    CHECK(count(*db, "SELECT count(*) FROM resident") == 4);
}

TEST_CASE("households by number: a missing head or a second head is refused", "[importer]")
{
    TempDatabase db;
    SmallPlace::create(*db);
    Sheet s;
    s << QStringList{QStringLiteral("户号"), QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("与户主关系"),
                     QStringLiteral("楼栋"), QStringLiteral("单元"), QStringLiteral("房号")}
      << QStringList{QStringLiteral("H1"), QStringLiteral("孙强"), idFor("19700101", 11), QStringLiteral("户主"),
                     QStringLiteral("3号楼"), QStringLiteral("2"), QStringLiteral("401")}
      << QStringList{QStringLiteral("H1"), QStringLiteral("孙丽"), idFor("19720101", 22), QStringLiteral("户主")}
      << QStringList{QStringLiteral("H2"), QStringLiteral("周平"), idFor("19800101", 31), QStringLiteral("配偶")}
      << QStringList{QStringLiteral("H1"), QStringLiteral("孙小明"), idFor("20100101", 51), QStringLiteral("子")};
    QList<RejectedRow> rejected;
    const Result<ImportReport> report = runImport(*db, admin(), s, {}, &rejected);
    REQUIRE(report.ok());
    CHECK(report.value().imported == 2);
    CHECK(report.value().rejected == 2);
    REQUIRE(rejected.size() == 2);
    CHECK(rejected.at(0).row == 3);
    CHECK(rejected.at(0).reason.contains(QLatin1String("2"))); // the head is on row 2
    CHECK(rejected.at(1).row == 4);
    CHECK_FALSE(rejected.at(1).reason.isEmpty());
    // The household went into the existing dwelling 3-2-401 of the small place.
    CHECK(count(*db, "SELECT count(*) FROM household h JOIN resident r ON r.household_id = h.id "
                     "WHERE r.name = '孙强' AND h.code = 'H1' AND h.dwelling_id IS NOT NULL") == 1);
    CHECK(count(*db, "SELECT count(*) FROM estate") == 1);
}

TEST_CASE("cancel and refusal leave the database as it was", "[importer]")
{
    TempDatabase db;
    PlaceStore(*db).ensureFirstCommunity();
    const Result<ImportReport> cancelled =
        runImport(*db, admin(), familySheet(), {}, nullptr, [](int done, int) { return done < 1; });
    REQUIRE(cancelled.ok());
    CHECK(cancelled.value().cancelled);
    CHECK(count(*db, "SELECT count(*) FROM resident") == 0);
    CHECK(count(*db, "SELECT count(*) FROM estate") == 0);

    const Result<ImportReport> refused = runImport(*db, viewer(), familySheet());
    CHECK_FALSE(refused.ok());
    CHECK(count(*db, "SELECT count(*) FROM resident") == 0);
}

TEST_CASE("a street's roster: communities by name, the unnamed one renamed, new ones created", "[importer]")
{
    TempDatabase db;
    PlaceStore(*db).ensureFirstCommunity();
    Sheet s;
    s << QStringList{QStringLiteral("社区"), QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("与户主关系"),
                     QStringLiteral("住址")}
      << QStringList{QStringLiteral("魅力社区"), QStringLiteral("孙强"), idFor("19700101", 11), QStringLiteral("户主"),
                     QStringLiteral("3-2-401")}
      << QStringList{QStringLiteral("幸福社区"), QStringLiteral("周平"), idFor("19800101", 31), QStringLiteral("户主"),
                     QStringLiteral("3-2-401")}
      << QStringList{QStringLiteral("魅力"), QStringLiteral("孙丽"), idFor("19720101", 22), QStringLiteral("配偶"),
                     QStringLiteral("3-2-401")};
    const Result<ImportReport> report = runImport(*db, admin(), s);
    REQUIRE(report.ok());
    CHECK(report.value().imported == 3);
    CHECK(report.value().newPlaces.communities == 1);
    CHECK(count(*db, "SELECT count(*) FROM community") == 2);
    CHECK(count(*db, "SELECT count(*) FROM community WHERE name = '魅力社区' AND code = '000000000000'") == 1);
    CHECK(count(*db, "SELECT count(*) FROM community WHERE name = '幸福社区' AND code LIKE '000000%'") == 1);
    // Same address, different communities: two households, 孙丽 with 孙强.
    CHECK(count(*db, "SELECT count(*) FROM household") == 2);
    CHECK(count(*db, "SELECT count(DISTINCT household_id) FROM resident WHERE name IN ('孙强', '孙丽')") == 1);
}

TEST_CASE("import job: rejected rows come back with their original cells and a reason", "[importer]")
{
    TempDatabase db;
    PlaceStore(*db).ensureFirstCommunity();
    const QString csv = db.dir.filePath(QStringLiteral("roster.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QStringList lines;
        for (const QStringList &row : familySheet().rows)
            lines << row.join(QLatin1Char(','));
        lines << QStringLiteral(",王二,男,%1,户主,,13-1-101,户籍,").arg(idFor("19560312", 11)); // same ID as 王建国
        file.write(lines.join(QStringLiteral("\r\n")).toUtf8());
    }
    ImportRequest request;
    request.path = csv;
    request.errorsPath = db.dir.filePath(QStringLiteral("rejected.csv"));
    const Result<ImportOutcome> outcome = ImportJob::run(*db, admin(), request);
    REQUIRE(outcome.ok());
    CHECK(outcome.value().report.rejected == 1);
    REQUIRE(outcome.value().errorsWritten == request.errorsPath);
    QFile file(request.errorsPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = CsvReader::parse(CsvReader::decode(file.readAll()));
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).mid(0, kHeader.size()) == kHeader);
    CHECK(rows.at(1).at(1) == QStringLiteral("王二"));
    CHECK(rows.at(1).at(6) == QLatin1String("13-1-101"));
    CHECK(rows.at(1).last().contains(QLatin1String("4"))); // same ID number as row 4
}

TEST_CASE("a corrected column mapping is remembered for files with the same headers", "[importer]")
{
    TempDatabase db;
    MappingMemory memory(*db);
    const QStringList headers = {QStringLiteral("名字"), QStringLiteral("证件"), QStringLiteral("住哪")};
    CHECK(memory.recall(headers).isEmpty());
    const QHash<int, QString> corrected = {{0, QStringLiteral("name")}, {1, QStringLiteral("id_number")},
                                           {2, QStringLiteral("address")}};
    memory.remember(headers, corrected);
    CHECK(memory.recall(headers) == corrected);
    // Full-width letters and stray spaces do not make headers different; another column does.
    CHECK(memory.recall({QStringLiteral(" 名字 "), QStringLiteral("证件"), QStringLiteral("住哪")}) == corrected);
    CHECK(memory.recall({QStringLiteral("名字"), QStringLiteral("证件")}).isEmpty());
    memory.remember(headers, {{0, QStringLiteral("name")}, {1, QStringLiteral("id_number")}});
    CHECK(memory.recall(headers).size() == 2);
}

TEST_CASE("a first import of over 10,000 rows takes the bulk path and leaves a complete roster", "[importer]")
{
    TempDatabase db;
    PlaceStore(*db).ensureFirstCommunity();
    const QString surnames = QStringLiteral("王李张刘陈杨赵黄周吴");
    const QString given = QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平");
    Sheet sheet;
    sheet << kHeader;
    const int families = 6000;
    for (int f = 0; f < families; ++f) {
        const QString address = QStringLiteral("幸福小区%1号楼%2单元%3室").arg(f / 60 + 1).arg(f / 20 % 3 + 1).arg(f % 20 + 101);
        const QByteArray birth = QDate(1950, 1, 1).addDays(f).toString(QStringLiteral("yyyyMMdd")).toLatin1();
        const QString head = QString(surnames.at(f % 10)) + given.at(f / 10 % 20) + given.at(f / 200 % 20);
        const QString spouse = QString(surnames.at((f + 3) % 10)) + given.at((f + 7) % 20);
        sheet << QStringList{QString::number(2 * f + 1), head, QStringLiteral("男"), idFor(birth.constData(), 11),
                             QStringLiteral("户主"), QStringLiteral("138%1").arg(f, 8, 10, QLatin1Char('0')), address,
                             QStringLiteral("户籍"), QString()}
              << QStringList{QString::number(2 * f + 2), spouse, QStringLiteral("女"), idFor(birth.constData(), 22),
                             QStringLiteral("配偶"), QString(), address, QStringLiteral("流动"), QString()};
    }
    const qint64 indexesBefore = test::indexCount(*db, QStringLiteral("resident"));
    int lastDone = 0, lastTotal = -1;
    const Result<ImportReport> report = runImport(*db, admin(), sheet, {}, nullptr, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    REQUIRE(report.ok());
    CHECK(report.value().imported == 2 * families);
    CHECK(report.value().rejected == 0);
    CHECK(report.value().newHouseholds == families);
    CHECK(lastDone == 2 * families);
    CHECK(lastTotal == 2 * families);
    CHECK(count(*db, "SELECT count(*) FROM resident") == 2 * families);
    CHECK(count(*db, "SELECT count(*) FROM resident WHERE relation = 'head'") == families);
    CHECK(count(*db, "SELECT count(*) FROM resident WHERE residence_type = 'floating'") == families);
    if (!test::onPostgres())
        CHECK(count(*db, "SELECT count(*) FROM resident_name_fts") == 2 * families);
    CHECK(count(*db, "SELECT count(*) FROM resident WHERE name_pinyin = '' OR phone_rev IS NULL AND phone IS NOT NULL") == 0);
    CHECK(count(*db, "SELECT count(*) FROM dwelling") == families);
    // The indexes are back and the CHECK constraints on again.
    CHECK(test::indexCount(*db, QStringLiteral("resident")) == indexesBefore);
    if (test::onPostgres())
        return; // PostgreSQL keeps its constraints on throughout
    CHECK(count(*db, "PRAGMA ignore_check_constraints") == 0);
    CHECK(count(*db, "PRAGMA foreign_keys") == 1);
    CHECK(sql::scalar(db->connection(), QStringLiteral("PRAGMA integrity_check")).toString() == QLatin1String("ok"));
    CHECK_FALSE(sql::exec(db->connection(), QStringLiteral("PRAGMA foreign_key_check")).next());
}

TEST_CASE("a cancelled bulk import leaves the database as it was", "[importer]")
{
    TempDatabase db;
    PlaceStore(*db).ensureFirstCommunity();
    Sheet sheet;
    sheet << kHeader;
    for (int i = 0; i < 10500; ++i) {
        const QByteArray birth = QDate(1940, 1, 1).addDays(i).toString(QStringLiteral("yyyyMMdd")).toLatin1();
        sheet << QStringList{QString::number(i + 1), QStringLiteral("张三"), QStringLiteral("男"), idFor(birth.constData(), 11),
                             QStringLiteral("户主"), QString(), QStringLiteral("%1号楼1单元%2室").arg(i / 100 + 1).arg(i % 100 + 101),
                             QString(), QString()};
    }
    const qint64 indexesBefore = test::indexCount(*db);
    const Result<ImportReport> report = runImport(*db, admin(), sheet, {}, nullptr, [](int done, int) { return done < 9000; });
    REQUIRE(report.ok());
    CHECK(report.value().cancelled);
    CHECK(count(*db, "SELECT count(*) FROM resident") == 0);
    CHECK(count(*db, "SELECT count(*) FROM household") == 0);
    CHECK(count(*db, "SELECT count(*) FROM building") == 0);
    CHECK(test::indexCount(*db) == indexesBefore);
    if (!test::onPostgres()) {
        CHECK(count(*db, "PRAGMA ignore_check_constraints") == 0);
        CHECK(count(*db, "PRAGMA foreign_keys") == 1);
    }
}
