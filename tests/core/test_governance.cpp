#include "testsupport.h"
#include "audit/auditlog.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "governance/activities.h"
#include "governance/agencyservices.h"
#include "governance/agencyworkflow.h"
#include "governance/governancemeetings.h"
#include "governance/mediationcases.h"
#include "governance/mediationworkflow.h"
#include "governance/merchants.h"
#include "party/partyorganisation.h"
#include "party/starassessment.h"
#include "stats/statistics.h"

#include <QBuffer>
#include <QImage>

using namespace jy;

namespace {

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    return fields;
}

} // namespace

TEST_CASE("governance meetings keep decisions and follow-up items", "[governance]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    GovernanceMeetings meetings(*db, admin);

    GovernanceMeeting m;
    m.kind = QStringLiteral("party");
    m.attendance = -1;
    CHECK(fieldsOf(meetings.save(m).errors())
          == QStringList{QStringLiteral("kind"), QStringLiteral("held_on"), QStringLiteral("topic"), QStringLiteral("attendance"), QStringLiteral("community")});
    m.communityId = place.communityId;
    m.kind = meeting_kind::FiveParty;
    m.heldOn = QDate(2025, 5, 10);
    m.topic = QStringLiteral("小区停车难");
    m.attendance = 15;
    m.decisions = QStringLiteral("协调共建单位建立临时停车场");
    const qint64 id = meetings.save(m).value();

    FollowUp f{0, id, QStringLiteral("与共建单位协商场地"), QStringLiteral("网格长"), QDate(2025, 5, 1), false, QDate()};
    CHECK(fieldsOf(meetings.addFollowUp(f).errors()) == QStringList{QStringLiteral("due_on")});
    f.dueOn = QDate(2025, 6, 10);
    const qint64 item = meetings.addFollowUp(f).value();
    CHECK(meetings.find(id)->openFollowUps == 1);
    CHECK(fieldsOf(meetings.completeFollowUp(item, QDate(2025, 5, 1)).errors()) == QStringList{QStringLiteral("done_on")});
    REQUIRE(meetings.completeFollowUp(item, QDate(2025, 6, 2)).ok());
    CHECK_FALSE(meetings.completeFollowUp(item, QDate(2025, 6, 3)).ok());
    CHECK(meetings.find(id)->openFollowUps == 0);
    CHECK(meetings.followUps(id).first().done);

    RegisterFilter filter;
    filter.kind = meeting_kind::FiveParty;
    filter.text = QStringLiteral("停车");
    CHECK(meetings.count(filter) == 1);
    filter.kind = meeting_kind::Joint;
    CHECK(meetings.count(filter) == 0);

    const Session viewer = test::viewer();
    CHECK_FALSE(GovernanceMeetings(*db, viewer).save(m).ok());
    CHECK_FALSE(GovernanceMeetings(*db, viewer).remove(id).ok());
    REQUIRE(meetings.remove(id).ok());
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM meeting_followup")).toInt() == 0);
}

TEST_CASE("a mediation case takes eight sessions and ends with a signed agreement", "[governance][workflow]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const Session gridWorker(QStringLiteral("网格员"), Role::GridWorker);
    const test::SmallPlace place = test::SmallPlace::create(*db);

    MediationCase k;
    k.kind = QStringLiteral("war");
    CHECK(fieldsOf(MediationCases(*db, admin).registerCase(k).errors())
          == QStringList{QStringLiteral("community"), QStringLiteral("kind"), QStringLiteral("parties"), QStringLiteral("summary")});
    k.communityId = place.communityId;
    k.kind = dispute_kind::Family;
    k.parties = QStringLiteral("陶某（姐）与陶某某（弟）");
    k.summary = QStringLiteral("父母房产继承");
    const Session readOnly = test::viewer();
    CHECK_FALSE(MediationCases(*db, readOnly).registerCase(k).ok());
    // A grid worker registers what they meet on a round, but does not mediate.
    MediationCases byGrid(*db, gridWorker);
    const QDateTime t0(QDate(2025, 3, 6), QTime(1, 30), Qt::UTC);
    const qint64 id = byGrid.registerCase(k, t0).value();
    CHECK(byGrid.find(id)->number.startsWith(QStringLiteral("TJ20250306")));
    CHECK_FALSE(byGrid.take(id, QStringLiteral("accept"), {{QStringLiteral("mediator"), QStringLiteral("陶琼")}}, t0.addSecs(600)).ok());

    MediationCases cases(*db, admin);
    CHECK(fieldsOf(cases.take(id, QStringLiteral("accept"), {}, t0.addSecs(600)).errors()) == QStringList{QStringLiteral("mediator")});
    REQUIRE(cases.take(id, QStringLiteral("accept"), {{QStringLiteral("mediator"), QStringLiteral("陶琼")}}, t0.addSecs(600)).ok());
    for (int i = 1; i <= 8; ++i)
        REQUIRE(cases.take(id, QStringLiteral("session"), {{QStringLiteral("note"), QStringLiteral("第%1次调解").arg(i)}}, t0.addDays(7 * i)).ok());
    CHECK(cases.find(id)->sessions == 8);
    REQUIRE(cases.take(id, QStringLiteral("resolve"), {{QStringLiteral("outcome"), QStringLiteral("握手言和")}, {QStringLiteral("agreement_signed"), true}},
                       t0.addDays(60)).ok());
    const MediationCase done = *cases.find(id);
    CHECK(done.state == mediation_state::Resolved);
    CHECK(done.agreementSigned);
    CHECK(done.closedAt == t0.addDays(60));
    CHECK(cases.history(id).size() == 11);
    CHECK_FALSE(cases.take(id, QStringLiteral("session"), {{QStringLiteral("note"), QStringLiteral("x")}}, t0.addDays(61)).ok());

    // Escalation from the grid: 大事不出街道.
    const qint64 other = byGrid.registerCase(k, t0).value();
    CHECK(cases.find(other)->number != done.number);
    REQUIRE(byGrid.take(other, QStringLiteral("escalate"), {{QStringLiteral("reason"), QStringLiteral("涉及多户")}}, t0.addDays(1)).ok());
    RegisterFilter f;
    f.state = mediation_state::Escalated;
    CHECK(cases.count(f) == 1);
}

TEST_CASE("an agency service is received, handled and done, and its time is counted", "[governance][workflow]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    AgencyServices desk(*db, admin);
    AgencyService a;
    a.communityId = place.communityId;
    CHECK(fieldsOf(desk.receive(a).errors()) == QStringList{QStringLiteral("requester"), QStringLiteral("matter"), QStringLiteral("category")});
    a.requesterName = QStringLiteral("马建华");
    a.matter = QStringLiteral("代办高龄津贴申领");
    a.category = agencyCategories().at(2);
    const QDateTime t0(QDate(2025, 9, 1), QTime(1, 0), Qt::UTC);
    const qint64 id = desk.receive(a, t0).value();
    CHECK(desk.find(id)->daysTaken() < 0);
    const Session readOnly = test::viewer();
    CHECK_FALSE(AgencyServices(*db, readOnly).take(id, QStringLiteral("handle"), {{QStringLiteral("handler"), QStringLiteral("x")}}, t0.addDays(1)).ok());
    REQUIRE(desk.take(id, QStringLiteral("handle"), {{QStringLiteral("handler"), QStringLiteral("红色代办员")}}, t0.addDays(1)).ok());
    CHECK(fieldsOf(desk.take(id, QStringLiteral("finish"), {}, t0.addDays(2)).errors()) == QStringList{QStringLiteral("result")});
    REQUIRE(desk.take(id, QStringLiteral("finish"), {{QStringLiteral("result"), QStringLiteral("已办结")}}, t0.addDays(3)).ok());
    const AgencyService done = *desk.find(id);
    CHECK(done.state == agency_state::Done);
    CHECK(done.daysTaken() == Approx(3.0));
    CHECK(done.handler == QStringLiteral("红色代办员"));
    CHECK(AuditLog::count(*db, QStringLiteral("agency_service"), id) == 3);
}

TEST_CASE("activities and merchants with the red and black list", "[governance]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    Activities activities(*db, admin);
    Activity a;
    a.communityId = place.communityId;
    a.kind = QStringLiteral("party");
    a.participants = -5;
    CHECK(fieldsOf(activities.save(a).errors())
          == QStringList{QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("held_on"), QStringLiteral("participants")});
    a.title = QStringLiteral("高层住宅消防应急疏散演练");
    a.kind = activity_kind::Drill;
    a.heldOn = QDate(2025, 11, 9);
    a.participants = 120;
    const qint64 drill = activities.save(a).value();
    RegisterFilter f;
    f.kind = activity_kind::Drill;
    CHECK(activities.count(f) == 1);
    const Session readOnly = test::viewer();
    CHECK_FALSE(Activities(*db, readOnly).remove(drill).ok());

    // Photos are optional, PNG or JPEG, checked by their first bytes.
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "JPEG"));
    CHECK(fieldsOf(activities.addPhoto(drill, QStringLiteral("演练.txt"), "not a photo").errors()) == QStringList{QStringLiteral("photo")});
    CHECK(fieldsOf(activities.addPhoto(drill, QStringLiteral("空.jpg"), QByteArray()).errors()) == QStringList{QStringLiteral("photo")});
    CHECK_FALSE(Activities(*db, readOnly).addPhoto(drill, QStringLiteral("演练.jpg"), jpeg).ok());
    REQUIRE(activities.addPhoto(drill, QStringLiteral("/home/office/照片/演练.jpg"), jpeg).ok());
    CHECK(activities.find(drill)->photos == 1);
    CHECK(activities.photos(drill).first().fileName == QStringLiteral("演练.jpg"));
    CHECK(activities.photos(drill).first().mimeType == QStringLiteral("image/jpeg"));

    Merchants merchants(*db, admin);
    Merchant m;
    m.communityId = place.communityId;
    m.name = QStringLiteral("艺耳阁");
    m.list = merchant_list::Black;
    CHECK(fieldsOf(merchants.save(m).errors()) == QStringList{QStringLiteral("list_reason"), QStringLiteral("listed_on")});
    m.listReason = QStringLiteral("出店经营");
    m.listedOn = QDate(2025, 8, 1);
    const qint64 id = merchants.save(m).value();
    // Taken off the list, the reason and date go with it.
    m.id = id;
    m.list = merchant_list::None;
    REQUIRE(merchants.save(m).ok());
    CHECK(merchants.find(id)->listReason.isEmpty());
    m.id = 0;
    m.name = QStringLiteral("益民大药房");
    m.modelShop = true;
    REQUIRE(merchants.save(m).ok());
    f = {};
    f.kind = QStringLiteral("model");
    CHECK(merchants.count(f) == 1);
    CHECK_FALSE(Merchants(*db, readOnly).save(m).ok());

    // The list reads in pinyin order, as people look shops up (a fu, yi er, yi min, zhang ji), not by code point.
    for (const char *name : {"张记包子铺", "阿福理发店"}) {
        m.name = QString::fromUtf8(name);
        m.modelShop = false;
        REQUIRE(merchants.save(m).ok());
    }
    QStringList names;
    for (const Merchant &each : merchants.list())
        names << each.name;
    CHECK(names == QStringList{QStringLiteral("阿福理发店"), QStringLiteral("艺耳阁"), QStringLiteral("益民大药房"), QStringLiteral("张记包子铺")});
}

TEST_CASE("the demo fills every party and governance register from the seeds", "[governance][demo]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.supermarket = false;
    options.today = QDate(2026, 11, 29);
    REQUIRE(DemoGenerator::generate(*db, Session::localAdministrator(), options).ok());
    const Statistics s = Statistics::collect(*db);
    CHECK(s.partyBranches == 11); // 魅力社区党委, nine themed grid branches, the property company's branch
    CHECK(s.cobuildingUnits == 10);
    CHECK(s.meetings > 40);
    CHECK(s.mediationCases > 60);
    CHECK(s.agencyServices > 200);
    CHECK(s.activities > 80);
    CHECK(s.merchants >= 10);
    const QJsonObject json = s.toJson();
    for (const char *field : {"party_branches", "cobuilding_units", "meetings", "mediation_cases", "agency_services", "activities", "merchants"})
        CHECK(json.value(QLatin1String(field)).toInt() > 0);

    QSqlDatabase conn = db->connection();
    const auto count = [&conn](const char *statement) { return sql::scalar(conn, QString::fromUtf8(statement)).toInt(); };
    // The seed's people and practices are there.
    CHECK(count("SELECT count(*) FROM party_branch WHERE level = 'committee' AND secretary = '毕唱'") == 1);
    CHECK(count("SELECT count(*) FROM mediation_case WHERE sessions = 8 AND agreement_signed = 1") >= 1);
    CHECK(count("SELECT count(*) FROM merchant WHERE model_shop = 1") == 3);
    CHECK(count("SELECT count(*) FROM merchant WHERE list = 'red' AND name = '东方审美美发店'") == 0); // no supermarket in this run
    CHECK(count("SELECT count(*) FROM cobuilding_member WHERE resident_id IS NOT NULL") > 10);
    CHECK(count("SELECT count(*) FROM party_post WHERE until IS NULL") > 40);
    CHECK(count("SELECT count(*) FROM party_meeting WHERE kind = 'lesson'") > 0);
    CHECK(count("SELECT count(*) FROM cobuilding_project WHERE state = 'completed'") > 0);
    CHECK(count("SELECT count(*) FROM governance_meeting WHERE kind = 'joint'") >= 7);
    CHECK(count("SELECT count(*) FROM party_transfer") > 0);
    // Nothing after the day the demo stops at, and the case history agrees with the states.
    CHECK(count("SELECT count(*) FROM agency_service WHERE created_at > '2026-11-30'") == 0);
    CHECK(count("SELECT count(*) FROM governance_meeting WHERE held_on > '2026-11-29'") == 0);
    CHECK(count("SELECT count(*) FROM mediation_case k WHERE state <> (SELECT h.to_state FROM case_history h "
                "WHERE h.case_kind = 'mediation_case' AND h.case_id = k.id ORDER BY h.id DESC LIMIT 1)") == 0);
    // Every open agency case is recent; older ones were finished or returned.
    CHECK(count("SELECT count(*) FROM agency_service WHERE state IN ('received', 'handling') AND created_at < '2026-11-15'") == 0);
    const Session localAdmin = Session::localAdministrator();
    CHECK(StarAssessment(*db, localAdmin).ofYear(0, 2025).size() == 9);
}
