#include "testsupport.h"
#include "accounts/accountservice.h"
#include "audit/auditlog.h"
#include "audit/personaldataaccess.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "governance/governancemeetings.h"
#include "governance/mediationcases.h"
#include "grids/careplans.h"
#include "grids/gridincident.h"
#include "grids/gridmapservice.h"
#include "grids/gridstaff.h"
#include "grids/patrollog.h"
#include "honors/honorservice.h"
#include "party/partyorganisation.h"
#include "residents/residentservice.h"
#include "tags/tagstore.h"
#include "volunteer/catalogue.h"

#include <functional>

using namespace jy;

namespace {

struct Fixture
{
    test::SmallPlace place;
    qint64 gridId = 0;
    qint64 residentId = 0;
};

// A mutating operation with valid input, the permission it needs, and how to tell it worked.
struct Operation
{
    const char *name;
    Permission needs;
    std::function<bool(Database &, const Session &, const Fixture &)> run;
};

const QList<Operation> &operations()
{
    static const QList<Operation> all = {
        {"add a resident", Permission::EditResidents,
         [](Database &db, const Session &s, const Fixture &f) {
             Resident r;
             r.name = QStringLiteral("新居民");
             r.birthDate = QDate(1980, 5, 1);
             r.sex = QStringLiteral("F");
             r.householdId = f.place.householdId;
             r.relation = QStringLiteral("spouse");
             return ResidentService(db, s).create(r).ok();
         }},
        {"change a resident", Permission::EditResidents,
         [](Database &db, const Session &s, const Fixture &f) {
             ResidentService service(db, s);
             Resident r = *service.find(f.residentId);
             r.notes = QStringLiteral("走访记录");
             return service.update(r).ok();
         }},
        {"delete a resident", Permission::EditResidents,
         [](Database &db, const Session &s, const Fixture &f) { return ResidentService(db, s).remove(f.residentId).ok(); }},
        {"create a tag", Permission::EditResidents,
         [](Database &db, const Session &s, const Fixture &) { return TagStore(db, s).create(QStringLiteral("新标签")).ok(); }},
        {"show full personal data", Permission::ViewPersonalData,
         [](Database &db, const Session &s, const Fixture &) { return PersonalDataAccess::reveal(db, s, QStringLiteral("roster")).ok(); }},
        {"draw a grid", Permission::ManageGridMap,
         [](Database &db, const Session &s, const Fixture &f) {
             return GridMapService(db, s).addGrid(f.place.communityId, QStringLiteral("09"), QStringLiteral("第九网格"), {}).ok();
         }},
        {"add a grid staff role", Permission::ManageGridMap,
         [](Database &db, const Session &s, const Fixture &) { return GridStaff(db, s).addRole(QStringLiteral("安全员")).ok(); }},
        {"make a care plan", Permission::ManageGridMap,
         [](Database &db, const Session &s, const Fixture &f) {
             CarePlan p;
             p.residentId = f.residentId;
             p.category = QStringLiteral("独居");
             p.frequencyDays = 7;
             p.responsible = QStringLiteral("刘网格员");
             return CarePlans(db, s).savePlan(p).ok();
         }},
        {"log a patrol", Permission::RecordGridWork,
         [](Database &db, const Session &s, const Fixture &f) {
             Patrol p;
             p.gridId = f.gridId;
             p.date = QDate::currentDate().addDays(-1);
             p.worker = QStringLiteral("刘网格员");
             return PatrolLog(db, s).record(p).ok();
         }},
        {"report a grid incident", Permission::RecordGridWork,
         [](Database &db, const Session &s, const Fixture &f) {
             GridIncident i;
             i.gridId = f.gridId;
             i.title = QStringLiteral("楼道堆放杂物");
             i.category = QStringLiteral("消防");
             return IncidentService(db, s).report(i).ok();
         }},
        {"add a service category", Permission::ManageSupermarket,
         [](Database &db, const Session &s, const Fixture &) {
             ServiceCategory c;
             c.name = QStringLiteral("新服务");
             return CatalogueService(db, s).saveCategory(c).ok();
         }},
        {"found a party branch", Permission::ManageParty,
         [](Database &db, const Session &s, const Fixture &f) {
             PartyBranch b;
             b.communityId = f.place.communityId;
             b.level = party_level::Committee;
             b.name = QStringLiteral("魅力社区党委");
             return PartyOrganisation(db, s).save(b).ok();
         }},
        {"record a residents' meeting", Permission::ManageGovernance,
         [](Database &db, const Session &s, const Fixture &f) {
             GovernanceMeeting m;
             m.communityId = f.place.communityId;
             m.heldOn = QDate::currentDate().addDays(-3);
             m.topic = QStringLiteral("加装电梯");
             return GovernanceMeetings(db, s).save(m).ok();
         }},
        {"register a mediation case", Permission::RecordCases,
         [](Database &db, const Session &s, const Fixture &f) {
             MediationCase c;
             c.communityId = f.place.communityId;
             c.parties = QStringLiteral("楼上与楼下");
             c.summary = QStringLiteral("漏水");
             return MediationCases(db, s).registerCase(c).ok();
         }},
        {"record an honor", Permission::ManagePlaces,
         [](Database &db, const Session &s, const Fixture &f) {
             Honor h;
             h.communityId = f.place.communityId;
             h.year = 2025;
             h.title = QStringLiteral("先进基层党组织");
             h.recipient = QStringLiteral("魅力社区");
             h.awardedBy = QStringLiteral("辛寨子街道党工委");
             return HonorService(db, s).save(h).ok();
         }},
        {"create a staff account", Permission::ManageAccounts,
         [](Database &db, const Session &s, const Fixture &) {
             Account a;
             a.username = QStringLiteral("zhao");
             a.displayName = QStringLiteral("赵");
             a.role = Role::Viewer;
             return AccountService(db, s).save(a, QStringLiteral("chakan2026")).ok();
         }},
    };
    return all;
}

} // namespace

TEST_CASE("every mutating operation as every role: allowed exactly when the role holds its permission", "[permissions]")
{
    test::TempDatabase db;
    Fixture f;
    f.place = test::SmallPlace::create(*db);
    f.gridId = sql::insert(db->connection(), QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (?, '01', '第一网格')"),
                           {f.place.communityId});
    sql::exec(db->connection(), QStringLiteral("INSERT INTO grid_building (grid_id, building_id) VALUES (?, ?)"), {f.gridId, f.place.buildingId});
    const Session administrator = test::admin(); // the service keeps a reference to it
    ResidentService residents(*db, administrator);
    f.residentId = test::addResident(residents, QStringLiteral("张大爷"), f.place.householdId, QStringLiteral("head"));

    int allowed = 0, refused = 0;
    for (const Operation &op : operations()) {
        for (Role role : kAllRoles) {
            const Session session(QStringLiteral("tester"), role);
            const bool expected = session.can(op.needs);
            const int auditBefore = AuditLog::count(*db);
            // Each try runs in a transaction rolled back afterwards: every role meets the same data.
            Transaction tx(*db);
            const bool worked = op.run(*db, session, f);
            const int audited = AuditLog::count(*db) - auditBefore;
            tx.rollback();
            INFO(op.name << " as " << Session::roleName(role).toStdString());
            CHECK(worked == expected);
            // Done means audited; refused means nothing written.
            if (expected)
                CHECK(audited > 0);
            else
                CHECK(audited == 0);
            (worked ? allowed : refused) += 1;
        }
    }
    CHECK(allowed + refused == int(operations().size()) * int(std::size(kAllRoles)));
    CHECK(allowed > 20);
    CHECK(refused > 30);
}
