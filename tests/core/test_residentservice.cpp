#include <catch2/catch.hpp>

#include "audit/auditlog.h"
#include "common/conflict.h"
#include "db/sql.h"
#include "residents/residentservice.h"
#include "testsupport.h"

using namespace jy;

namespace {

Resident person(const QString &name, const QString &idNumber, qint64 householdId, const QString &relation)
{
    Resident r;
    r.name = name;
    r.idNumber = idNumber;
    r.householdId = householdId;
    r.relation = relation;
    r.residenceType = residence::Registered;
    return r;
}

bool hasError(const FieldErrors &errors, const QString &field)
{
    for (const FieldError &e : errors) {
        if (e.field == field && !e.message.isEmpty())
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("creating a resident derives birth date, sex and birthplace from the ID number", "[residents]")
{
    test::TempDatabase db;
    const auto place = test::SmallPlace::create(*db);
    const Session session = test::admin();
    ResidentService service(*db, session);

    Resident r = person(QStringLiteral(" 张三丰 "), QStringLiteral("１１０１０５１９４９１２３１００２ｘ"), place.householdId, relation::Head);
    r.birthDate = QDate(2000, 1, 1); // typed by mistake: the ID number wins
    r.phone = QStringLiteral("138 0000 1234");
    const Result<qint64> created = service.create(r);
    REQUIRE(created.ok());
    const Resident stored = *service.find(created.value());
    CHECK(stored.name == QStringLiteral("张三丰"));
    CHECK(stored.idNumber == QLatin1String("11010519491231002X"));
    CHECK(stored.birthDate == QDate(1949, 12, 31));
    CHECK(stored.sex == QLatin1String("F"));
    CHECK(stored.birthplaceCode == QLatin1String("110105"));
    CHECK(stored.phone == QLatin1String("13800001234"));
    CHECK(AuditLog::count(*db, QStringLiteral("resident"), created.value()) == 1);
}

TEST_CASE("a 15-digit ID number is stored as its 18-digit form", "[residents]")
{
    test::TempDatabase db;
    const Session session = test::admin();
    ResidentService service(*db, session);
    const Result<qint64> created = service.create(person(QStringLiteral("李四"), QStringLiteral("110105491231001"), 0, relation::Other));
    REQUIRE(created.ok());
    CHECK(service.find(created.value())->idNumber == QLatin1String("110105194912310011"));
}

TEST_CASE("validation errors name their fields and nothing is written", "[residents]")
{
    test::TempDatabase db;
    const auto place = test::SmallPlace::create(*db);
    const Session session = test::admin();
    ResidentService service(*db, session);
    REQUIRE(service.create(person(QStringLiteral("张三丰"), QStringLiteral("11010519491231002X"), place.householdId, relation::Head)).ok());

    Resident bad = person(QString(), QStringLiteral("110105194912310011"), place.householdId, relation::Head);
    bad.phone = QStringLiteral("12345");
    bad.tags = {QStringLiteral("不存在的标签")};
    const Result<qint64> result = service.create(bad);
    REQUIRE_FALSE(result.ok());
    CHECK(hasError(result.errors(), QStringLiteral("name")));
    CHECK(hasError(result.errors(), QStringLiteral("phone")));
    CHECK(hasError(result.errors(), QStringLiteral("relation"))); // the household already has a head
    CHECK(hasError(result.errors(), QStringLiteral("tags")));

    Resident wrongCheckDigit = person(QStringLiteral("王五"), QStringLiteral("110105194912310012"), 0, relation::Other);
    const Result<qint64> r2 = service.create(wrongCheckDigit);
    REQUIRE_FALSE(r2.ok());
    CHECK(hasError(r2.errors(), QStringLiteral("id_number")));
    CHECK(r2.errorText().contains(QLatin1Char('1'))); // names the right check digit

    const Result<qint64> duplicate = service.create(person(QStringLiteral("赵六"), QStringLiteral("11010519491231002X"), 0, relation::Other));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.errorText().contains(QStringLiteral("张三丰")));

    Resident noId = person(QStringLiteral("钱七"), QString(), 0, relation::Other);
    const Result<qint64> r3 = service.create(noId);
    CHECK(hasError(r3.errors(), QStringLiteral("birth_date")));
    CHECK(hasError(r3.errors(), QStringLiteral("sex")));

    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM resident")).toInt() == 1);
}

TEST_CASE("a viewer may not change residents", "[residents]")
{
    test::TempDatabase db;
    const Session session = test::viewer();
    ResidentService service(*db, session);
    const Result<qint64> result = service.create(person(QStringLiteral("李四"), QStringLiteral("110105491231001"), 0, relation::Other));
    CHECK_FALSE(result.ok());
    CHECK(AuditLog::count(*db) == 0);
}

TEST_CASE("updating records the changed fields in the audit log", "[residents]")
{
    test::TempDatabase db;
    const Session session = test::admin();
    ResidentService service(*db, session);
    const qint64 id = service.create(person(QStringLiteral("李四"), QStringLiteral("110105491231001"), 0, relation::Other)).value();
    Resident r = *service.find(id);
    r.phone = QStringLiteral("0411-84123456");
    r.tags = {QStringLiteral("独居"), QStringLiteral("高龄")};
    REQUIRE(service.update(r).ok());
    CHECK(service.find(id)->tags == QStringList{QStringLiteral("独居"), QStringLiteral("高龄")});
    const QString changes = sql::scalar(db->connection(),
        QStringLiteral("SELECT changes FROM audit_log WHERE action = 'update' AND entity_id = ?"), {id}).toString();
    CHECK(changes.contains(QLatin1String("phone")));
    CHECK(changes.contains(QLatin1String("0411-84123456")));
    CHECK_FALSE(changes.contains(QLatin1String("name")));
}

TEST_CASE("deleting a household head needs a successor, the last member takes the household along", "[residents]")
{
    test::TempDatabase db;
    const auto place = test::SmallPlace::create(*db);
    const Session session = test::admin();
    ResidentService service(*db, session);
    const qint64 head = service.create(person(QStringLiteral("张三丰"), QStringLiteral("11010519491231002X"), place.householdId, relation::Head)).value();
    const qint64 spouse = service.create(person(QStringLiteral("李四"), QStringLiteral("110105491231001"), place.householdId, relation::Spouse)).value();

    const Status refused = service.remove(head);
    CHECK_FALSE(refused.ok());
    CHECK(refused.errors().constFirst().field == QLatin1String("household"));
    CHECK(service.find(head).has_value());

    REQUIRE(service.remove(head, spouse).ok());
    CHECK_FALSE(service.find(head).has_value());
    CHECK(service.find(spouse)->relation == relation::Head);

    REQUIRE(service.remove(spouse).ok());
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM household")).toInt() == 0);
    if (!test::onPostgres())
        CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM resident_name_fts")).toInt() == 0);
}

TEST_CASE("moving a resident to another household updates location and household", "[residents]")
{
    test::TempDatabase db;
    const auto place = test::SmallPlace::create(*db);
    const Session session = test::admin();
    ResidentService service(*db, session);
    const qint64 head = service.create(person(QStringLiteral("张三丰"), QStringLiteral("11010519491231002X"), place.householdId, relation::Head)).value();
    const qint64 son = service.create(person(QStringLiteral("张小明"), QStringLiteral("110105491231001"), place.householdId, relation::Son)).value();
    const qint64 newHousehold = service.createHousehold(place.dwellingId, QStringLiteral("H-new")).value();

    REQUIRE(service.moveToHousehold(son, newHousehold, relation::Head).ok());
    CHECK(service.find(son)->householdId == newHousehold);
    CHECK(service.find(son)->relation == relation::Head);
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT community_id FROM resident WHERE id = ?"), {son}).toLongLong()
          == place.communityId);
    CHECK(service.householdMembers(place.householdId).size() == 1);

    // The head leaves a household of one: the empty household goes.
    REQUIRE(service.moveToHousehold(head, newHousehold, relation::Father).ok());
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM household WHERE id = ?"), {place.householdId}).toInt() == 0);
    CHECK(service.householdMembers(newHousehold).size() == 2);
}

TEST_CASE("two workstations saving one resident: the second save is a conflict, not a lost update", "[residents][conflict]")
{
    test::TempDatabase db;
    // The second workstation: its own connection to the same database.
    const std::unique_ptr<Database> other = Database::open(db.settings(), Database::OpenMode::MustExist);
    const Session session = test::admin();
    ResidentService here(*db, session);
    ResidentService there(*other, session);
    const qint64 id = here.create(person(QStringLiteral("李四"), QStringLiteral("110105491231001"), 0, relation::Other)).value();

    Resident mine = *here.find(id);
    Resident theirs = *there.find(id);
    REQUIRE(mine.rowVersion == theirs.rowVersion);
    theirs.phone = QStringLiteral("13800001234");
    REQUIRE(there.update(theirs).ok());

    mine.notes = QStringLiteral("腿脚不便");
    const Status second = here.update(mine);
    REQUIRE_FALSE(second.ok());
    CHECK(isConflict(second.errors()));
    CHECK(second.errorText().contains(QStringLiteral("李四")));
    CHECK(here.find(id)->phone == QLatin1String("13800001234")); // their change stands
    CHECK(here.find(id)->notes.isEmpty());                      // mine was not half-written
    CHECK(AuditLog::count(*db, QStringLiteral("resident"), id) == 2); // create + their update

    // Reloading gives the latest version, and saving from it works.
    Resident reloaded = *here.find(id);
    CHECK(reloaded.rowVersion == mine.rowVersion + 1);
    reloaded.notes = QStringLiteral("腿脚不便");
    REQUIRE(here.update(reloaded).ok());
    const Resident saved = *there.find(id);
    CHECK(saved.phone == QLatin1String("13800001234"));
    CHECK(saved.notes == QStringLiteral("腿脚不便"));

    // Any save by someone else, even one that changed nothing, makes an open form stale.
    Resident stale = saved;
    REQUIRE(there.update(saved).ok());
    CHECK(isConflict(here.update(stale).errors()));
}
