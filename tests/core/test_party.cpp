#include "testsupport.h"
#include "audit/auditlog.h"
#include "db/schema.h"
#include "db/sql.h"
#include "party/branchmeetings.h"
#include "party/partymembers.h"
#include "party/partyorganisation.h"
#include "party/partypoints.h"
#include "party/starassessment.h"
#include "residents/residentservice.h"

using namespace jy;

namespace {

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    return fields;
}

// 魅力社区党委 over two themed branches, each the way the seed names them.
struct Organisation
{
    qint64 committee = 0, service = 0, filial = 0;
    static Organisation create(Database &db, const Session &session, qint64 communityId)
    {
        PartyOrganisation org(db, session);
        Organisation o;
        PartyBranch top;
        top.communityId = communityId;
        top.level = party_level::Committee;
        top.name = QStringLiteral("魅力社区党委");
        top.secretary = QStringLiteral("毕唱");
        o.committee = org.save(top).value();
        PartyBranch b;
        b.communityId = communityId;
        b.parentId = o.committee;
        b.kind = branch_kind::Grid;
        b.name = QStringLiteral("服务党支部");
        b.theme = QStringLiteral("服务");
        o.service = org.save(b).value();
        b.name = QStringLiteral("孝老党支部");
        b.theme = QStringLiteral("孝老");
        o.filial = org.save(b).value();
        return o;
    }
};

} // namespace

TEST_CASE("the party organisation is a tree of committee, branches and groups", "[party]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    PartyOrganisation org(*db, admin);

    PartyBranch bad;
    bad.level = QStringLiteral("politburo");
    bad.kind = QStringLiteral("secret");
    const Result<qint64> refused = org.save(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(fieldsOf(refused.errors()) == QStringList{QStringLiteral("name"), QStringLiteral("level"), QStringLiteral("kind"), QStringLiteral("community")});

    const Organisation o = Organisation::create(*db, admin, place.communityId);
    REQUIRE(o.service);
    CHECK(org.find(o.service)->parentName == QStringLiteral("魅力社区党委"));
    CHECK(org.list(place.communityId).first().level == party_level::Committee);

    // A committee cannot stand under a branch; two branches of one name are one too many.
    PartyBranch upside;
    upside.communityId = place.communityId;
    upside.level = party_level::Committee;
    upside.name = QStringLiteral("另一个党委");
    upside.parentId = o.service;
    CHECK(fieldsOf(org.save(upside).errors()) == QStringList{QStringLiteral("parent")});
    PartyBranch twin = *org.find(o.filial);
    twin.id = 0;
    CHECK(fieldsOf(org.save(twin).errors()) == QStringList{QStringLiteral("name")});

    // Groups belong to branches only.
    CHECK(org.saveGroup({0, o.service, QStringLiteral("第一党小组"), QStringLiteral("张三")}).ok());
    CHECK(fieldsOf(org.saveGroup({0, o.committee, QStringLiteral("第一党小组"), QString()}).errors()) == QStringList{QStringLiteral("branch")});
    CHECK(org.groups(o.service).size() == 1);

    // Removing the committee is refused while branches stand under it.
    CHECK_FALSE(org.remove(o.committee).ok());
    const Session viewer = test::viewer();
    CHECK_FALSE(PartyOrganisation(*db, viewer).remove(o.filial).ok());
    REQUIRE(org.remove(o.filial).ok());
    CHECK(AuditLog::count(*db, QStringLiteral("party_branch"), o.filial) == 2);
}

TEST_CASE("party members are residents with a branch, transfers with history and posts", "[party]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    const Organisation o = Organisation::create(*db, admin, place.communityId);
    ResidentService residents(*db, admin);
    const qint64 wang = test::addResident(residents, QStringLiteral("王春丽"), place.householdId, QStringLiteral("head"));
    PartyMembers members(*db, admin);

    PartyMember m;
    m.residentId = wang;
    m.branchId = o.committee;                 // not a branch
    m.status = QStringLiteral("maybe");
    m.joinedOn = QDate(1980, 1, 1);           // ten years old, born 1970
    const Status refused = members.save(m);
    CHECK(fieldsOf(refused.errors()) == QStringList{QStringLiteral("branch"), QStringLiteral("status"), QStringLiteral("joined_on")});

    m.branchId = o.service;
    m.status = member_status::Full;
    m.kind = member_kind::WorkUnit;
    m.joinedOn = QDate(1995, 7, 1);
    REQUIRE(members.save(m).ok());
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id "
                                                       "WHERE rt.resident_id = ? AND t.name = '党员'"), {wang}).toInt() == 1);

    // Saving again does not move the member: a transfer does, with its history.
    m.branchId = o.filial;
    REQUIRE(members.save(m).ok());
    CHECK(members.find(wang)->branchId == o.service);
    CHECK(fieldsOf(members.transfer(wang, o.service, QDate(2025, 3, 1), QString()).errors()) == QStringList{QStringLiteral("branch")});
    CHECK(fieldsOf(members.transfer(wang, o.filial, QDate(1990, 3, 1), QString()).errors()) == QStringList{QStringLiteral("moved_on")});
    REQUIRE(members.transfer(wang, o.filial, QDate(2025, 3, 1), QStringLiteral("搬家至孝老网格")).ok());
    CHECK(members.find(wang)->branchName == QStringLiteral("孝老党支部"));
    CHECK(PartyOrganisation(*db, admin).find(o.committee)->members == 1); // the committee counts those of its branches
    CHECK(PartyOrganisation(*db, admin).find(o.service)->members == 0);
    const QList<PartyTransfer> history = members.transfers(wang);
    REQUIRE(history.size() == 1);
    CHECK(history.first().fromBranch == QStringLiteral("服务党支部"));
    CHECK(history.first().reason == QStringLiteral("搬家至孝老网格"));

    // 认岗领责: one post held once at a time, ended on or after it began.
    PartyPost post{0, wang, QStringLiteral("楼栋长"), QStringLiteral("3号楼"), QDate(2024, 1, 1), QDate()};
    const Result<qint64> postId = members.addPost(post);
    REQUIRE(postId.ok());
    CHECK_FALSE(members.addPost(post).ok());
    CHECK(members.find(wang)->posts == QStringLiteral("楼栋长"));
    CHECK(fieldsOf(members.endPost(postId.value(), QDate(2023, 1, 1)).errors()) == QStringList{QStringLiteral("until")});
    REQUIRE(members.endPost(postId.value(), QDate(2025, 12, 31)).ok());
    CHECK(members.find(wang)->posts.isEmpty());

    RegisterFilter f;
    f.kind = member_kind::WorkUnit;
    CHECK(members.count(f) == 1);
    f.text = QStringLiteral("春丽");
    CHECK(members.list(f).size() == 1);
    f.kind = member_kind::Floating;
    CHECK(members.count(f) == 0);

    const Session viewer = test::viewer();
    PartyMembers byViewer(*db, viewer);
    CHECK_FALSE(byViewer.transfer(wang, o.service, QDate(2025, 6, 1), QString()).ok());
    CHECK_FALSE(byViewer.remove(wang).ok());
    REQUIRE(members.remove(wang).ok());
    CHECK_FALSE(members.find(wang).has_value());
}

TEST_CASE("party-member points are a ledger whose balance never goes below zero", "[party]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    const Organisation o = Organisation::create(*db, admin, place.communityId);
    ResidentService residents(*db, admin);
    const qint64 id = test::addResident(residents, QStringLiteral("老张"), place.householdId, QStringLiteral("head"));
    PartyMember m;
    m.residentId = id;
    m.branchId = o.service;
    m.joinedOn = QDate(1992, 5, 4);
    REQUIRE(PartyMembers(*db, admin).save(m).ok());

    PartyPoints points(*db, admin);
    PartyPointsEntry e{0, id, party_points_kind::Credit, 8, QStringLiteral("参加主题党日"), QDate(2025, 3, 5), QString(), QString()};
    REQUIRE(points.record(e).ok());
    e.kind = party_points_kind::Deduct;
    e.points = 10;
    e.reason = QStringLiteral("无故缺席");
    CHECK(fieldsOf(points.record(e).errors()) == QStringList{QStringLiteral("points")});
    e.points = 3;
    REQUIRE(points.record(e).ok());
    e.kind = party_points_kind::Adjust;
    e.points = 5;
    CHECK(fieldsOf(points.record(e).errors()) == QStringList{QStringLiteral("approved_by")});
    e.approvedBy = QStringLiteral("毕唱");
    REQUIRE(points.record(e).ok());
    CHECK(points.balance(id) == 10);
    CHECK(points.entries(id).size() == 3);
    CHECK(PartyMembers(*db, admin).find(id)->points == 10);

    const Session viewer = test::viewer();
    e.kind = party_points_kind::Credit;
    CHECK_FALSE(PartyPoints(*db, viewer).record(e).ok());
    CHECK(points.balance(id) == 10);
}

TEST_CASE("the 三会一课 log and the five-star assessment", "[party]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    const Organisation o = Organisation::create(*db, admin, place.communityId);
    BranchMeetings log(*db, admin);

    BranchMeeting m;
    m.branchId = o.service;
    m.kind = QStringLiteral("party");
    m.expected = 20;
    m.attended = 25;
    CHECK(fieldsOf(log.save(m).errors()) == QStringList{QStringLiteral("kind"), QStringLiteral("held_on"), QStringLiteral("topic"), QStringLiteral("attended")});
    m.kind = branch_meeting_kind::Lesson;
    m.heldOn = QDate(2025, 6, 28);
    m.topic = QStringLiteral("党课：发挥党员先锋模范作用");
    m.attended = 18;
    const Result<qint64> id = log.save(m);
    REQUIRE(id.ok());
    m.kind = branch_meeting_kind::ThemeDay;
    m.heldOn = QDate(2025, 7, 1);
    m.topic = QStringLiteral("重温入党誓词");
    REQUIRE(log.save(m).ok());
    RegisterFilter f;
    f.kind = branch_meeting_kind::Lesson;
    CHECK(log.count(f) == 1);
    f = {};
    f.from = QDate(2025, 7, 1);
    CHECK(log.list(f).first().topic == QStringLiteral("重温入党誓词"));
    const Session readOnly = test::viewer();
    CHECK_FALSE(BranchMeetings(*db, readOnly).remove(id.value()).ok());
    REQUIRE(log.remove(id.value()).ok());
    CHECK(log.count() == 1);

    StarAssessment stars(*db, admin);
    CHECK(fieldsOf(stars.assess(o.service, 2025, QStringLiteral("sixth"), 101, QString()).errors())
          == QStringList{QStringLiteral("star"), QStringLiteral("score"), QStringLiteral("notes")});
    CHECK(fieldsOf(stars.assess(o.service, 2025, branch_star::Harmony, 90, QString()).errors()) == QStringList{QStringLiteral("notes")});
    REQUIRE(stars.assess(o.service, 2025, branch_star::StrongBranch, 92, QStringLiteral("全年召开支部党员大会4次")).ok());
    REQUIRE(stars.assess(o.service, 2025, branch_star::Harmony, 85, QStringLiteral("“三联四帮”联系独居老人18人")).ok());
    REQUIRE(stars.assess(o.service, 2025, branch_star::Prosperity, 70, QString()).ok());
    StarAssessmentResult r = stars.result(o.service, 2025);
    CHECK(r.scores.size() == 3);
    CHECK(r.scores.first().star == branch_star::StrongBranch);
    CHECK(r.stars == 2);
    // A second assessment of the same star replaces the first.
    REQUIRE(stars.assess(o.service, 2025, branch_star::Prosperity, 81, QStringLiteral("走访商户40家")).ok());
    r = stars.result(o.service, 2025);
    CHECK(r.scores.size() == 3);
    CHECK(r.stars == 3);
    CHECK(stars.ofYear(place.communityId, 2025).size() == 1);
    CHECK_FALSE(StarAssessment(*db, readOnly).assess(o.service, 2025, branch_star::SafetyLaw, 80, QStringLiteral("x")).ok());
}

TEST_CASE("branches and members of an older database come through the party step unchanged", "[party][migrations]")
{
    // Found by description: steps are renumbered when other areas add theirs.
    int partyStep = 0;
    for (size_t i = 0; i < schema::steps().size(); ++i)
        if (QString::fromUtf8(schema::steps()[i].description).startsWith(QStringLiteral("party organisation, co-building")))
            partyStep = int(i) + 1;
    REQUIRE(partyStep > 2);
    test::TempDatabase db(partyStep - 1);
    QSqlDatabase conn = db->connection();
    sql::exec(conn, QStringLiteral("INSERT INTO street (id, code, name) VALUES (1, '210211014', '辛寨子街道')"));
    sql::exec(conn, QStringLiteral("INSERT INTO community (id, street_id, code, name) VALUES (1, 1, '210211014001', '魅力社区')"));
    sql::exec(conn, QStringLiteral("INSERT INTO party_branch (id, community_id, name, theme) VALUES (7, 1, '孝老党支部', '孝老')"));
    sql::exec(conn, QStringLiteral("INSERT INTO resident (id, name, residence_type, community_id, created_at, updated_at) "
                                   "VALUES (1, '老张', 'registered', 1, 'x', 'x')"));
    sql::exec(conn, QStringLiteral("INSERT INTO party_member (resident_id, branch_id, status, kind, joined_on) VALUES (1, 7, 'full', 'community', '1980-07-01')"));
    db.reopen();
    const Session admin = test::admin();
    const std::optional<PartyBranch> branch = PartyOrganisation(*db, admin).find(7);
    REQUIRE(branch);
    CHECK(branch->level == party_level::Branch);
    CHECK(branch->kind == branch_kind::Regular);
    CHECK(branch->theme == QStringLiteral("孝老"));
    CHECK(branch->members == 1);
    const std::optional<PartyMember> member = PartyMembers(*db, admin).find(1);
    REQUIRE(member);
    CHECK(member->branchName == QStringLiteral("孝老党支部"));
    CHECK(member->groupId == 0);
    CHECK(member->points == 0);
}
