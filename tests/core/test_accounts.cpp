#include "grids/gridincident.h"
#include "grids/careplans.h"
#include "testsupport.h"

#include <QSet>
#include "accounts/accountservice.h"
#include "accounts/login.h"
#include "accounts/passwordhash.h"
#include "accounts/passwordpolicy.h"
#include "audit/auditlog.h"
#include "audit/personaldataaccess.h"
#include "db/sql.h"
#include "grids/patrollog.h"
#include "places/communitysetup.h"
#include "places/placestore.h"
#include "residents/residentservice.h"
#include "residents/rosterquery.h"

using namespace jy;

namespace {
const QDateTime kMorning(QDate(2026, 11, 30), QTime(8, 30), Qt::UTC);

int count(Database &db, const QString &statement, std::initializer_list<QVariant> values = {})
{
    return sql::scalar(db.connection(), statement, values).toInt();
}

Session firstAdmin(Database &db)
{
    const Result<Session> made = AccountService::createFirstAdministrator(db, QStringLiteral(" Wang "), QStringLiteral("王主任"),
                                                                          QStringLiteral("chunfeng2026"));
    REQUIRE(made.ok());
    return made.value();
}
} // namespace

TEST_CASE("passwords are stored as Argon2id hashes that verify and know their cost", "[accounts]")
{
    const QString hash = PasswordHash::make(QStringLiteral("社区2026abc"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("2026abc")));
    CHECK(PasswordHash::verify(hash, QStringLiteral("社区2026abc")));
    CHECK_FALSE(PasswordHash::verify(hash, QStringLiteral("社区2026abC")));
    CHECK(PasswordHash::make(QStringLiteral("社区2026abc")) != hash); // salted
    CHECK_FALSE(PasswordHash::needsUpgrade(hash));
    CHECK(PasswordHash::needsUpgrade(PasswordHash::make(QStringLiteral("x"), PasswordHash::Cost::Minimal)));
    CHECK_FALSE(PasswordHash::verify(QStringLiteral("not a hash"), QStringLiteral("x")));
}

TEST_CASE("the password policy says what is wrong", "[accounts]")
{
    CHECK(PasswordPolicy::check(QStringLiteral("wang"), QStringLiteral("abc123")).contains(QStringLiteral("8")));
    CHECK_FALSE(PasswordPolicy::check(QStringLiteral("wang"), QStringLiteral("abcdefghij")).isEmpty());
    CHECK_FALSE(PasswordPolicy::check(QStringLiteral("wang"), QStringLiteral("1234567890")).isEmpty());
    CHECK_FALSE(PasswordPolicy::check(QStringLiteral("wang"), QStringLiteral("Wang20261")).isEmpty());
    CHECK(PasswordPolicy::check(QStringLiteral("wang"), QStringLiteral("chunfeng2026")).isEmpty());
}

TEST_CASE("the first administrator is made once, and no password reaches the database or the log", "[accounts]")
{
    test::TempDatabase db;
    CHECK_FALSE(AccountService::anyAccounts(*db));
    const Result<Session> weak = AccountService::createFirstAdministrator(*db, QStringLiteral("wang"), QStringLiteral("王主任"),
                                                                          QStringLiteral("short1"));
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.errors().first().field == QStringLiteral("password"));
    CHECK_FALSE(AccountService::anyAccounts(*db));

    const Session admin = firstAdmin(*db);
    CHECK(admin.user() == QStringLiteral("wang"));
    CHECK(admin.role() == Role::Admin);
    CHECK(admin.accountId() > 0);
    CHECK(admin.communityScope() == 0);
    CHECK(admin.displayName() == QStringLiteral("王主任"));
    CHECK(AccountService::anyAccounts(*db));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM account WHERE password_hash LIKE '%chunfeng%'")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE '%chunfeng%' OR changes LIKE '%argon%'")) == 0);
    CHECK(AuditLog::count(*db, QStringLiteral("account")) == 1);

    const Result<Session> again = AccountService::createFirstAdministrator(*db, QStringLiteral("li"), QStringLiteral("李"),
                                                                           QStringLiteral("chunfeng2027"));
    CHECK_FALSE(again.ok());
}

TEST_CASE("signing in: the right password, wrong ones slow down and then lock", "[accounts]")
{
    test::TempDatabase db;
    firstAdmin(*db);

    SECTION("right password, any case of the user name")
    {
        const Login::Outcome ok = Login::signIn(*db, QStringLiteral("WANG"), QStringLiteral("chunfeng2026"), kMorning);
        REQUIRE(ok.session);
        CHECK(ok.session->role() == Role::Admin);
        CHECK_FALSE(ok.mustChangePassword);
        CHECK(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login'")) == 1);
    }
    SECTION("an unknown user gets the same answer as a wrong password")
    {
        const Login::Outcome unknown = Login::signIn(*db, QStringLiteral("zhao"), QStringLiteral("chunfeng2026"), kMorning);
        const Login::Outcome wrong = Login::signIn(*db, QStringLiteral("wang"), QStringLiteral("chunfeng2025"), kMorning);
        CHECK_FALSE(unknown.session);
        CHECK_FALSE(wrong.session);
        CHECK(unknown.message == wrong.message);
    }
    SECTION("failures count, then each try has to wait, then the account locks")
    {
        QDateTime t = kMorning;
        for (int i = 1; i < Login::kFreeAttempts; ++i) {
            const Login::Outcome o = Login::signIn(*db, QStringLiteral("wang"), QStringLiteral("wrong-1234"), t);
            CHECK(o.waitSeconds == 0);
        }
        Login::Outcome third = Login::signIn(*db, QStringLiteral("wang"), QStringLiteral("wrong-1234"), t);
        CHECK(third.waitSeconds == 5);
        // Within the wait even the right password is not heard, and the try does not count.
        const Login::Outcome early = Login::signIn(*db, QStringLiteral("wang"), QStringLiteral("chunfeng2026"), t.addSecs(2));
        CHECK_FALSE(early.session);
        CHECK(early.waitSeconds > 0);
        CHECK(count(*db, QStringLiteral("SELECT failed_logins FROM account")) == Login::kFreeAttempts);
        int lastWait = third.waitSeconds;
        for (int failures = Login::kFreeAttempts + 1; failures < Login::kLockAfter; ++failures) {
            t = t.addSecs(lastWait);
            const Login::Outcome o = Login::signIn(*db, QStringLiteral("wang"), QStringLiteral("wrong-1234"), t);
            CHECK(o.waitSeconds > lastWait);
            lastWait = o.waitSeconds;
        }
        t = t.addSecs(lastWait);
        const Login::Outcome locked = Login::signIn(*db, QStringLiteral("wang"), QStringLiteral("wrong-1234"), t);
        CHECK(locked.waitSeconds == Login::kLockMinutes * 60);
        CHECK(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'lock'")) == 1);
        CHECK_FALSE(Login::signIn(*db, QStringLiteral("wang"), QStringLiteral("chunfeng2026"), t.addSecs(600)).session);
        const Login::Outcome later = Login::signIn(*db, QStringLiteral("wang"), QStringLiteral("chunfeng2026"), t.addSecs(16 * 60));
        REQUIRE(later.session);
        CHECK(count(*db, QStringLiteral("SELECT failed_logins FROM account")) == 0);
    }
}

TEST_CASE("an administrator manages accounts, others may not", "[accounts]")
{
    test::TempDatabase db;
    const test::SmallPlace place = test::SmallPlace::create(*db);
    const qint64 grid = sql::insert(db->connection(), QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (?, '01', '第一网格')"),
                                    {place.communityId});
    const Session admin = firstAdmin(*db);
    AccountService accounts(*db, admin);

    Account worker;
    worker.username = QStringLiteral("Liu");
    worker.displayName = QStringLiteral("刘网格员");
    worker.role = Role::GridWorker;
    worker.communityId = place.communityId;

    SECTION("a grid worker needs a grid in their community and a good first password")
    {
        Result<qint64> r = accounts.save(worker, QStringLiteral("weak"));
        REQUIRE_FALSE(r.ok());
        QStringList fields;
        for (const FieldError &e : r.errors())
            fields << e.field;
        CHECK(fields.contains(QStringLiteral("grids")));
        CHECK(fields.contains(QStringLiteral("password")));
    }
    worker.gridIds = {grid};
    const Result<qint64> id = accounts.save(worker, QStringLiteral("wangge2026"));
    REQUIRE(id.ok());

    SECTION("the new user signs in within their scope and must choose their own password")
    {
        const Login::Outcome o = Login::signIn(*db, QStringLiteral("liu"), QStringLiteral("wangge2026"), kMorning);
        REQUIRE(o.session);
        CHECK(o.mustChangePassword);
        CHECK(o.session->role() == Role::GridWorker);
        CHECK(o.session->communityScope() == place.communityId);
        CHECK(o.session->gridScope() == QList<qint64>{grid});
        AccountService own(*db, *o.session);
        CHECK_FALSE(own.changeOwnPassword(QStringLiteral("nope12345"), QStringLiteral("xinmima2026")).ok());
        CHECK_FALSE(own.changeOwnPassword(QStringLiteral("wangge2026"), QStringLiteral("wangge2026")).ok());
        REQUIRE(own.changeOwnPassword(QStringLiteral("wangge2026"), QStringLiteral("xinmima2026")).ok());
        const Login::Outcome again = Login::signIn(*db, QStringLiteral("liu"), QStringLiteral("xinmima2026"), kMorning);
        REQUIRE(again.session);
        CHECK_FALSE(again.mustChangePassword);
        // A grid worker cannot manage accounts, not even by calling the service directly.
        AccountService refused(*db, *again.session);
        CHECK(refused.list().isEmpty());
        CHECK_FALSE(refused.resetPassword(admin.accountId(), QStringLiteral("hijack2026")).ok());
        Account promoted = *accounts.find(id.value());
        promoted.role = Role::Admin;
        CHECK_FALSE(refused.save(promoted).ok());
    }
    SECTION("user names are unique whatever their case")
    {
        Account twin = worker;
        twin.username = QStringLiteral("LIU");
        const Result<qint64> r = accounts.save(twin, QStringLiteral("wangge2026"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors().first().field == QStringLiteral("username"));
    }
    SECTION("the last active administrator stays one")
    {
        Account self = *accounts.find(admin.accountId());
        self.role = Role::Staff;
        CHECK_FALSE(accounts.save(self).ok());
        self.role = Role::Admin;
        self.active = false;
        CHECK_FALSE(accounts.save(self).ok());
    }
    SECTION("a reset password unlocks and must be changed; a switched-off account cannot sign in")
    {
        for (int i = 0; i < Login::kLockAfter; ++i)
            Login::signIn(*db, QStringLiteral("liu"), QStringLiteral("wrong-1234"), kMorning.addSecs(i * 3600));
        CHECK(accounts.find(id.value())->lockedUntil.isValid());
        REQUIRE(accounts.resetPassword(id.value(), QStringLiteral("chongzhi2026")).ok());
        const Login::Outcome o = Login::signIn(*db, QStringLiteral("liu"), QStringLiteral("chongzhi2026"), kMorning.addSecs(6 * 3600));
        REQUIRE(o.session);
        CHECK(o.mustChangePassword);

        Account off = *accounts.find(id.value());
        off.active = false;
        REQUIRE(accounts.save(off).ok());
        const Login::Outcome refused = Login::signIn(*db, QStringLiteral("liu"), QStringLiteral("chongzhi2026"), kMorning.addSecs(7 * 3600));
        CHECK_FALSE(refused.session);
        CHECK_FALSE(refused.message.isEmpty());
    }
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE '%wangge%' OR changes LIKE '%chongzhi%' OR changes LIKE '%xinmima%'")) == 0);
}

TEST_CASE("only administrators hold ManageAccounts", "[accounts]")
{
    for (Role role : kAllRoles)
        CHECK(Session(QStringLiteral("x"), role).can(Permission::ManageAccounts) == (role == Role::Admin));
    for (Role role : kAllRoles)
        CHECK(Session::roleFromKey(Session::roleKey(role)) == role);
}

TEST_CASE("a grid worker sees and changes only their grids, community staff only their community", "[accounts][scope]")
{
    test::TempDatabase db;
    const test::SmallPlace mine = test::SmallPlace::create(*db);
    const test::SmallPlace other = test::SmallPlace::create(*db, QStringLiteral("210211014002"));
    QSqlDatabase conn = db->connection();
    const auto addGrid = [&](const test::SmallPlace &place) {
        const qint64 grid = sql::insert(conn, QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (?, '01', '第一网格')"),
                                        {place.communityId});
        sql::exec(conn, QStringLiteral("INSERT INTO grid_building (grid_id, building_id) VALUES (?, ?)"), {grid, place.buildingId});
        return grid;
    };
    const qint64 myGrid = addGrid(mine);
    const qint64 otherGrid = addGrid(other);
    const Session administrator = test::admin(); // the service keeps a reference to it
    ResidentService residents(*db, administrator);
    const qint64 near = test::addResident(residents, QStringLiteral("张近"), mine.householdId, QStringLiteral("head"));
    const qint64 far = test::addResident(residents, QStringLiteral("李远"), other.householdId, QStringLiteral("head"));

    const Session admin = firstAdmin(*db);
    AccountService accounts(*db, admin);
    Account worker;
    worker.username = QStringLiteral("liu");
    worker.displayName = QStringLiteral("刘网格员");
    worker.role = Role::GridWorker;
    worker.communityId = mine.communityId;
    worker.gridIds = {myGrid};
    const Result<qint64> workerId = accounts.save(worker, QStringLiteral("wangge2026"));
    REQUIRE(workerId.ok());
    Account staff = worker;
    staff.username = QStringLiteral("zhou");
    staff.role = Role::Staff;
    staff.gridIds.clear();
    const Result<qint64> staffId = accounts.save(staff, QStringLiteral("shequ2026"));
    REQUIRE(staffId.ok());

    for (const qint64 accountId : {workerId.value(), staffId.value()}) {
        const Session session = AccountService::sessionFor(*db, accountId);
        INFO(session.user().toStdString());
        // The roster holds only what is in scope, whatever the filter asks for.
        RosterQuery roster(*db, session);
        CHECK(roster.count({}) == 1);
        RosterFilter askForOther;
        askForOther.communityId = other.communityId;
        CHECK(roster.count(askForOther) == 0);
        REQUIRE(roster.page({}, 0, 10).size() == 1);
        CHECK(roster.page({}, 0, 10).first().id == near);

        // Changes outside the scope are refused by the services themselves.
        ResidentService service(*db, session);
        Resident r = *service.find(far);
        r.notes = QStringLiteral("改了别人的居民");
        CHECK_FALSE(service.update(r).ok());
        CHECK_FALSE(service.remove(far).ok());
        Resident ours = *service.find(near);
        ours.notes = QStringLiteral("入户走访");
        CHECK(service.update(ours).ok());

        PatrolLog patrols(*db, session);
        Patrol walk;
        walk.date = QDate::currentDate().addDays(-1);
        walk.worker = QStringLiteral("刘网格员");
        walk.gridId = otherGrid;
        CHECK_FALSE(patrols.record(walk).ok());
        walk.gridId = myGrid;
        CHECK(patrols.record(walk).ok());
    }
    CHECK(sql::scalar(conn, QStringLiteral("SELECT notes FROM resident WHERE id = ?"), {far}).toString().isEmpty());
    // The street's administrator is not limited.
    CHECK(RosterQuery(*db, admin).count({}) == 2);

    // Reading the grid work: patrols, incidents and care plans of both communities exist, but the
    // lists show each account only its own.
    {
        PatrolLog patrols(*db, admin);
        Patrol walk;
        walk.date = QDate::currentDate().addDays(-2);
        walk.worker = QStringLiteral("街道巡查");
        walk.gridId = otherGrid;
        REQUIRE(patrols.record(walk).ok());
        IncidentService incidents(*db, admin);
        CarePlans care(*db, admin);
        for (const auto &[grid, resident] : {std::pair{myGrid, near}, std::pair{otherGrid, far}}) {
            GridIncident incident;
            incident.gridId = grid;
            incident.title = QStringLiteral("楼道堆物");
            incident.category = QStringLiteral("环境卫生");
            const Result<qint64> reported = incidents.report(incident);
            INFO(reported.errorText().toStdString());
            REQUIRE(reported.ok());
            CarePlan plan;
            plan.residentId = resident;
            plan.category = QStringLiteral("独居");
            plan.responsible = QStringLiteral("刘网格员");
            plan.startedOn = QDate::currentDate().addDays(-30);
            const Result<qint64> planned = care.savePlan(plan);
            INFO(planned.errorText().toStdString());
            REQUIRE(planned.ok());
        }
    }
    const auto gridsOf = [](const auto &rows) {
        QSet<qint64> grids;
        for (const auto &row : rows)
            grids.insert(row.gridId);
        return grids;
    };
    for (const qint64 accountId : {workerId.value(), staffId.value()}) {
        const Session session = AccountService::sessionFor(*db, accountId);
        INFO(session.user().toStdString());
        CHECK(gridsOf(PatrolLog(*db, session).list({})) == QSet<qint64>{myGrid});
        CHECK(gridsOf(IncidentService(*db, session).list({})) == QSet<qint64>{myGrid});
        const QList<CarePlan> plans = CarePlans(*db, session).list({});
        REQUIRE(plans.size() == 1);
        CHECK(plans.first().residentId == near);
        IncidentFilter askForOther;
        askForOther.gridId = otherGrid;
        CHECK(IncidentService(*db, session).list(askForOther).isEmpty());
    }
    CHECK(gridsOf(PatrolLog(*db, admin).list({})) == QSet<qint64>{myGrid, otherGrid});
    CHECK(gridsOf(IncidentService(*db, admin).list({})) == QSet<qint64>{myGrid, otherGrid});
    CHECK(CarePlans(*db, admin).list({}).size() == 2);
}

TEST_CASE("showing full personal data is audited, and refused to roles without it", "[accounts]")
{
    test::TempDatabase db;
    const int before = AuditLog::count(*db, QStringLiteral("resident"));
    CHECK(PersonalDataAccess::reveal(*db, test::admin(), QStringLiteral("roster"), QStringLiteral("王")).ok());
    CHECK(AuditLog::count(*db, QStringLiteral("resident")) == before + 1);
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT action || ' ' || changes FROM audit_log ORDER BY id DESC LIMIT 1")).toString()
          .contains(QStringLiteral("unmask")));
    CHECK_FALSE(PersonalDataAccess::reveal(*db, test::viewer(), QStringLiteral("roster")).ok());
    CHECK(AuditLog::count(*db, QStringLiteral("resident")) == before + 1);
}

TEST_CASE("the first run's community fills in the placeholder init leaves, checked and audited", "[firstrun]")
{
    test::TempDatabase db;
    PlaceStore(*db).ensureFirstCommunity();
    NewCommunity c;
    c.streetName = QStringLiteral("辛寨子街道");
    c.communityName = QStringLiteral("魅力社区");
    c.code = QStringLiteral("21021101400");
    c.address = QStringLiteral("大连市甘井子区辛寨子街道魅力社区服务中心");
    CHECK(CommunitySetup::check(c).size() == 1);
    CHECK_FALSE(CommunitySetup::create(*db, test::viewer(), c).ok());
    c.code = QStringLiteral("990211014001");
    CHECK_FALSE(CommunitySetup::create(*db, test::admin(), c).ok());
    c.code = QStringLiteral("210211014001");
    const Result<qint64> id = CommunitySetup::create(*db, test::admin(), c);
    REQUIRE(id.ok());
    QSqlDatabase conn = db->connection();
    CHECK(sql::scalar(conn, QStringLiteral("SELECT count(*) FROM community")).toInt() == 1);
    CHECK(sql::scalar(conn, QStringLiteral("SELECT name || '/' || code || '/' || address FROM community")).toString()
          == QStringLiteral("魅力社区/210211014001/大连市甘井子区辛寨子街道魅力社区服务中心"));
    CHECK(sql::scalar(conn, QStringLiteral("SELECT code || '/' || name FROM street")).toString() == QStringLiteral("210211014/辛寨子街道"));
    CHECK(AuditLog::count(*db, QStringLiteral("community")) == 1);
    CHECK_FALSE(CommunitySetup::create(*db, test::admin(), c).ok()); // the same code twice
}
