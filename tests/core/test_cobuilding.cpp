#include "testsupport.h"
#include "audit/auditlog.h"
#include "cobuilding/cobuildingprojects.h"
#include "cobuilding/cobuildingunits.h"
#include "cobuilding/projectworkflow.h"
#include "cobuilding/twowaylists.h"
#include "db/sql.h"

using namespace jy;

namespace {

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    return fields;
}

qint64 unit(Database &db, const Session &session, qint64 communityId, const QString &name)
{
    CoBuildingUnit u;
    u.communityId = communityId;
    u.name = name;
    u.kind = unit_kind::Government;
    u.contact = QStringLiteral("薛琦");
    u.phone = QStringLiteral("0411-84123456");
    const Result<qint64> id = CoBuildingUnits(db, session).save(u);
    INFO(id.errorText().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

} // namespace

TEST_CASE("co-building units sign agreements and register in-service party members", "[cobuilding]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    CoBuildingUnits units(*db, admin);

    CoBuildingUnit bad;
    bad.kind = QStringLiteral("club");
    bad.phone = QStringLiteral("12");
    CHECK(fieldsOf(units.save(bad).errors()) == QStringList{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("community"), QStringLiteral("phone")});

    const qint64 coop = unit(*db, admin, place.communityId, QStringLiteral("市供销社机关党支部"));
    CoBuildingUnit twin = *units.find(coop);
    twin.id = 0;
    CHECK(fieldsOf(units.save(twin).errors()) == QStringList{QStringLiteral("name")});

    CoBuildingAgreement a{0, coop, QDate(2024, 3, 1), QDate(2023, 3, 1), QString(), QString()};
    CHECK(fieldsOf(units.addAgreement(a).errors()) == QStringList{QStringLiteral("valid_until"), QStringLiteral("content")});
    a.validUntil = QDate(2027, 2, 28);
    a.content = QStringLiteral("平价果蔬进小区，每周六设点");
    REQUIRE(units.addAgreement(a).ok());
    CHECK(units.find(coop)->agreementUntil == QDate(2027, 2, 28));

    RegisteredMember m{0, coop, QStringLiteral("薛琦"), QStringLiteral("13912345678"), 0, QDate(2024, 3, 5), QStringLiteral("助农销售"), true};
    REQUIRE(units.registerMember(m).ok());
    m.name.clear();
    CHECK(fieldsOf(units.registerMember(m).errors()) == QStringList{QStringLiteral("name")});
    CHECK(units.find(coop)->members == 1);
    CHECK(units.members(coop).first().speciality == QStringLiteral("助农销售"));

    RegisterFilter f;
    f.text = QStringLiteral("供销");
    CHECK(units.count(f) == 1);
    f.kind = unit_kind::Enterprise;
    CHECK(units.count(f) == 0);

    const Session viewer = test::viewer();
    CHECK_FALSE(CoBuildingUnits(*db, viewer).addAgreement(a).ok());
    CHECK_FALSE(CoBuildingUnits(*db, viewer).remove(coop).ok());
    REQUIRE(units.remove(coop).ok());
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM cobuilding_agreement")).toInt() == 0);
    CHECK(AuditLog::count(*db, QStringLiteral("cobuilding_unit"), coop) == 2);
}

TEST_CASE("a project matches a need with a unit: ordered, dispatched, accepted, completed", "[cobuilding][workflow]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    const qint64 bank = unit(*db, admin, place.communityId, QStringLiteral("中行信阳分行"));
    TwoWayLists lists(*db, admin);
    CoBuildingNeed n;
    n.communityId = place.communityId;
    n.title = QStringLiteral("小区缺少健身器材");
    n.source = QStringLiteral("rumour");
    CHECK(fieldsOf(lists.addNeed(n).errors()) == QStringList{QStringLiteral("source"), QStringLiteral("raised_on")});
    n.source = need_source::Resident;
    n.raisedOn = QDate(2025, 4, 2);
    const qint64 need = lists.addNeed(n).value();
    const qint64 resource = lists.addResource({0, bank, QStringLiteral("免费安装健身器材"), QString(), QString(), QString()}).value();
    CHECK(lists.resources().first().unitName == QStringLiteral("中行信阳分行"));

    CoBuildingProjects projects(*db, admin);
    CoBuildingProject p;
    p.communityId = place.communityId;
    p.title = QStringLiteral("健身器材进小区");
    p.needId = need;
    p.resourceId = resource;
    const QDateTime t0(QDate(2025, 4, 3), QTime(9, 0), Qt::UTC);
    const qint64 id = projects.create(p, t0).value();
    CHECK(projects.find(id)->state == project_state::Ordered);
    CHECK(lists.needs().first().matched);

    // A need taken up by a project stays; one nobody took up can be corrected and removed.
    CHECK_FALSE(lists.removeNeed(need).ok());
    CoBuildingNeed parking = n;
    parking.title = QStringLiteral("停车难");
    const qint64 other = lists.addNeed(parking).value();
    parking.id = other;
    parking.title = QStringLiteral("夜间临时停车难");
    REQUIRE(lists.addNeed(parking).ok());
    CHECK(lists.findNeed(other)->title == QStringLiteral("夜间临时停车难"));
    const Session readOnly = test::viewer();
    CHECK_FALSE(TwoWayLists(*db, readOnly).removeNeed(other).ok());
    REQUIRE(lists.removeNeed(other).ok());
    CHECK_FALSE(lists.findNeed(other).has_value());

    // A step needs its fields, the right state, and a date after the last one.
    CHECK(fieldsOf(projects.take(id, QStringLiteral("dispatch"), {}, t0.addDays(1)).errors()) == QStringList{QStringLiteral("unit_id")});
    CHECK_FALSE(projects.take(id, QStringLiteral("complete"), {{QStringLiteral("result"), QStringLiteral("x")}}, t0.addDays(1)).ok());
    CHECK_FALSE(projects.take(id, QStringLiteral("dispatch"), {{QStringLiteral("unit_id"), bank}}, t0.addDays(-1)).ok());
    REQUIRE(projects.take(id, QStringLiteral("dispatch"), {{QStringLiteral("unit_id"), bank}}, t0.addDays(1)).ok());
    REQUIRE(projects.take(id, QStringLiteral("decline"), {{QStringLiteral("reason"), QStringLiteral("场地未定")}}, t0.addDays(2)).ok());
    CHECK(projects.find(id)->unitId == 0);
    REQUIRE(projects.take(id, QStringLiteral("dispatch"), {{QStringLiteral("unit_id"), bank}}, t0.addDays(5)).ok());
    REQUIRE(projects.take(id, QStringLiteral("accept"), {}, t0.addDays(6)).ok());

    const Session viewer = test::viewer();
    const Status refused = CoBuildingProjects(*db, viewer).take(id, QStringLiteral("complete"), {{QStringLiteral("result"), QStringLiteral("安装12件")}}, t0.addDays(30));
    CHECK_FALSE(refused.ok());
    CHECK(refused.errorText().contains(Session::roleName(Role::Viewer)));
    REQUIRE(projects.take(id, QStringLiteral("complete"), {{QStringLiteral("result"), QStringLiteral("免费安装健身器材12件")}}, t0.addDays(30)).ok());
    const CoBuildingProject done = *projects.find(id);
    CHECK(done.state == project_state::Completed);
    CHECK(done.unitName == QStringLiteral("中行信阳分行"));
    CHECK(done.result == QStringLiteral("免费安装健身器材12件"));
    QStringList actions;
    for (const HistoryEntry &e : projects.history(id))
        actions << e.action;
    CHECK(actions == QStringList{QStringLiteral("order"), QStringLiteral("dispatch"), QStringLiteral("decline"), QStringLiteral("dispatch"),
                                 QStringLiteral("accept"), QStringLiteral("complete")});
    RegisterFilter f;
    f.state = project_state::Completed;
    CHECK(projects.count(f) == 1);
    CHECK_FALSE(CoBuildingProjects(*db, viewer).create(p).ok());
}

TEST_CASE("a unit's resources are corrected, filtered and removed unless a project uses them", "[cobuilding]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    const qint64 bank = unit(*db, admin, place.communityId, QStringLiteral("中行信阳分行"));
    const qint64 firm = unit(*db, admin, place.communityId, QStringLiteral("北京盈科律师事务所"));
    TwoWayLists lists(*db, admin);

    CHECK(fieldsOf(lists.addResource({0, 0, QStringLiteral("  "), QString(), QString(), QString()}).errors())
          == QStringList{QStringLiteral("title"), QStringLiteral("unit")});
    const qint64 gym = lists.addResource({0, bank, QStringLiteral("免费安装健身器材"), QStringLiteral("文体"), QString(), QString()}).value();
    const qint64 law = lists.addResource({0, firm, QStringLiteral("每月一次法律咨询"), QStringLiteral("法律"), QString(), QString()}).value();

    // Corrected: another title, category and notes; the unit may be changed too.
    CoBuildingResource r = *lists.findResource(law);
    CHECK(r.unitName == QStringLiteral("北京盈科律师事务所"));
    CHECK(r.communityId == place.communityId);
    r.title = QStringLiteral("每月两次法律咨询");
    r.notes = QStringLiteral("每月第一、三个周六上午");
    REQUIRE(lists.updateResource(r).ok());
    CHECK(lists.findResource(law)->title == QStringLiteral("每月两次法律咨询"));
    r.title.clear();
    r.unitId = 999;
    CHECK(fieldsOf(lists.updateResource(r).errors()) == QStringList{QStringLiteral("title"), QStringLiteral("unit")});
    r.id = 999;
    CHECK_FALSE(lists.updateResource(r).ok());
    CHECK(lists.resourceCategories() == QStringList{QStringLiteral("文体"), QStringLiteral("法律")});

    RegisterFilter f;
    f.kind = QStringLiteral("法律");
    CHECK(lists.countResources(f) == 1);
    CHECK(lists.resources(f).first().id == law);
    f = {};
    f.text = QStringLiteral("中行");
    CHECK(lists.countResources(f) == 1);
    f = {};
    f.communityId = place.communityId + 1;
    CHECK(lists.countResources(f) == 0);
    CHECK(lists.countResources() == 2);

    // A project built on the gym resource keeps it on the list.
    CoBuildingProject p;
    p.communityId = place.communityId;
    p.title = QStringLiteral("健身器材进小区");
    p.resourceId = gym;
    REQUIRE(CoBuildingProjects(*db, admin).create(p).ok());
    CHECK(lists.findResource(gym)->projects == 1);
    const Status kept = lists.removeResource(gym);
    CHECK_FALSE(kept.ok());
    CHECK(kept.errorText().contains(QStringLiteral("免费安装健身器材")));

    // Only with the permission, and audited: created, updated, deleted.
    const Session viewer = test::viewer();
    CHECK_FALSE(TwoWayLists(*db, viewer).updateResource(*lists.findResource(law)).ok());
    CHECK_FALSE(TwoWayLists(*db, viewer).removeResource(law).ok());
    CHECK(lists.findResource(law).has_value());
    REQUIRE(lists.removeResource(law).ok());
    CHECK_FALSE(lists.findResource(law).has_value());
    CHECK(AuditLog::count(*db, QStringLiteral("cobuilding_resource"), law) == 3);
    CHECK(lists.countResources() == 1);
}

TEST_CASE("co-building units are listed in pinyin order, also after a rename", "[cobuilding][pinyin]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    // By code point 中 (U+4E2D) < 大 (U+5927) < 阿 (U+963F); by pinyin a < da < zhong.
    const qint64 zhong = unit(*db, admin, place.communityId, QStringLiteral("中国银行辛寨子支行"));
    unit(*db, admin, place.communityId, QStringLiteral("大连港集团"));
    unit(*db, admin, place.communityId, QStringLiteral("阿里巴巴大连分公司"));
    const auto names = [&] {
        QStringList out;
        for (const CoBuildingUnit &u : CoBuildingUnits(*db, admin).list())
            out << u.name;
        return out;
    };
    CHECK(names() == QStringList{QStringLiteral("阿里巴巴大连分公司"), QStringLiteral("大连港集团"), QStringLiteral("中国银行辛寨子支行")});
    CoBuildingUnits units(*db, admin);
    CoBuildingUnit renamed = *units.find(zhong);
    renamed.name = QStringLiteral("爱心联盟");
    REQUIRE(units.save(renamed).ok());
    // a li < ai xin < da lian
    CHECK(names() == QStringList{QStringLiteral("阿里巴巴大连分公司"), QStringLiteral("爱心联盟"), QStringLiteral("大连港集团")});
}
