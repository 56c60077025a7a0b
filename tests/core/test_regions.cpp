#include <catch2/catch.hpp>

#include "db/sql.h"
#include "audit/auditlog.h"
#include "regions/divisionimport.h"
#include "regions/regiontable.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace jy;

namespace {

const QString divisionsDir = QStringLiteral(JIAYUAN_SHARED_DATA_DIR "/divisions");

// code → name from the official "code,\"name\",…" lists.
QMap<QString, QString> readOfficial(const QString &fileName)
{
    QMap<QString, QString> map;
    QFile file(divisionsDir + QLatin1Char('/') + fileName);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    file.readLine(); // header
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
        if (fields.size() < 2)
            continue;
        QString name = fields.at(1);
        name.remove(QLatin1Char('"'));
        map.insert(fields.at(0), name);
    }
    return map;
}

int divisions(Database &db, int level)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM division WHERE level = ?"), {level}).toInt();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

} // namespace

TEST_CASE("RegionTable: the builtin table loads from the resource", "[regions]")
{
    CHECK(QFile(QStringLiteral(":/core/regions.csv")).exists());
    const RegionTable &table = RegionTable::builtin();
    CHECK(table.entries().size() > 370);
    CHECK(&table == &RegionTable::builtin());
}

TEST_CASE("RegionTable: every builtin region matches the official list, both ways", "[regions]")
{
    QMap<QString, QString> official = readOfficial(QStringLiteral("provinces.csv"));
    const QMap<QString, QString> cities = readOfficial(QStringLiteral("cities.csv"));
    REQUIRE(official.size() == 31);
    REQUIRE(cities.size() == 342);
    official.insert(cities);

    // Hong Kong, Macao and Taiwan are not in the NBS lists; HK-MO-TW.json names them.
    QFile json(divisionsDir + QStringLiteral("/HK-MO-TW.json"));
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject hkMoTw = QJsonDocument::fromJson(json.readAll()).object();
    REQUIRE(hkMoTw.size() == 3);

    const RegionTable &table = RegionTable::builtin();
    QSet<QString> ours;
    for (const auto &[code, name] : table.entries()) {
        INFO(code.toStdString() << " " << name.toStdString());
        CHECK_FALSE(ours.contains(code)); // no duplicates
        ours.insert(code);
        if (code == QLatin1String("71") || code == QLatin1String("81") || code == QLatin1String("82"))
            CHECK(hkMoTw.contains(name));
        else
            CHECK(official.value(code) == name);
    }
    for (auto it = official.cbegin(); it != official.cend(); ++it) {
        INFO(it.key().toStdString() << " " << it.value().toStdString());
        CHECK(ours.contains(it.key()));
    }
    for (const QString &code : {QStringLiteral("71"), QStringLiteral("81"), QStringLiteral("82")})
        CHECK(table.knowsProvince(code));
}

TEST_CASE("RegionTable: names are described from province and prefecture", "[regions]")
{
    const RegionTable &table = RegionTable::builtin();
    CHECK(table.describe(QStringLiteral("210211")) == QStringLiteral("辽宁省大连市"));
    CHECK(table.describe(QStringLiteral("110101")) == QStringLiteral("北京市"));
    CHECK(table.describe(QStringLiteral("500229")) == QStringLiteral("重庆市"));       // "县" placeholder
    CHECK(table.describe(QStringLiteral("429004")) == QStringLiteral("湖北省"));       // 省直辖县级行政区划
    CHECK(table.describe(QStringLiteral("210211014001")) == QStringLiteral("辽宁省大连市"));
    CHECK(table.describe(QStringLiteral("21")) == QStringLiteral("辽宁省"));
    CHECK(table.describe(QStringLiteral("810000")) == QStringLiteral("香港特别行政区"));
    CHECK(table.describe(QStringLiteral("000000")).isEmpty());
    CHECK(table.describe(QStringLiteral("2")).isEmpty());
    CHECK(table.describe(QStringLiteral("21a211")).isEmpty());
    CHECK(table.provinceName(QStringLiteral("21")) == QStringLiteral("辽宁省"));
    CHECK(table.provinceName(QStringLiteral("99")).isEmpty());
    CHECK(table.prefectureName(QStringLiteral("2102")) == QStringLiteral("大连市"));
    CHECK(table.prefectureName(QStringLiteral("1101")).isEmpty());
    CHECK(table.prefectureName(QStringLiteral("6590")).isEmpty());
    CHECK_FALSE(table.knowsProvince(QStringLiteral("83")));
}

TEST_CASE("DivisionImport: the official county and street lists import idempotently", "[regions][division]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const QString areas = divisionsDir + QStringLiteral("/areas.csv");
    const QString streets = divisionsDir + QStringLiteral("/streets.csv");

    // Before any import the builtin table still names the prefecture.
    CHECK(DivisionImport::describe(*db, QStringLiteral("210211014")) == QStringLiteral("辽宁省大连市"));

    for (int round = 0; round < 2; ++round) {
        const auto a = DivisionImport::importCsv(*db, admin, areas);
        REQUIRE(a.ok());
        CHECK(a.value().imported == 2978);
        CHECK(a.value().skipped == 0);
        CHECK(a.value().problems.isEmpty());
        const auto s = DivisionImport::importCsv(*db, admin, streets);
        REQUIRE(s.ok());
        CHECK(s.value().imported == 41352);
        CHECK(s.value().skipped == 0);
        CHECK(divisions(*db, 3) == 2978);
        CHECK(divisions(*db, 4) == 41352);
    }
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT parent_code FROM division WHERE code = '210211014'")).toString()
          == QLatin1String("210211"));
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT parent_code FROM division WHERE code = '210211'")).toString()
          == QLatin1String("2102"));

    CHECK(DivisionImport::describe(*db, QStringLiteral("210211014")) == QStringLiteral("辽宁省大连市甘井子区辛寨子街道"));
    CHECK(DivisionImport::describe(*db, QStringLiteral("210211014001")) == QStringLiteral("辽宁省大连市甘井子区辛寨子街道"));
    CHECK(DivisionImport::describe(*db, QStringLiteral("210211")) == QStringLiteral("辽宁省大连市甘井子区"));
    CHECK(DivisionImport::describe(*db, QStringLiteral("110101001")) == QStringLiteral("北京市东城区东华门街道"));
    CHECK(DivisionImport::describe(*db, QStringLiteral("2102")) == QStringLiteral("辽宁省大连市"));
    CHECK(DivisionImport::describe(*db, QStringLiteral("210211999")) == QStringLiteral("辽宁省大连市甘井子区"));
    CHECK(DivisionImport::describe(*db, QStringLiteral("990000000")).isEmpty());
}

TEST_CASE("DivisionImport: a bad line is reported with its number and the good lines still import", "[regions][division]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("areas.csv"),
        "\xEF\xBB\xBF" "code,name,cityCode,provinceCode\r\n"
        "210211,\"甘井子区\",2102,21\r\n"
        "21021,\"短码\",2102,21\r\n"            // line 3: code too short
        "\r\n"
        "210212,\"旅顺口区\",2102\r\n"           // line 5: a field missing
        "210213,\"金州区\",2101,21\r\n"          // line 6: parent does not match
        "210214,\"\",2102,21\r\n"               // line 7: no name
        "210202,\"中山区\",2102,21\r\n");
    const auto r = DivisionImport::importCsv(*db, admin, path);
    REQUIRE(r.ok());
    CHECK(r.value().imported == 2);
    CHECK(r.value().skipped == 4);
    REQUIRE(r.value().problems.size() == 4);
    CHECK(r.value().problems.at(0).contains(QRegularExpression(QStringLiteral("\\b3\\b"))));
    CHECK(r.value().problems.at(1).contains(QRegularExpression(QStringLiteral("\\b5\\b"))));
    CHECK(r.value().problems.at(2).contains(QRegularExpression(QStringLiteral("\\b6\\b"))));
    CHECK(r.value().problems.at(3).contains(QRegularExpression(QStringLiteral("\\b7\\b"))));
    CHECK(divisions(*db, 3) == 2);
    CHECK(DivisionImport::describe(*db, QStringLiteral("210202")) == QStringLiteral("辽宁省大连市中山区"));

    const QString other = writeFile(dir, QStringLiteral("other.csv"), "id,title\n1,x\n");
    CHECK_FALSE(DivisionImport::importCsv(*db, admin, other).ok());
    CHECK_FALSE(DivisionImport::importCsv(*db, admin, dir.filePath(QStringLiteral("missing.csv"))).ok());
    CHECK(divisions(*db, 3) == 2);
    CHECK(AuditLog::count(*db, QStringLiteral("division")) == 1);

    const Session guest = test::viewer();
    CHECK_FALSE(DivisionImport::importCsv(*db, guest, path).ok());
    CHECK(AuditLog::count(*db, QStringLiteral("division")) == 1);
}
