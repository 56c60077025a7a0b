#include "demo/demogovernancebuilder.h"
#include "cobuilding/cobuildingprojects.h"
#include "cobuilding/cobuildingunits.h"
#include "cobuilding/twowaylists.h"
#include "db/database.h"
#include "db/sql.h"
#include "demo/demonames.h"
#include "governance/governancemeetings.h"

#include <QSqlQuery>
#include <algorithm>

namespace jy::demo_governance {

namespace {

// Co-building units of 魅力社区: the property company of the seed's "红色管家", the co-building
// units whose people serve in the supermarket, and the kinds of partner the seeds name (a bank
// installing fitness equipment, the supply co-op's fair-price vegetables, a law firm, a hospital).
struct UnitSeed { const char16_t *name; const QString &kind; const char16_t *contact; const char16_t *agreement; const char16_t *resource; const char16_t *speciality; };
const QList<UnitSeed> &meiliUnits()
{
    using namespace unit_kind;
    static const QList<UnitSeed> list = {
        {u"万科物业魅力之城服务中心", Enterprise, u"李经理", u"“红色管家”四位一体、三方联动：物业服务企业党组织参与社区治理，社区与物业交叉任职", u"楼顶防水维修与单元门更换", u"物业维修"},
        {u"中联律师事务所", Enterprise, u"周文博", u"每月一次法律咨询进社区，为居民开展普法讲座", u"免费法律咨询与普法讲座", u"法律咨询"},
        {u"大连市第三人民医院", Institution, u"陈立新", u"家庭医生签约义诊，每季度一次健康讲座", u"家庭医生签约义诊", u"义诊"},
        {u"甘井子区税务局", Government, u"高雪梅", u"在职党员双报到，参与红色代办与政策宣讲", u"个税与社保政策宣讲", u"政策宣讲"},
        {u"国网大连供电公司", Enterprise, u"于海洋", u"老旧线路排查与用电安全进社区", u"非机动车充电桩安装与用电安全检查", u"电路检修"},
        {u"辛寨子小学", Institution, u"徐丽娜", u"暑期托管与四点半课堂共建", u"暑假公益课堂师资", u"课业辅导"},
        {u"甘井子区供销合作社机关党支部", Government, u"薛主任", u"“平价果蔬进小区”，每周六在小区设点", u"平价果蔬进小区", u"助农销售"},
        {u"中国银行大连甘井子支行", Enterprise, u"孙行长", u"为小区免费安装健身器材，开展防诈骗宣传", u"免费安装健身器材", u"金融知识"},
        {u"甘井子区科学技术协会", Government, u"王秘书长", u"共建科普基地：“有医说医”“食全食美”“小住科普”“行与不行”四个科普项目", u"科普讲堂与科技体验", u"科普讲解"},
        {u"甘井子区消防救援大队", Government, u"刘队长", u"每季度一次消防应急演练，高层住宅消防检查", u"消防应急演练", u"消防安全"},
    };
    return list;
}
// Other communities' partners, by kind.
const QList<UnitSeed> &otherUnits()
{
    using namespace unit_kind;
    static const QList<UnitSeed> list = {
        {u"%1物业服务中心", Enterprise, u"物业经理", u"“红色物业”双向导入、交叉任职", u"公共设施维修", u"物业维修"},
        {u"辛寨子街道社区卫生服务中心", Institution, u"主任", u"家庭医生签约与健康讲座", u"家庭医生签约义诊", u"义诊"},
        {u"辛寨子派出所", Government, u"社区民警", u"平安社区共建，防诈骗宣传", u"防诈骗宣传", u"治安防范"},
        {u"中国建设银行大连辛寨子支行", Enterprise, u"行长", u"金融知识进社区", u"适老化金融服务", u"金融知识"},
        {u"辛寨子中学", Institution, u"校长", u"青少年志愿服务与课后托管", u"四点半课堂", u"课业辅导"},
    };
    return list;
}

// Residents' needs as the seeds give them, and what came of them.
struct NeedSeed { const char16_t *title; const char16_t *category; int unit; const char16_t *project; const char16_t *result; };
const QList<NeedSeed> &needSeeds()
{
    static const QList<NeedSeed> list = {
        {u"小区停车难，需临时停车场", u"停车", 6, u"临时停车场建设", u"协调建成临时停车场，新增车位80个"},
        {u"小区缺少健身器材", u"文体", 7, u"健身器材进小区", u"免费安装健身器材12件"},
        {u"老年居民需要法律咨询", u"法律", 1, u"普法进万家", u"为60户居民开展普法，解答咨询41人次"},
        {u"高龄独居老人看病难", u"健康", 2, u"家庭医生签约义诊", u"家庭医生签约义诊，受益居民320人次"},
        {u"菜价高，买菜远", u"生活", 6, u"平价果蔬进小区", u"“平价果蔬进小区”每周六设点，累计让利群众8000余元"},
        {u"电动车充电难，存在飞线充电隐患", u"安全", 4, u"非机动车棚与充电桩", u"扩建非机动车棚2个，可同时为110辆电动车充电"},
        {u"双职工家庭暑期孩子无人看护", u"教育", 5, u"暑假公益课堂", u"开办暑假公益课堂，每期30名小学生"},
        {u"楼顶漏水，单元门损坏", u"维修", 0, u"楼顶防水与单元门更换", u"协调4幢楼楼顶防水维修，更换全部16个单元门"},
        {u"居民防诈骗意识弱", u"安全", 7, u"防诈骗宣传进楼栋", u"开展防诈骗宣传6场，发放宣传册1200份"},
        {u"孩子想体验科学实验", u"科普", 8, u"“小住科普”趣味实验", u"开设“小住科普”趣味实验课8次"},
        {u"高层住宅消防通道堵塞", u"安全", 9, u"高层消防通道整治", u"清理消防通道，开展高层住宅消防演练"},
        {u"两位残疾居民爱心食堂餐费困难", u"救助", 3, u"爱心食堂助餐", u"协调解决两位残疾居民爱心食堂餐费"},
    };
    return list;
}

} // namespace

void Builder::coBuilding(const DemoSupermarket::Community &c)
{
    CoBuildingUnits units(mDb, mSession);
    const bool meili = c.index == 0;
    QList<UnitSeed> seeds;
    if (meili) {
        seeds = meiliUnits();
    } else {
        const int count = 3 + mRandom.below(3);
        for (int i = 0; i < count && i < otherUnits().size(); ++i)
            seeds << otherUnits().at(i);
    }
    const QString shortName = c.name.left(c.name.size() - 2);
    // The units' 双报到 members are the roster's party members registered by their work unit.
    QSqlQuery workUnit = sql::exec(mConn, QStringLiteral("SELECT r.id, r.name, r.phone FROM party_member m JOIN resident r ON r.id = m.resident_id "
                                                         "WHERE r.community_id = ? AND m.kind = 'work_unit' ORDER BY r.id"), {c.id});
    std::vector<std::tuple<qint64, QString, QString>> registered;
    while (workUnit.next())
        registered.emplace_back(workUnit.value(0).toLongLong(), workUnit.value(1).toString(), workUnit.value(2).toString());
    size_t nextRegistered = 0;

    for (int i = 0; i < seeds.size(); ++i) {
        const UnitSeed &seed = seeds.at(i);
        CoBuildingUnit u;
        u.communityId = c.id;
        u.name = s(seed.name).contains(QStringLiteral("%1")) ? s(seed.name).arg(shortName) : s(seed.name);
        u.kind = seed.kind;
        u.contact = s(seed.contact);
        u.joinedOn = QDate(2021 + mRandom.below(3), 1 + mRandom.below(12), 1 + mRandom.below(28));
        u.phone = QStringLiteral("0411-8%1").arg(mRandom.below(10000000), 7, 10, QLatin1Char('0'));
        const qint64 id = orThrow(units.save(u));
        mUnitIds.push_back(id);
        mUnitNames.push_back(u.name);
        ++summary.cobuildingUnits;
        CoBuildingAgreement a;
        a.unitId = id;
        a.signedOn = std::max(u.joinedOn, QDate(2023, 1 + mRandom.below(12), 10));
        a.validUntil = a.signedOn.addYears(3).addDays(-1);
        a.content = s(seed.agreement);
        a.contact = u.contact;
        orThrow(units.addAgreement(a));
        // A three-year agreement that ran out was renewed for another term.
        while (a.validUntil < mToday) {
            a.signedOn = a.validUntil.addDays(1 - mRandom.below(20));
            a.validUntil = a.signedOn.addYears(3).addDays(-1);
            a.content = s(u"续签：") + s(seed.agreement);
            if (a.signedOn > mToday)
                break;
            orThrow(units.addAgreement(a));
        }
        orThrow(TwoWayLists(mDb, mSession).addResource({0, id, s(seed.resource), QString(), QString(), QString()}));
        const int people = meili ? 2 + mRandom.below(5) : 1 + mRandom.below(3);
        for (int p = 0; p < people && nextRegistered < registered.size(); ++p, ++nextRegistered) {
            RegisteredMember m;
            m.unitId = id;
            m.residentId = std::get<0>(registered[nextRegistered]);
            m.name = std::get<1>(registered[nextRegistered]);
            m.phone = std::get<2>(registered[nextRegistered]);
            m.registeredOn = std::max(u.joinedOn, QDate(2023, 3, 5)).addDays(mRandom.below(300));
            m.speciality = s(seed.speciality);
            orThrow(units.registerMember(m));
        }
    }

    // The two-way lists and the projects that match them.
    TwoWayLists lists(mDb, mSession);
    CoBuildingProjects projects(mDb, mSession);
    const int needCount = meili ? int(needSeeds().size()) : 3 + mRandom.below(4);
    for (int i = 0; i < needCount; ++i) {
        const NeedSeed &seed = needSeeds().at(meili ? i : mRandom.below(int(needSeeds().size())));
        CoBuildingNeed n;
        n.communityId = c.id;
        n.title = s(seed.title);
        n.category = s(seed.category);
        n.source = mRandom.chance(0.6) ? need_source::Resident : need_source::Grid;
        n.raisedBy = n.source == need_source::Grid ? s(u"网格员") : s(u"居民议事会");
        n.raisedOn = dayBetween(mStart, mToday.addDays(-20));
        const qint64 needId = orThrow(lists.addNeed(n));
        if (mUnitIds.empty())
            continue;
        const size_t unit = meili ? size_t(seed.unit) % mUnitIds.size() : size_t(mRandom.below(int(mUnitIds.size())));
        CoBuildingProject p;
        p.communityId = c.id;
        p.title = s(seed.project);
        p.needId = needId;
        const QDateTime created = at(n.raisedOn.addDays(2), 10);
        const qint64 projectId = orThrow(projects.create(p, created));
        const QDate day = n.raisedOn.addDays(2);
        // Older projects are done; the newest are still being claimed and carried out.
        const qint64 age = day.daysTo(mToday);
        if (age < 5)
            continue;
        orThrow(projects.take(projectId, QStringLiteral("dispatch"), {{QStringLiteral("unit_id"), mUnitIds[unit]}}, at(day.addDays(1), 9)));
        if (age < 12)
            continue;
        orThrow(projects.take(projectId, QStringLiteral("accept"), {}, at(day.addDays(3), 15)));
        if (age < 45)
            continue;
        orThrow(projects.take(projectId, QStringLiteral("complete"), {{QStringLiteral("result"), s(seed.result)}}, at(day.addDays(30 + mRandom.below(14)), 16)));
    }

    // 党建联席会 each quarter with the units.
    GovernanceMeetings meetings(mDb, mSession);
    for (QDate q = mStart; q <= mToday; q = q.addMonths(3)) {
        const QDate held = q.addMonths(2).addDays(14 + mRandom.below(10));
        if (held > mToday)
            break;
        GovernanceMeeting m;
        m.communityId = c.id;
        m.kind = meeting_kind::Joint;
        m.heldOn = held;
        m.place = c.name + s(u"党群服务中心");
        m.topic = QStringLiteral("%1年第%2季度党建联席会：共商服务实事").arg(q.year()).arg((q.month() + 2) / 3);
        QStringList names;
        for (const QString &n : mUnitNames)
            names << n;
        m.participants = c.name + s(u"党委、") + names.join(QStringLiteral("、"));
        m.attendance = int(mUnitNames.size()) * 2 + 3;
        m.decisions = s(u"确定本季度共建事项，梳理需求清单、资源清单和项目清单");
        const qint64 id = orThrow(meetings.save(m));
        ++summary.meetings;
        FollowUp f;
        f.meetingId = id;
        f.item = s(u"各共建单位认领本季度项目清单");
        f.owner = s(u"社区党委");
        f.dueOn = held.addDays(30);
        const qint64 fid = orThrow(meetings.addFollowUp(f));
        if (f.dueOn < mToday)
            orThrow(meetings.completeFollowUp(fid, held.addDays(10 + mRandom.below(20))));
    }
}

} // namespace jy::demo_governance
