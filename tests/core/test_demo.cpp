#include <catch2/catch.hpp>

#include "accounts/login.h"
#include "accounts/session.h"
#include "demo/demoaccounts.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "idnumber/idnumber.h"
#include "residents/phonenumber.h"
#include "residents/resident.h"
#include "residents/searchkeys.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <memory>

using namespace jy;

namespace {

struct DemoDb
{
    DemoDb() { db = Database::openSqlite(dir.filePath(QStringLiteral("demo.sqlite"))); }
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

qint64 count(Database &db, const QString &statement, std::initializer_list<QVariant> values = {})
{
    return sql::scalar(db.connection(), statement, values).toLongLong();
}

// Every resident as one line, in insertion order: what "the same data" means.
QStringList residentRows(Database &db)
{
    QStringList rows;
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral(
        "SELECT id, household_id, relation, name, id_number, birth_date, sex, phone, residence_type, ethnicity, "
        "building_id, community_id, created_at FROM resident ORDER BY id"));
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 13; ++i)
            fields << q.value(i).toString();
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

QList<QPair<QString, QString>> namesAndIds(Database &db)
{
    QList<QPair<QString, QString>> out;
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral("SELECT name, id_number FROM resident ORDER BY id"));
    while (q.next())
        out << qMakePair(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool near(qint64 value, double target, double tolerance) { return std::abs(value - target) <= target * tolerance; }

} // namespace

TEST_CASE("one community is 魅力社区 as the seed report describes it", "[demo]")
{
    DemoDb d;
    Database &db = *d.db;
    const Session session = Session::localAdministrator();
    DemoOptions options;
    QList<int> reported;
    options.progress = [&reported](int done, int total) {
        reported << done;
        return done <= total;
    };
    const Result<DemoSummary> result = DemoGenerator::generate(db, session, options);
    REQUIRE(result.ok());
    const DemoSummary s = result.value();

    CHECK(s.communities == 1);
    CHECK(s.buildings == 62);
    CHECK(s.grids == 9);
    CHECK(s.partyMembers == 243);
    CHECK(near(s.households, 4692, 0.03));
    CHECK(near(s.residents, 9475, 0.03));

    // The summary tells the truth about the tables.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM building")) == s.buildings);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM household")) == s.households);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident")) == s.residents);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM party_member")) == 243);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM grid")) == 9);


    // Places: 辛寨子街道 → 魅力社区 → 万科魅力之城, buildings 1..62 of 2–4 units, 6–33 floors.
    CHECK(sql::scalar(db.connection(), QStringLiteral("SELECT name FROM street WHERE code = '210211014'")).toString()
          == QStringLiteral("辛寨子街道"));
    CHECK(sql::scalar(db.connection(), QStringLiteral("SELECT name FROM community WHERE code = '210211014001'")).toString()
          == QStringLiteral("魅力社区"));
    CHECK(sql::scalar(db.connection(), QStringLiteral("SELECT group_concat(name) FROM estate")).toString()
          == QStringLiteral("万科魅力之城"));
    CHECK(count(db, QStringLiteral("SELECT min(CAST(number AS INTEGER)) FROM building")) == 1);
    CHECK(count(db, QStringLiteral("SELECT max(CAST(number AS INTEGER)) FROM building")) == 62);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM building WHERE floors < 6 OR floors > 33")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (SELECT building_id, count(*) AS n FROM unit GROUP BY building_id) "
                                   "WHERE n < 2 OR n > 4")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM dwelling d WHERE NOT EXISTS "
                                   "(SELECT 1 FROM household h WHERE h.dwelling_id = d.id)")) > 0); // some stand empty
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM dwelling WHERE room = '401'")) > 0);

    // Nine grid branches with the nine themes of the report, one per grid, under the committee.
    QSqlQuery branches = sql::exec(db.connection(), QStringLiteral("SELECT name, theme FROM party_branch WHERE kind = 'grid' ORDER BY id"));
    QStringList themes;
    while (branches.next()) {
        CHECK(branches.value(0).toString() == branches.value(1).toString() + QStringLiteral("党支部"));
        themes << branches.value(1).toString();
    }
    CHECK(themes == QString::fromUtf8("服务 学习 孝老 睦邻 护绿 智慧 慈善 文艺 环保").split(QLatin1Char(' ')));

    // Grids cover every building once, with a leader, one or two workers, a building head per
    // building and an informant.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM grid_building")) == 62);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT building_id) FROM grid_building")) == 62);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM grid_staff s JOIN grid_role r ON r.id = s.role_id WHERE r.name = '网格长'")) == 9);
    const qint64 workers = count(db, QStringLiteral("SELECT count(*) FROM grid_staff s JOIN grid_role r ON r.id = s.role_id WHERE r.name = '网格员'"));
    CHECK(workers >= 9);
    CHECK(workers <= 18);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM grid_staff s JOIN grid_role r ON r.id = s.role_id WHERE r.name = '楼栋长'")) == 62);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM grid_staff s JOIN grid_role r ON r.id = s.role_id WHERE r.name = '信息员'")) == 9);
    // A building head lives in the building they look after.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM grid_staff s JOIN grid_role r ON r.id = s.role_id "
                                   "JOIN resident p ON p.id = s.resident_id WHERE r.name = '楼栋长' AND NOT EXISTS "
                                   "(SELECT 1 FROM grid_building gb WHERE gb.grid_id = s.grid_id AND gb.building_id = p.building_id)")) == 0);

    // Exactly one head per household, nobody outside a household.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM household h WHERE (SELECT count(*) FROM resident r "
                                   "WHERE r.household_id = h.id AND r.relation = 'head') <> 1")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident WHERE household_id IS NULL")) == 0);

    // ID numbers: valid, unique, and agreeing with the stored birth date, sex and birthplace.
    QSet<QString> ids;
    int invalid = 0, disagreeing = 0, badPhones = 0, badKeys = 0, rows = 0;
    int aged60 = 0;
    QMap<QString, int> types;
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral(
        "SELECT name, id_number, birth_date, sex, birthplace_code, phone, residence_type, name_pinyin, name_initials, "
        "sort_key, id_rev, phone_rev, building_id, community_id FROM resident"));
    while (q.next()) {
        ++rows;
        const QString name = q.value(0).toString();
        const QString id = q.value(1).toString();
        const QString phone = q.value(5).toString();
        ids.insert(id);
        const IdCheck c = IdNumber::check(id, options.referenceDate);
        if (!c.valid)
            ++invalid;
        else if (c.birthDate.toString(Qt::ISODate) != q.value(2).toString() || c.sex != q.value(3).toString()
                 || c.regionCode != q.value(4).toString())
            ++disagreeing;
        if (!phone.isEmpty() && PhoneNumber::check(phone).normalized != phone)
            ++badPhones;
        // The derived columns are exactly what ResidentStore would write.
        const SearchKeys keys = SearchKeys::compute(name, id, phone);
        if (q.value(7).toString().isEmpty() || q.value(9).toString().isEmpty() || keys.pinyin != q.value(7).toString()
            || keys.initials != q.value(8).toString() || keys.sortKey != q.value(9).toString()
            || keys.idReversed != q.value(10).toString() || keys.phoneReversed != q.value(11).toString()
            || q.value(12).isNull() || q.value(13).isNull())
            ++badKeys;
        if (ageOn(c.birthDate, options.referenceDate) >= 60)
            ++aged60;
        types[q.value(6).toString()] += 1;
    }
    CHECK(invalid == 0);
    CHECK(disagreeing == 0);
    CHECK(ids.size() == rows);
    CHECK(badPhones == 0);
    CHECK(badKeys == 0);

    // A northern city's age structure and mix of registrations.
    CHECK(aged60 > rows * 0.16);
    CHECK(aged60 < rows * 0.30);
    CHECK(types.value(residence::Registered) > rows * 0.62);
    CHECK(types.value(residence::Registered) < rows * 0.78);
    CHECK(types.value(residence::Floating) > rows * 0.06);
    CHECK(types.value(residence::Floating) < rows * 0.14);
    CHECK(types.value(residence::Resident) > rows * 0.12);
    CHECK(types.value(residence::Absent) > 0);

    // The name index has one row per resident, and finds them by any character.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident_name_fts")) == rows);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident r JOIN resident_name_fts f ON f.rowid = r.id")) == rows);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident_name_fts WHERE resident_name_fts MATCH '王'")) > 0);

    // Tags follow the people: every party member is tagged, the 80+ are 高龄, those alone 独居.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id WHERE t.name = '党员'")) == 243);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id "
                                   "JOIN party_member m ON m.resident_id = rt.resident_id WHERE t.name = '党员'")) == 243);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident r JOIN resident_tag rt ON rt.resident_id = r.id "
                                   "JOIN tag t ON t.id = rt.tag_id WHERE t.name = '高龄' AND r.birth_date > '1946-06-30'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id WHERE t.name = '独居'")) > 100);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id WHERE t.name = '空巢'")) > 100);

    // Party members: adults, joined after their 18th birthday, a few probationary.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM party_member m JOIN resident r ON r.id = m.resident_id "
                                   "WHERE m.joined_on <= date(r.birth_date, '+18 years') OR m.joined_on > '2026-06-30'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM party_member WHERE branch_id IS NULL")) == 0);
    const qint64 probationary = count(db, QStringLiteral("SELECT count(*) FROM party_member WHERE status = 'probationary'"));
    CHECK(probationary > 0);
    CHECK(probationary < 30);

    // Spouses do not share a surname; children carry the head's when he is their father.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident h JOIN resident s ON s.household_id = h.household_id "
                                   "WHERE h.relation = 'head' AND s.relation = 'spouse' AND substr(h.name, 1, 1) = substr(s.name, 1, 1)")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident h JOIN resident c ON c.household_id = h.household_id "
                                   "WHERE h.relation = 'head' AND h.sex = 'M' AND c.relation IN ('son', 'daughter') "
                                   "AND substr(h.name, 1, 1) <> substr(c.name, 1, 1)")) == 0);

    // Brothers and sisters are born at least nine months apart.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident a JOIN resident b ON b.household_id = a.household_id AND b.id > a.id "
                                   "WHERE ((a.relation IN ('son', 'daughter') AND b.relation IN ('son', 'daughter')) "
                                   "OR (a.relation = 'grandchild' AND b.relation = 'grandchild')) "
                                   "AND abs(julianday(a.birth_date) - julianday(b.birth_date)) < 280")) == 0);

    // Dated by the reference date, not the clock; one audit entry for the whole run.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident WHERE created_at <> '2026-06-30T00:00:00Z'")) == 0);
    CHECK(AuditLog::count(db, QStringLiteral("database")) == 1);
    CHECK(sql::scalar(db.connection(), QStringLiteral("SELECT action FROM audit_log WHERE entity = 'database'")).toString()
          == QLatin1String("demo"));
    CHECK(AuditLog::count(db) == 1);

    // Progress came in steps of about a thousand and ended at the total.
    REQUIRE(reported.size() > 5);
    CHECK(reported.front() == 0);
    CHECK(reported.back() == 9475);

    // One account per role, all signing in with the demo password; the grid worker has a grid.
    CHECK(DemoAccounts::present(db));
    for (const char *user : {"admin", "staff", "grid", "market", "viewer"}) {
        const Login::Outcome o = Login::signIn(db, QString::fromLatin1(user), DemoAccounts::kPassword);
        REQUIRE(o.session);
        CHECK_FALSE(o.mustChangePassword);
    }
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM account_grid")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM account WHERE role = 'gridworker' AND community_id IS NOT NULL")) == 1);
}

TEST_CASE("the same seed gives the same data, another seed other data, and a second run is refused", "[demo]")
{
    DemoDb a, b, c;
    const Session session = Session::localAdministrator();
    DemoOptions options;
    options.supermarket = false; // the roster's determinism; the supermarket's is tested on its own
    REQUIRE(DemoGenerator::generate(*a.db, session, options).ok());
    REQUIRE(DemoGenerator::generate(*b.db, session, options).ok());
    options.seed = 4242;
    REQUIRE(DemoGenerator::generate(*c.db, session, options).ok());

    const auto first = namesAndIds(*a.db);
    CHECK(first == namesAndIds(*b.db));
    CHECK(residentRows(*a.db) == residentRows(*b.db));
    CHECK(first != namesAndIds(*c.db));

    const qint64 before = count(*a.db, QStringLiteral("SELECT count(*) FROM resident"));
    const Result<DemoSummary> again = DemoGenerator::generate(*a.db, session, DemoOptions());
    CHECK_FALSE(again.ok());
    CHECK_FALSE(again.errorText().isEmpty());
    CHECK(count(*a.db, QStringLiteral("SELECT count(*) FROM resident")) == before);
    CHECK(count(*a.db, QStringLiteral("SELECT count(*) FROM community")) == 1);
}

TEST_CASE("cancelling the demo leaves the database as it was", "[demo]")
{
    DemoDb d;
    DemoOptions options;
    int calls = 0;
    options.progress = [&calls](int done, int) {
        ++calls;
        return done < 3000;
    };
    const Result<DemoSummary> result = DemoGenerator::generate(*d.db, Session::localAdministrator(), options);
    CHECK_FALSE(result.ok());
    CHECK(calls > 1);
    CHECK(count(*d.db, QStringLiteral("SELECT count(*) FROM resident")) == 0);
    CHECK(count(*d.db, QStringLiteral("SELECT count(*) FROM household")) == 0);
    CHECK(count(*d.db, QStringLiteral("SELECT count(*) FROM community")) == 0);
    CHECK(count(*d.db, QStringLiteral("SELECT count(*) FROM resident_name_fts")) == 0);
    CHECK(AuditLog::count(*d.db) == 0);

    // And the database is still usable for a full run.
    options.progress = nullptr;
    CHECK(DemoGenerator::generate(*d.db, Session::localAdministrator(), options).ok());
}

TEST_CASE("the demo needs the right to import and sensible options", "[demo]")
{
    DemoDb d;
    const Result<DemoSummary> viewer = DemoGenerator::generate(*d.db, Session(QStringLiteral("guest"), Role::Viewer), DemoOptions());
    CHECK_FALSE(viewer.ok());
    DemoOptions none;
    none.communities = 0;
    const Result<DemoSummary> empty = DemoGenerator::generate(*d.db, Session::localAdministrator(), none);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.errors().front().field == QLatin1String("communities"));
    CHECK(count(*d.db, QStringLiteral("SELECT count(*) FROM street")) == 0);
}

TEST_CASE("several communities make a street", "[demo]")
{
    DemoDb d;
    Database &db = *d.db;
    DemoOptions options;
    options.communities = 3;
    options.supermarket = false; // tests/core/test_demosupermarket.cpp covers it
    const Result<DemoSummary> result = DemoGenerator::generate(db, Session::localAdministrator(), options);
    REQUIRE(result.ok());
    const DemoSummary s = result.value();
    CHECK(s.communities == 3);
    CHECK(near(s.residents, 9475 + 2 * 10500, 0.06));
    CHECK(s.households > 3 * 4000);
    CHECK(s.partyMembers > 243 + 2 * 150);
    CHECK(s.grids >= 9 + 2 * 7);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM street")) == 1);

    QSqlQuery q = sql::exec(db.connection(), QStringLiteral("SELECT id, code, name FROM community ORDER BY code"));
    QStringList codes, names;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        codes << q.value(1).toString();
        names << q.value(2).toString();
        const qint64 residents = count(db, QStringLiteral("SELECT count(*) FROM resident WHERE community_id = ?"), {id});
        const qint64 estates = count(db, QStringLiteral("SELECT count(*) FROM estate WHERE community_id = ?"), {id});
        CHECK(estates >= 1);
        CHECK(estates <= 4);
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM party_branch WHERE community_id = ? AND kind = 'grid'"), {id})
              == count(db, QStringLiteral("SELECT count(*) FROM grid WHERE community_id = ?"), {id}));
        if (codes.size() > 1) {
            CHECK(near(residents, 10500, 0.06));
            // About 2.5% of the adults are party members.
            const qint64 adults = count(db, QStringLiteral("SELECT count(*) FROM resident WHERE community_id = ? AND birth_date <= '2008-06-30'"), {id});
            const qint64 members = count(db, QStringLiteral("SELECT count(*) FROM party_member m JOIN resident r ON r.id = m.resident_id "
                                                            "WHERE r.community_id = ?"), {id});
            CHECK(near(members, adults * 0.025, 0.1));
        }
    }
    CHECK(codes == QStringList{QStringLiteral("210211014001"), QStringLiteral("210211014002"), QStringLiteral("210211014003")});
    CHECK(names.front() == QStringLiteral("魅力社区"));
    CHECK(QSet<QString>(names.begin(), names.end()).size() == 3);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM resident_name_fts")) == s.residents);
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT id_number) FROM resident")) == s.residents);
}
