#include <catch2/catch.hpp>

#include "audit/auditlog.h"
#include "db/sql.h"
#include "export/csvtablewriter.h"
#include "export/rosterexport.h"
#include "import/importjob.h"
#include "export/xlsxtablewriter.h"
#include "import/cellvalue.h"
#include "import/csvreader.h"
#include "places/placestore.h"
#include "residents/residentservice.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <zip.h> // libzip reaches the tests through jiayuan_core's link line

using namespace jy;

namespace {

const QString ZhangId = QStringLiteral("11010519491231002X");
const QString WangId = QStringLiteral("210211199003071235");
const QString LiId = QStringLiteral("210211200001010020");
const QString ZhangPhone = QStringLiteral("13800001234");
const QString WangPhone = QStringLiteral("13912345678");
const QString TrickyNotes = QStringLiteral("说\"明\",含逗号\n第二行");

struct Roster
{
    test::TempDatabase db;
    test::SmallPlace place;
    qint64 otherHousehold = 0;

    Roster()
    {
        place = test::SmallPlace::create(*db);
        PlaceStore places(*db);
        const qint64 grid = places.addGrid(place.communityId, QStringLiteral("01"), QStringLiteral("第1网格"));
        places.addGridBuilding(grid, place.buildingId);
        const qint64 otherBuilding = places.addBuilding(place.estateId, QStringLiteral("5"), 6);
        const qint64 dwelling = places.addDwelling(places.addUnit(otherBuilding, QStringLiteral("1")), QStringLiteral("102"), 60);

        const Session session = test::admin();
        ResidentService service(*db, session);
        otherHousehold = service.createHousehold(dwelling).value(); // no code: 户号 is its id
        add(service, QStringLiteral("张三丰"), ZhangId, ZhangPhone, place.householdId, relation::Head, residence::Registered,
            {QStringLiteral("党员"), QStringLiteral("独居")}, TrickyNotes);
        add(service, QStringLiteral("王五"), WangId, WangPhone, place.householdId, relation::Spouse, residence::Floating, {}, {});
        add(service, QStringLiteral("李四"), LiId, QString(), otherHousehold, relation::Head, residence::Registered, {}, {});
    }

    void add(ResidentService &service, const QString &name, const QString &id, const QString &phone, qint64 household,
             const QString &rel, const QString &type, const QStringList &tags, const QString &notes)
    {
        Resident r;
        r.name = name;
        r.idNumber = id;
        r.phone = phone;
        r.householdId = household;
        r.relation = rel;
        r.residenceType = type;
        r.tags = tags;
        r.notes = notes;
        r.ethnicity = QStringLiteral("汉族");
        const Result<qint64> created = service.create(r);
        INFO(created.errorText().toStdString());
        REQUIRE(created.ok());
    }

    QString file(const QString &name) const { return db.dir.filePath(name); }
    // Whatever is in the folder besides the database: no leftover partial files.
    QStringList otherFiles() const
    {
        QStringList names = QDir(db.dir.path()).entryList(QDir::Files | QDir::Hidden);
        names.removeIf([](const QString &name) { return name.startsWith(QLatin1String("test.sqlite")); }); // -wal, -shm
        return names;
    }
};

// Every entry of a zip file, by name.
QHash<QString, QByteArray> unzip(const QString &path)
{
    QHash<QString, QByteArray> entries;
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    REQUIRE(zip != nullptr);
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *name = zip_get_name(zip, zip_uint64_t(i), 0);
        zip_stat_t stat;
        zip_stat_init(&stat);
        REQUIRE(zip_stat(zip, name, 0, &stat) == 0);
        zip_file_t *file = zip_fopen(zip, name, 0);
        REQUIRE(file != nullptr);
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        CHECK(zip_fread(file, bytes.data(), stat.size) == zip_int64_t(stat.size));
        zip_fclose(file);
        entries.insert(QString::fromUtf8(name), bytes);
    }
    zip_close(zip);
    return entries;
}

struct Cell
{
    QString type;  // the t attribute: "s", "inlineStr", "str" or empty for a number
    int style = 0;
    QString value; // text for string cells, <v> for numbers
};

// The cells and the bits of sheet structure the tests look at, read from sheet1.xml.
struct Sheet
{
    QHash<QString, Cell> cells;
    QString paneState;
    QString autoFilter;
    QStringList merges;
    QHash<QString, QByteArray> entries;

    explicit Sheet(const QString &path)
        : entries(unzip(path))
    {
        REQUIRE(entries.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
        QStringList shared;
        // Text may be inline (what constant-memory mode writes) or shared: accept both.
        QXmlStreamReader sst(entries.value(QStringLiteral("xl/sharedStrings.xml")));
        while (entries.contains(QStringLiteral("xl/sharedStrings.xml")) && !sst.atEnd()) {
            if (sst.readNext() == QXmlStreamReader::StartElement && sst.name() == QLatin1String("si"))
                shared << sst.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        QXmlStreamReader xml(entries.value(QStringLiteral("xl/worksheets/sheet1.xml")));
        QString ref;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            const auto attr = [&](const char *name) { return xml.attributes().value(QLatin1String(name)).toString(); };
            if (xml.name() == QLatin1String("pane")) {
                paneState = attr("state");
            } else if (xml.name() == QLatin1String("autoFilter")) {
                autoFilter = attr("ref");
            } else if (xml.name() == QLatin1String("mergeCell")) {
                merges << attr("ref");
            } else if (xml.name() == QLatin1String("c")) {
                ref = attr("r");
                cells[ref].type = attr("t");
                cells[ref].style = attr("s").toInt();
            } else if (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("is")) {
                QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (cells[ref].type == QLatin1String("s"))
                    text = shared.value(text.toInt());
                cells[ref].value = text;
            }
        }
        REQUIRE_FALSE(xml.hasError());
    }

    QString text(const QString &ref) const { return cells.value(ref).value; }
    bool isString(const QString &ref) const
    {
        const QString t = cells.value(ref).type;
        return t == QLatin1String("s") || t == QLatin1String("inlineStr") || t == QLatin1String("str");
    }
    // The number format code of a cell's style, from styles.xml.
    QString numberFormat(const QString &ref) const
    {
        QXmlStreamReader xml(entries.value(QStringLiteral("xl/styles.xml")));
        QHash<int, QString> formats;
        QList<int> xfFormats;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("numFmt"))
                formats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                               xml.attributes().value(QLatin1String("formatCode")).toString());
            else if (xml.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && xml.name() == QLatin1String("xf"))
                xfFormats << xml.attributes().value(QLatin1String("numFmtId")).toInt();
        }
        return formats.value(xfFormats.value(cells.value(ref).style, -1));
    }
    // Row r (1-based) as text, columns A…Q.
    QStringList row(int r) const
    {
        QStringList out;
        for (char c = 'A'; c <= 'Q'; ++c)
            out << text(QStringLiteral("%1%2").arg(QLatin1Char(c)).arg(r));
        return out;
    }
    QByteArray everything() const
    {
        QByteArray all;
        for (const QByteArray &bytes : entries)
            all += bytes;
        return all;
    }
};

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return CsvReader::parse(CsvReader::decode(file.readAll()));
}

} // namespace

TEST_CASE("roster export: .xlsx keeps ID numbers as text, dates as dates, a frozen header and a filter", "[export]")
{
    Roster roster;
    const Session session = test::admin();
    const QString path = roster.file(QStringLiteral("花名册.xlsx"));
    const Result<int> written = RosterExport(*roster.db, session).run(RosterFilter{}, path, true);
    INFO(written.errorText().toStdString());
    REQUIRE(written.ok());
    CHECK(written.value() == 3);
    CHECK(roster.otherFiles() == QStringList{QStringLiteral("花名册.xlsx")});

    const Sheet sheet(path);
    CHECK(sheet.text(QStringLiteral("A1")).contains(QStringLiteral("魅力社区")) == false); // no community filter
    CHECK(sheet.text(QStringLiteral("A1")).contains(QDate::currentDate().toString(Qt::ISODate)));
    CHECK(sheet.merges == QStringList{QStringLiteral("A1:Q1")});
    CHECK(sheet.row(2) == RosterExport::headers());
    CHECK(sheet.paneState == QLatin1String("frozen"));
    CHECK(sheet.autoFilter == QLatin1String("A2:Q5"));

    // Pinyin order: 李四, 王五, 张三丰.
    CHECK(sheet.text(QStringLiteral("A3")) == QStringLiteral("李四"));
    CHECK(sheet.text(QStringLiteral("A4")) == QStringLiteral("王五"));
    CHECK(sheet.row(5) == QStringList{QStringLiteral("张三丰"), QStringLiteral("女"), ZhangId,
                                      QString::number(QDate(1899, 12, 30).daysTo(QDate(1949, 12, 31))),
                                      QStringLiteral("汉族"), ZhangPhone, QStringLiteral("户籍"), QStringLiteral("户主"),
                                      QStringLiteral("H-3-2-401"), QStringLiteral("魅力社区"), QStringLiteral("第1网格"),
                                      QStringLiteral("万科魅力之城"), QStringLiteral("3"), QStringLiteral("2"),
                                      QStringLiteral("401"), QStringLiteral("党员、独居"), TrickyNotes});
    for (const char *ref : {"C3", "C4", "C5", "F4", "F5"}) {
        INFO(ref);
        CHECK(sheet.isString(QLatin1String(ref)));
    }
    CHECK(sheet.text(QStringLiteral("C4")) == WangId);
    CHECK(sheet.text(QStringLiteral("F4")) == WangPhone);
    CHECK(sheet.text(QStringLiteral("G4")) == QStringLiteral("流动"));
    CHECK(sheet.text(QStringLiteral("H4")) == QStringLiteral("配偶"));
    CHECK(sheet.text(QStringLiteral("I3")) == QString::number(roster.otherHousehold));
    CHECK(sheet.text(QStringLiteral("K3")).isEmpty()); // building 5 is in no grid
    CHECK(sheet.text(QStringLiteral("F3")).isEmpty());  // no phone: a blank, not ""
    CHECK_FALSE(sheet.cells.contains(QStringLiteral("F3")));

    CHECK_FALSE(sheet.isString(QStringLiteral("D5")));
    CHECK(sheet.numberFormat(QStringLiteral("D5")) == QLatin1String("yyyy-mm-dd"));
}

TEST_CASE("roster export: masked by default, nothing of the full numbers in the file", "[export]")
{
    Roster roster;
    const Session session = test::viewer();
    const int auditBefore = AuditLog::count(*roster.db);
    const QString path = roster.file(QStringLiteral("masked.xlsx"));
    const Result<int> written = RosterExport(*roster.db, session).run(RosterFilter{}, path);
    INFO(written.errorText().toStdString());
    REQUIRE(written.ok());
    const Sheet sheet(path);
    CHECK(sheet.text(QStringLiteral("C5")) == QStringLiteral("110105********002X"));
    CHECK(sheet.text(QStringLiteral("F5")) == QStringLiteral("138****1234"));
    const QByteArray all = sheet.everything();
    for (const QString &secret : {ZhangId, WangId, LiId, ZhangPhone, WangPhone, QStringLiteral("19491231002X")}) {
        INFO(secret.toStdString());
        CHECK_FALSE(all.contains(secret.toUtf8()));
    }
    CHECK(AuditLog::count(*roster.db) == auditBefore); // masked exports are not audited
}

TEST_CASE("roster export: unmasked needs the right to see personal data and is audited", "[export]")
{
    Roster roster;
    const QString path = roster.file(QStringLiteral("full.csv"));
    const int auditBefore = AuditLog::count(*roster.db, QStringLiteral("resident"), 0);

    const Session guest = test::viewer();
    const Result<int> refused = RosterExport(*roster.db, guest).run(RosterFilter{}, path, true);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errors().constFirst().field == QLatin1String("unmasked"));
    CHECK_FALSE(refused.errorText().isEmpty());
    CHECK(roster.otherFiles().isEmpty());
    CHECK(AuditLog::count(*roster.db, QStringLiteral("resident"), 0) == auditBefore);

    const Session session = test::admin();
    RosterFilter filter;
    filter.text = QStringLiteral("张");
    const Result<int> written = RosterExport(*roster.db, session).run(filter, path, true);
    INFO(written.errorText().toStdString());
    REQUIRE(written.ok());
    CHECK(written.value() == 1);
    CHECK(AuditLog::count(*roster.db, QStringLiteral("resident"), 0) == auditBefore + 1);
    QSqlQuery q = sql::exec(roster.db->connection(),
                            QStringLiteral("SELECT actor, changes FROM audit_log WHERE action = 'export_unmasked' ORDER BY id DESC"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == session.user());
    const QJsonObject changes = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    CHECK(changes.value(QStringLiteral("count")).toInt() == 1);
    CHECK(changes.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("full.csv")));
    CHECK(changes.value(QStringLiteral("filter")).toString() == QStringLiteral("张"));

    const QList<QStringList> rows = readCsv(path);
    REQUIRE(rows.size() == 3);
    // The tab that keeps Excel from reading the number goes away in the importer's trim.
    CHECK(CellValue::halfWidth(rows.at(2).at(2)) == ZhangId);
    CHECK(rows.at(2).at(5) == QStringLiteral("\t") + ZhangPhone);
    CHECK(CellValue::halfWidth(rows.at(2).at(5)) == ZhangPhone);
}

TEST_CASE("roster export: the filter is honoured and the community named in the title", "[export]")
{
    Roster roster;
    const Session session = test::admin();
    RosterFilter filter;
    filter.communityId = roster.place.communityId;
    filter.buildingId = roster.place.buildingId;
    const QString path = roster.file(QStringLiteral("building3.xlsx"));
    const Result<int> written = RosterExport(*roster.db, session).run(filter, path);
    REQUIRE(written.ok());
    CHECK(written.value() == 2);
    const Sheet sheet(path);
    CHECK(sheet.text(QStringLiteral("A1")).contains(QStringLiteral("魅力社区")));
    CHECK(sheet.text(QStringLiteral("A3")) == QStringLiteral("王五"));
    CHECK(sheet.text(QStringLiteral("A4")) == QStringLiteral("张三丰"));
    CHECK_FALSE(sheet.cells.contains(QStringLiteral("A5")));
    CHECK(sheet.autoFilter == QLatin1String("A2:Q4"));

    filter = {};
    filter.text = QStringLiteral("没有这个人");
    const Result<int> none = RosterExport(*roster.db, session).run(filter, path);
    REQUIRE(none.ok());
    CHECK(none.value() == 0);
    CHECK(Sheet(path).autoFilter == QLatin1String("A2:Q2"));
}

TEST_CASE("roster export: CSV with BOM, CRLF, header, quoting and masking", "[export]")
{
    Roster roster;
    const Session session = test::admin();
    const QString path = roster.file(QStringLiteral("roster.csv"));
    const Result<int> written = RosterExport(*roster.db, session).run(RosterFilter{}, path);
    REQUIRE(written.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == 5); // title, header, 3 rows; the line break inside the notes stays \n
    CHECK(bytes.contains(QStringLiteral("\"说\"\"明\"\",含逗号\n第二行\"").toUtf8()));
    CHECK_FALSE(bytes.contains(ZhangId.toUtf8()));
    CHECK_FALSE(bytes.contains(WangPhone.toUtf8()));

    const QList<QStringList> rows = readCsv(path);
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0).size() == 1);
    CHECK(rows.at(0).at(0).contains(QDate::currentDate().toString(Qt::ISODate)));
    CHECK(rows.at(1) == RosterExport::headers());
    CHECK(rows.at(4).at(0) == QStringLiteral("张三丰"));
    CHECK(rows.at(4).at(2) == QStringLiteral("110105********002X"));
    CHECK(rows.at(4).at(3) == QStringLiteral("1949-12-31"));
    CHECK(rows.at(4).at(5) == QStringLiteral("138****1234"));
    CHECK(rows.at(4).at(16) == TrickyNotes);
}

TEST_CASE("CSV fields: quoting and guards against Excel's conversions", "[export]")
{
    CHECK(CsvTableWriter::field(QStringLiteral("张三")) == QStringLiteral("张三"));
    CHECK(CsvTableWriter::field(QStringLiteral("欧阳,娜娜")) == QStringLiteral("\"欧阳,娜娜\""));
    CHECK(CsvTableWriter::field(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CsvTableWriter::field(QStringLiteral("a\nb")) == QStringLiteral("\"a\nb\""));
    CHECK(CsvTableWriter::field(QStringLiteral("210211199003071235")) == QStringLiteral("\"\t210211199003071235\""));
    CHECK(CsvTableWriter::field(QStringLiteral("13912345678")) == QStringLiteral("\"\t13912345678\""));
    CHECK(CsvTableWriter::field(QStringLiteral("007")) == QStringLiteral("\"\t007\""));
    CHECK(CsvTableWriter::field(QStringLiteral("=1+1")) == QStringLiteral("\"\t=1+1\""));
    CHECK(CsvTableWriter::field(QStringLiteral("401")) == QStringLiteral("401"));
    CHECK(CsvTableWriter::field(QStringLiteral("11010519491231002X")) == QStringLiteral("11010519491231002X"));
    CHECK(CsvTableWriter::field(QDate(2001, 2, 3)) == QStringLiteral("2001-02-03"));
    CHECK(CsvTableWriter::field(42) == QStringLiteral("42"));
    CHECK(CsvTableWriter::field(QVariant()).isEmpty());

    // What the importer makes of them: the values we started with.
    const QString line = QStringList{CsvTableWriter::field(QStringLiteral("欧阳,\"娜\"\n娜")),
                                     CsvTableWriter::field(QStringLiteral("210211199003071235")),
                                     CsvTableWriter::field(QStringLiteral("0411"))}.join(QLatin1Char(','));
    const QList<QStringList> rows = CsvReader::parse(line + QStringLiteral("\r\n"), QLatin1Char(','));
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).at(0) == QStringLiteral("欧阳,\"娜\"\n娜"));
    CHECK(CellValue::halfWidth(rows.at(0).at(1)) == QStringLiteral("210211199003071235"));
    CHECK(CellValue::halfWidth(rows.at(0).at(2)) == QStringLiteral("0411"));
}

TEST_CASE("roster export: cancel removes the partial file and keeps the old one", "[export]")
{
    Roster roster;
    const Session session = test::admin();
    for (const QString &name : {QStringLiteral("c.xlsx"), QStringLiteral("c.csv")}) {
        const QString path = roster.file(name);
        const Result<int> first = RosterExport(*roster.db, session).run(RosterFilter{}, path, false, [](int, int) { return false; });
        CHECK(RosterExport::cancelled(first));
        CHECK_FALSE(first.errorText().isEmpty());
        CHECK(roster.otherFiles().isEmpty());

        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QList<int> seen;
        const Result<int> atEnd = RosterExport(*roster.db, session).run(RosterFilter{}, path, true, [&](int done, int total) {
            seen << done;
            CHECK(total == 3);
            return done < total;
        });
        CHECK(RosterExport::cancelled(atEnd));
        CHECK(seen == QList<int>{0, 3});
        CHECK(roster.otherFiles() == QStringList{name});
        REQUIRE(old.open(QIODevice::ReadOnly));
        CHECK(old.readAll() == "old");
        old.close();
        CHECK(AuditLog::count(*roster.db, QStringLiteral("resident"), 0) == 0); // nothing left the building
        REQUIRE(QFile::remove(path));
    }
}

TEST_CASE("roster export: an existing file is replaced, bad paths are explained", "[export]")
{
    Roster roster;
    const Session session = test::admin();
    const QString path = roster.file(QStringLiteral("r.csv"));
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    REQUIRE(RosterExport(*roster.db, session).run(RosterFilter{}, path).ok());
    CHECK(readCsv(path).size() == 5);
    CHECK(roster.otherFiles() == QStringList{QStringLiteral("r.csv")});

    for (const QString &bad : {roster.file(QStringLiteral("r.txt")), roster.file(QStringLiteral("missing/r.xlsx")),
                               QStringLiteral("/proc/r.xlsx")}) {
        INFO(bad.toStdString());
        const Result<int> failed = RosterExport(*roster.db, session).run(RosterFilter{}, bad);
        REQUIRE_FALSE(failed.ok());
        CHECK(failed.errors().constFirst().field == QLatin1String("path"));
        CHECK_FALSE(failed.errorText().isEmpty());
    }
}

TEST_CASE("table writers report a file they cannot write", "[export]")
{
    CHECK(TableWriter::create(QStringLiteral("/tmp/x.txt")) == nullptr);
    CHECK(TableWriter::formatFor(QStringLiteral("Roster.XLSX")) == TableWriter::Format::Xlsx);

    XlsxTableWriter xlsx(QStringLiteral("/nonexistent-folder/x.xlsx"));
    xlsx.setHeader({QStringLiteral("a")}, {10});
    xlsx.addRow({QStringLiteral("1")});
    const Status xlsxClosed = xlsx.close();
    CHECK_FALSE(xlsxClosed.ok());
    CHECK(xlsxClosed.errorText().contains(QLatin1String("/nonexistent-folder/x.xlsx")));

    CsvTableWriter csv(QStringLiteral("/nonexistent-folder/x.csv"));
    csv.addRow({QStringLiteral("1")});
    const Status csvClosed = csv.close();
    CHECK_FALSE(csvClosed.ok());
    CHECK(csvClosed.errorText().contains(QLatin1String("/nonexistent-folder/x.csv")));
}

TEST_CASE("round trip: an unmasked export imports back identically, as .xlsx and as CSV", "[export][importer]")
{
    Roster roster;
    {
        // Someone without an ID number: known by birth date and sex.
        const Session session = test::admin();
        ResidentService service(*roster.db, session);
        Resident baby;
        baby.name = QStringLiteral("张小宝");
        baby.birthDate = QDate(2025, 6, 1);
        baby.sex = QStringLiteral("F");
        baby.householdId = roster.place.householdId;
        baby.relation = relation::Grandchild;
        REQUIRE(service.create(baby).ok());
    }
    const Session session = test::admin();
    const QString before = roster.file(QStringLiteral("before.csv"));
    REQUIRE(RosterExport(*roster.db, session).run({}, before, true).ok());

    for (const char *format : {"xlsx", "csv"}) {
        INFO(format);
        const QString exported = roster.file(QStringLiteral("roster.%1").arg(QLatin1String(format)));
        REQUIRE(RosterExport(*roster.db, session).run({}, exported, true).ok());

        test::TempDatabase fresh;
        PlaceStore(*fresh).ensureFirstCommunity();
        ImportRequest request;
        request.path = exported;
        const Result<ImportOutcome> outcome = ImportJob::run(*fresh, session, request);
        INFO(outcome.errorText().toStdString());
        REQUIRE(outcome.ok());
        const ImportReport &report = outcome.value().report;
        INFO(QJsonDocument(report.toJson()).toJson().toStdString());
        CHECK(report.read == 4);
        CHECK(report.imported == 4);
        CHECK(report.rejected == 0);
        CHECK(report.newHouseholds == 2);

        const QString after = fresh.dir.filePath(QStringLiteral("after.csv"));
        REQUIRE(RosterExport(*fresh, session).run({}, after, true).ok());
        // The title names the export date and scope; every row below it must be the same.
        const QList<QStringList> a = readCsv(before).mid(1);
        const QList<QStringList> b = readCsv(after).mid(1);
        REQUIRE(a.size() == 5);
        CHECK(a == b);
    }
}
