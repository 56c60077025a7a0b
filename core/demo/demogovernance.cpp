#include "demo/demogovernance.h"
#include "cobuilding/cobuildingprojects.h"
#include "cobuilding/cobuildingunits.h"
#include "cobuilding/twowaylists.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "demo/demonames.h"
#include "demo/demorandom.h"
#include "governance/activities.h"
#include "governance/agencyservices.h"
#include "governance/governancemeetings.h"
#include "governance/mediationcases.h"
#include "governance/merchants.h"
#include "party/branchmeetings.h"
#include "party/partymembers.h"
#include "party/partyorganisation.h"
#include "party/partypoints.h"
#include "party/starassessment.h"

#include <QSqlQuery>
#include <algorithm>
#include <vector>

namespace jy {

namespace {

// Demo data are Chinese records, not interface text.
QString s(const char16_t *text) { return QString::fromUtf16(text); }

template <typename T>
T orThrow(const Result<T> &r)
{
    if (!r)
        throw DbError(r.errorText());
    return r.value();
}
void orThrow(const Status &r)
{
    if (!r)
        throw DbError(r.errorText());
}

QDateTime at(const QDate &day, int hour, int minute = 0) { return QDateTime(day, QTime(hour, minute)).toUTC(); }

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

// Residents' meetings on what the seeds' estates argued about, with what was decided.
struct MeetingSeed { const char16_t *topic; const char16_t *decision; const char16_t *followUp; };
const QList<MeetingSeed> &meetingSeeds()
{
    static const QList<MeetingSeed> list = {
        {u"老旧楼栋加装电梯意见征集", u"同意启动3号楼加装电梯意向征集，超过三分之二住户同意后申报", u"入户征集3号楼住户意见"},
        {u"文明养犬公约", u"通过《小区文明养犬公约》，设立宠物乐园", u"公约张贴到各单元门口"},
        {u"非机动车停车棚扩建", u"扩建非机动车停车棚2个并安装充电桩", u"联系供电公司勘察线路"},
        {u"集中晾晒区选址", u"在5号楼北侧空地设置集中晾晒区", u"物业公司施工并验收"},
        {u"儿童游乐园改造", u"改造儿童游乐园，更换老旧设施", u"公示改造方案七天"},
        {u"楼顶防水维修资金使用", u"使用公共维修资金维修4幢楼楼顶防水", u"业委会公示资金使用明细"},
        {u"小区监控设备更换", u"更换监控设备126个", u"物业公司采购安装"},
        {u"物业费调整", u"物业费暂不调整，物业公司提升保洁频次", u"下月回访居民满意度"},
        {u"楼道堆物清理", u"开展楼道堆物集中清理行动", u"网格员逐楼检查"},
        {u"广场舞噪音扰民", u"广场舞时间调整为19:00—20:30，音量控制", u"文艺队签订承诺书"},
        {u"绿化带改造为停车位", u"保留绿化带，另行协调临时停车场", u"与共建单位协商场地"},
        {u"垃圾分类投放点设置", u"每栋楼设置分类投放点，定时定点投放", u"环保先锋社团值守引导"},
    };
    return list;
}

struct DisputeSeed { const QString &kind; const char16_t *parties; const char16_t *summary; const char16_t *outcome; };
const QList<DisputeSeed> &disputeSeeds()
{
    using namespace dispute_kind;
    static const QList<DisputeSeed> list = {
        {Neighbour, u"%1与楼下住户", u"楼上卫生间漏水，楼下天花板受损", u"双方同意由楼上住户维修并赔偿粉刷费用"},
        {Neighbour, u"%1与邻居", u"楼道堆放杂物引发争吵", u"清理杂物，双方握手言和"},
        {Neighbour, u"%1与同楼住户", u"宠物犬夜间吠叫扰民", u"犬主承诺夜间看管宠物，签订文明养犬承诺书"},
        {Family, u"%1与其子女", u"老人赡养费用分担", u"子女按月分担赡养费，轮流照料"},
        {Family, u"%1夫妇", u"家庭矛盾争吵不休", u"经耐心疏导，双方和好"},
        {Property, u"%1与物业公司", u"物业费收缴与服务质量争议", u"物业公司整改保洁服务，业主补缴物业费"},
        {Property, u"业委会与物业公司", u"公共收益分配争议", u"三方协商确定公共收益公示与使用办法"},
        {Property, u"%1与物业公司", u"车位占用纠纷", u"物业协调调换车位"},
        {Relocation, u"%1与开发商", u"安置房面积差价争议", u"按协议补足面积差价"},
        {Labour, u"%1与装修公司", u"装修工人工资拖欠", u"装修公司结清工资"},
    };
    return list;
}

struct ActivitySeed { const QString &kind; const char16_t *title; const char16_t *organiser; const char16_t *place; };
const QList<ActivitySeed> &activitySeeds()
{
    using namespace activity_kind;
    static const QList<ActivitySeed> list = {
        {Lecture, u"安全教育讲座：防范电信诈骗", u"辛寨子派出所", u"党群服务中心"},
        {Lecture, u"安全教育讲座：居家用电安全", u"国网大连供电公司", u"党群服务中心"},
        {Lecture, u"健康讲座：老年人慢病管理", u"大连市第三人民医院", u"日间照料中心"},
        {Drill, u"高层住宅消防应急疏散演练", u"甘井子区消防救援大队", u"小区中心广场"},
        {Drill, u"地震应急避险演练", u"社区应急志愿服务队", u"小区中心广场"},
        {Science, u"“有医说医”科普讲堂", u"有医说医科普服务队", u"科普基地"},
        {Science, u"“食全食美”食品安全科普", u"甘井子区科学技术协会", u"科普基地"},
        {Science, u"“小住科普”趣味实验", u"甘井子区科学技术协会", u"科普基地"},
        {Science, u"“行与不行”交通安全科普", u"青年突击队", u"科普基地"},
        {Culture, u"“中秋暖情佳节”团圆宴", u"社区党委", u"老年幸福食堂"},
        {Culture, u"“党在我心中”红歌会", u"魅力之声宣讲志愿服务队", u"党群服务中心"},
        {Culture, u"全民读书月“书香社区”读书分享", u"学习党支部", u"新时代文明实践书屋"},
        {Volunteer, u"垃圾分类公益基金旧物回收日", u"环保先锋社团", u"小区中心广场"},
        {Volunteer, u"“党旗飘楼栋 党员进你家”走访", u"社区党委", u"各楼栋"},
    };
    return list;
}

struct ShopSeed { const char16_t *name; const char16_t *business; bool model; };
const ShopSeed kShops[] = {
    {u"魅力之城便利店", u"日用百货", true},     {u"鲜丰水果店", u"水果", false},        {u"益民大药房", u"药品", true},
    {u"老街坊饺子馆", u"餐饮", true},           {u"洁净洗衣坊", u"洗衣", false},        {u"兴旺五金店", u"五金建材", false},
    {u"好邻居早餐铺", u"早餐", false},          {u"阳光眼镜店", u"眼镜", false},        {u"海鲜大排档", u"餐饮", false},
    {u"快捷开锁修鞋", u"便民维修", false},
};

// What an affiliated shop trades in, from its name.
QString businessOf(const QString &shop)
{
    const QList<QPair<const char16_t *, const char16_t *>> kinds = {{u"美发", u"美发"}, {u"理发", u"美发"}, {u"维修", u"家电维修"},
                                                                    {u"饺子", u"餐饮"}, {u"食堂", u"餐饮"}, {u"药房", u"药品"}};
    for (const auto &[word, business] : kinds)
        if (shop.contains(s(word)))
            return s(business);
    return s(u"便民服务");
}

const char16_t *const kPosts[] = {u"楼栋长", u"文明劝导员", u"政策宣传员", u"矛盾调解员", u"环境监督员", u"安全巡查员", u"邻里互助员"};
const char16_t *const kMediators[] = {u"社区人民调解委员会", u"网格长", u"社区党委副书记"};

class Builder
{
public:
    Builder(Database &db, const Session &session, DemoRandom &random, const QDate &today)
        : mDb(db), mConn(db.connection()), mSession(session), mRandom(random), mToday(today),
          mStart(QDate(2025, 1, 1))
    {
    }

    void community(const DemoSupermarket::Community &c);
    DemoGovernance::Summary summary;

private:
    void organisation(const DemoSupermarket::Community &c);
    void branchLife(qint64 branchId, const QString &theme);
    void coBuilding(const DemoSupermarket::Community &c);
    void meetings(const DemoSupermarket::Community &c);
    void mediation(const DemoSupermarket::Community &c);
    void agency(const DemoSupermarket::Community &c);
    void activities(const DemoSupermarket::Community &c);
    void merchants(const DemoSupermarket::Community &c);
    QDate dayBetween(const QDate &from, const QDate &to) { return from.addDays(mRandom.below(int(from.daysTo(to)) + 1)); }
    QString residentName(qint64 communityId);

    Database &mDb;
    QSqlDatabase mConn;
    const Session &mSession;
    DemoRandom &mRandom;
    QDate mToday;
    QDate mStart;
    std::vector<qint64> mUnitIds;
    std::vector<QString> mUnitNames;
    std::vector<QString> mResidents;
};

QString Builder::residentName(qint64 communityId)
{
    if (mResidents.empty()) {
        QSqlQuery q = sql::exec(mConn, QStringLiteral("SELECT name FROM resident WHERE community_id = ? AND birth_date < '1990-01-01' ORDER BY id LIMIT 400"),
                                {communityId});
        while (q.next())
            mResidents.push_back(q.value(0).toString());
        if (mResidents.empty())
            mResidents.push_back(s(u"王某"));
    }
    return mResidents[size_t(mRandom.below(int(mResidents.size())))];
}

void Builder::community(const DemoSupermarket::Community &c)
{
    mUnitIds.clear();
    mUnitNames.clear();
    mResidents.clear();
    organisation(c);
    coBuilding(c);
    meetings(c);
    mediation(c);
    agency(c);
    activities(c);
    merchants(c);
}

void Builder::organisation(const DemoSupermarket::Community &c)
{
    PartyOrganisation org(mDb, mSession);
    const bool meili = c.index == 0;
    // Big communities have a committee (魅力社区党委); smaller ones a general branch (光明社区党总支).
    PartyBranch top;
    top.communityId = c.id;
    top.level = meili || c.index % 3 != 2 ? party_level::Committee : party_level::GeneralBranch;
    top.name = c.name + (top.level == party_level::Committee ? s(u"党委") : s(u"党总支"));
    top.secretary = meili ? s(u"毕唱") : residentName(c.id);
    top.foundedOn = QDate(2012 + c.index % 8, 7, 1);
    const qint64 topId = orThrow(org.save(top));

    const QList<PartyBranch> branches = org.list(c.id);
    PartyMembers members(mDb, mSession);
    for (PartyBranch b : branches) {
        if (b.id == topId)
            continue;
        b.parentId = topId;
        b.kind = branch_kind::Grid; // the seed's branches follow the grids
        b.foundedOn = QDate(2018, 3 + mRandom.below(6), 1);
        RegisterFilter f;
        f.ownerId = b.id;
        f.state = member_status::Full;
        const QList<PartyMember> full = members.list(f);
        b.secretary = full.isEmpty() ? QString() : full.at(mRandom.below(int(full.size()))).name;
        orThrow(org.save(b));
        for (int g = 1; g <= 2; ++g)
            orThrow(org.saveGroup({0, b.id, QStringLiteral("第%1党小组").arg(g == 1 ? s(u"一") : s(u"二")), QString()}));
        branchLife(b.id, b.theme);
    }
    if (meili) {
        // The property company's own branch of the "红色管家" project: a functional branch.
        PartyBranch property;
        property.communityId = c.id;
        property.parentId = topId;
        property.kind = branch_kind::Functional;
        property.name = s(u"万科物业党支部");
        property.theme = s(u"红色管家");
        property.foundedOn = QDate(2019, 6, 28);
        orThrow(org.save(property));
    }
}

void Builder::branchLife(qint64 branchId, const QString &theme)
{
    PartyMembers members(mDb, mSession);
    PartyPoints points(mDb, mSession);
    BranchMeetings log(mDb, mSession);
    RegisterFilter f;
    f.ownerId = branchId;
    const QList<PartyMember> list = members.list(f);
    const QList<PartyGroup> groups = PartyOrganisation(mDb, mSession).groups(branchId);
    const int expected = int(list.size());

    // Members into the branch's two groups; posts for about a third (认岗领责).
    int n = 0;
    for (PartyMember m : list) {
        if (!groups.isEmpty()) {
            m.groupId = groups.at(n % groups.size()).id;
            orThrow(members.save(m));
        }
        if (mRandom.chance(0.35)) {
            PartyPost post;
            post.residentId = m.residentId;
            post.post = s(kPosts[mRandom.below(int(std::size(kPosts)))]);
            post.since = std::max(m.joinedOn, QDate(2023, 1 + mRandom.below(12), 1));
            orThrow(members.addPost(post));
        }
        ++n;
    }

    // 三会一课 and the theme Party day, month by month.
    const QString themeText = theme.isEmpty() ? s(u"服务") : theme;
    for (QDate month = mStart; month <= mToday; month = month.addMonths(1)) {
        const QDate themeDay = month.addDays(4 + mRandom.below(10));
        if (themeDay <= mToday) {
            BranchMeeting m;
            m.branchId = branchId;
            m.kind = branch_meeting_kind::ThemeDay;
            m.heldOn = themeDay;
            m.topic = QStringLiteral("%1月主题党日：%2").arg(month.month()).arg(
                month.month() == 7 ? s(u"重温入党誓词") : themeText + s(u"志愿服务进楼栋"));
            m.place = s(u"党群服务中心");
            m.expected = expected;
            m.attended = expected - mRandom.below(std::max(1, expected / 6 + 1));
            orThrow(log.save(m));
        }
        const QDate committee = month.addDays(1 + mRandom.below(3));
        if (committee <= mToday) {
            BranchMeeting m;
            m.branchId = branchId;
            m.kind = branch_meeting_kind::Committee;
            m.heldOn = committee;
            m.topic = s(u"研究本月支部工作安排");
            m.expected = 3;
            m.attended = 3;
            orThrow(log.save(m));
        }
        if (month.month() % 3 == 0) {
            const QDate assembly = month.addDays(18 + mRandom.below(8));
            if (assembly <= mToday) {
                BranchMeeting a;
                a.branchId = branchId;
                a.kind = branch_meeting_kind::Assembly;
                a.heldOn = assembly;
                a.topic = QStringLiteral("第%1季度支部党员大会").arg(month.month() / 3);
                a.place = s(u"党群服务中心");
                a.expected = expected;
                a.attended = expected - mRandom.below(std::max(1, expected / 5 + 1));
                orThrow(log.save(a));
                BranchMeeting lesson = a;
                lesson.kind = branch_meeting_kind::Lesson;
                lesson.heldOn = assembly;
                lesson.topic = s(u"党课：发挥党员先锋模范作用，做居民身边的“知心人”");
                orThrow(log.save(lesson));
                for (const PartyGroup &g : groups) {
                    BranchMeeting gm;
                    gm.branchId = branchId;
                    gm.kind = branch_meeting_kind::Group;
                    gm.heldOn = assembly.addDays(-3);
                    gm.topic = g.name + s(u"学习会");
                    gm.expected = expected / int(groups.size());
                    gm.attended = std::max(0, gm.expected - mRandom.below(3));
                    orThrow(log.save(gm));
                }
            }
        }
    }

    // Points: each quarter for taking part in the branch's life, more for posts and service.
    for (const PartyMember &m : list) {
        for (QDate quarter = mStart; quarter.addMonths(3).addDays(-1) <= mToday; quarter = quarter.addMonths(3)) {
            const QDate end = quarter.addMonths(3).addDays(-1);
            PartyPointsEntry e;
            e.residentId = m.residentId;
            e.onDate = end;
            e.points = 4 + mRandom.below(5);
            e.reason = QStringLiteral("%1年第%2季度参加组织生活").arg(quarter.year()).arg((quarter.month() + 2) / 3);
            orThrow(points.record(e));
            if (mRandom.chance(0.4)) {
                e.points = 2 + mRandom.below(6);
                e.reason = s(u"认岗领责履职、志愿服务");
                orThrow(points.record(e));
            }
            if (mRandom.chance(0.04)) {
                e.kind = party_points_kind::Deduct;
                e.points = 2;
                e.reason = s(u"无故缺席主题党日");
                orThrow(points.record(e));
                e.kind = party_points_kind::Credit;
            }
        }
    }

    // The five-star assessment of each finished year, with the evidence an inspection reads.
    StarAssessment stars(mDb, mSession);
    for (int year = mStart.year(); year < mToday.year(); ++year) {
        const QStringList evidence = {
            QStringLiteral("落实“三会一课”制度，全年召开支部党员大会4次、主题党日12次"),
            QStringLiteral("与共建单位开展“平价果蔬进小区”等共建项目%1个").arg(2 + mRandom.below(4)),
            QStringLiteral("开展安全教育讲座%1次、应急演练%2次，未发生信访问题").arg(8 + mRandom.below(9)).arg(5 + mRandom.below(7)),
            QStringLiteral("“三联四帮”联系独居老人%1人，开展“暖情佳节”活动").arg(10 + mRandom.below(20)),
            QStringLiteral("“你好，小店”走访商户%1家，协调房租减免等问题").arg(15 + mRandom.below(40)),
        };
        for (int i = 0; i < branch_star::all().size(); ++i) {
            const int score = 68 + mRandom.below(31);
            orThrow(stars.assess(branchId, year, branch_star::all().at(i), score, evidence.at(i)));
        }
    }

    // A member moving house moves branch; the history keeps the move.
    if (list.size() > 4 && mRandom.chance(0.5)) {
        const qint64 to = sql::scalar(mConn, QStringLiteral("SELECT id FROM party_branch WHERE community_id = (SELECT community_id FROM party_branch WHERE id = ?) "
                                                            "AND level = 'branch' AND id <> ? AND kind = 'grid' ORDER BY id LIMIT 1"), {branchId, branchId}).toLongLong();
        const PartyMember &m = list.at(mRandom.below(int(list.size())));
        if (to && m.joinedOn < mToday.addDays(-60))
            orThrow(members.transfer(m.residentId, to, dayBetween(std::max(mStart, m.joinedOn), mToday.addDays(-30)), s(u"搬家至其他网格")));
    }
}

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

void Builder::meetings(const DemoSupermarket::Community &c)
{
    GovernanceMeetings meetings(mDb, mSession);
    const QStringList kinds = {meeting_kind::ResidentCouncil, meeting_kind::TalkDay, meeting_kind::Courtyard, meeting_kind::FiveParty,
                               meeting_kind::OneThreeTwo};
    // About two a month: the seed's 大田坝社区 held 60 in a few years, 魅力社区 more.
    for (QDate month = mStart; month <= mToday; month = month.addMonths(1)) {
        const int count = c.index == 0 ? 2 + mRandom.below(2) : 1 + mRandom.below(2);
        for (int i = 0; i < count; ++i) {
            const QDate held = month.addDays(mRandom.below(month.daysInMonth()));
            if (held > mToday)
                continue;
            const MeetingSeed &seed = meetingSeeds().at(mRandom.below(int(meetingSeeds().size())));
            GovernanceMeeting m;
            m.communityId = c.id;
            m.kind = kinds.at(mRandom.weighted({4, 3, 2, 1, 1}));
            m.heldOn = held;
            m.place = m.kind == meeting_kind::Courtyard ? s(u"小区中心广场") : c.name + s(u"居民议事亭");
            m.topic = s(seed.topic);
            m.participants = m.kind == meeting_kind::FiveParty ? s(u"社区党委、居委会、业委会、物业公司、居民代表")
                                                               : s(u"社区两委成员、网格长、楼栋长、居民代表");
            m.attendance = 12 + mRandom.below(30);
            m.decisions = s(seed.decision);
            const qint64 id = orThrow(meetings.save(m));
            ++summary.meetings;
            FollowUp f;
            f.meetingId = id;
            f.item = s(seed.followUp);
            f.owner = mRandom.chance(0.5) ? s(u"网格长") : s(u"物业公司");
            f.dueOn = held.addDays(14 + mRandom.below(30));
            const qint64 fid = orThrow(meetings.addFollowUp(f));
            if (f.dueOn < mToday.addDays(-7) || mRandom.chance(0.2))
                orThrow(meetings.completeFollowUp(fid, std::min(mToday, held.addDays(5 + mRandom.below(25)))));
        }
    }
}

void Builder::mediation(const DemoSupermarket::Community &c)
{
    MediationCases cases(mDb, mSession);
    const bool meili = c.index == 0;
    if (meili) {
        // The seed's 陶大姐: a brother and sister who settled after eight sessions.
        MediationCase k;
        k.communityId = c.id;
        k.kind = dispute_kind::Family;
        k.parties = s(u"陶某（姐）与陶某某（弟）");
        k.summary = s(u"姐弟二人因父母房产继承互不相让，吵嚷着要闹上法庭");
        const QDate first = QDate(2025, 3, 6);
        const qint64 id = orThrow(cases.registerCase(k, at(first, 9, 30)));
        ++summary.mediationCases;
        orThrow(cases.take(id, QStringLiteral("accept"), {{QStringLiteral("mediator"), s(u"陶琼（陶大姐聊天室）")}}, at(first, 10)));
        const char16_t *notes[] = {u"分别听取姐弟二人陈述", u"上门做姐姐思想工作", u"上门做弟弟思想工作", u"邀请双方亲属参与疏导",
                                   u"在陶大姐聊天室面对面谈心", u"请律师讲解继承法律规定", u"双方提出分割方案", u"双方达成一致意见"};
        for (int i = 0; i < 8; ++i)
            orThrow(cases.take(id, QStringLiteral("session"), {{QStringLiteral("note"), s(notes[i])}}, at(first.addDays(7 * i + 1), 15)));
        orThrow(cases.take(id, QStringLiteral("resolve"), {{QStringLiteral("outcome"), s(u"姐弟冰释前嫌、握手言和，按协议分割房产")},
                                                            {QStringLiteral("agreement_signed"), true}}, at(first.addDays(58), 16)));
    }
    for (QDate month = mStart; month <= mToday; month = month.addMonths(1)) {
        const int count = meili ? 3 + mRandom.below(3) : 1 + mRandom.below(3);
        for (int i = 0; i < count; ++i) {
            const QDate day = month.addDays(mRandom.below(month.daysInMonth()));
            if (day > mToday)
                continue;
            const DisputeSeed &seed = disputeSeeds().at(mRandom.below(int(disputeSeeds().size())));
            MediationCase k;
            k.communityId = c.id;
            k.kind = seed.kind;
            k.parties = s(seed.parties).contains(QStringLiteral("%1")) ? s(seed.parties).arg(residentName(c.id)) : s(seed.parties);
            k.summary = s(seed.summary);
            const qint64 id = orThrow(cases.registerCase(k, at(day, 9 + mRandom.below(8))));
            ++summary.mediationCases;
            const qint64 age = day.daysTo(mToday);
            if (age < 2)
                continue;
            if (mRandom.chance(0.04)) {
                orThrow(cases.take(id, QStringLiteral("escalate"), {{QStringLiteral("reason"), s(u"涉及多户，超出社区调解范围，报街道综治中心")}}, at(day.addDays(1), 10)));
                continue;
            }
            orThrow(cases.take(id, QStringLiteral("accept"), {{QStringLiteral("mediator"), s(kMediators[mRandom.below(int(std::size(kMediators)))])}},
                               at(day.addDays(1), 10)));
            const int sessions = 1 + mRandom.below(3);
            int held = 0;
            for (; held < sessions && day.addDays(3 * held + 2) < mToday; ++held)
                orThrow(cases.take(id, QStringLiteral("session"), {{QStringLiteral("note"), s(u"约双方当面调解")}}, at(day.addDays(3 * held + 2), 14)));
            const QDate close = day.addDays(3 * held + 3);
            if (held < sessions || close >= mToday)
                continue;
            if (mRandom.chance(0.9))
                orThrow(cases.take(id, QStringLiteral("resolve"), {{QStringLiteral("outcome"), s(seed.outcome)},
                                                                    {QStringLiteral("agreement_signed"), mRandom.chance(0.6)}}, at(close, 16)));
            else
                orThrow(cases.take(id, QStringLiteral("fail"), {{QStringLiteral("reason"), s(u"一方拒不接受调解，引导通过诉讼解决")}}, at(close, 16)));
        }
    }
}

void Builder::agency(const DemoSupermarket::Community &c)
{
    AgencyServices desk(mDb, mSession);
    // 200 in a little over a year at the seed's 民族社区: about 3 a week.
    const double perWeek = c.index == 0 ? 3.2 : 1.2;
    QSqlQuery elderly = sql::exec(mConn, QStringLiteral("SELECT id FROM resident WHERE community_id = ? AND birth_date < '1956-01-01' ORDER BY id LIMIT 300"), {c.id});
    std::vector<qint64> people;
    while (elderly.next())
        people.push_back(elderly.value(0).toLongLong());
    const QStringList categories = agencyCategories();
    const char16_t *matters[] = {u"代办医保报销", u"代办身份证换领", u"代办高龄津贴申领", u"代办残疾人证年审", u"代办低保复核材料",
                                 u"代办户口迁移咨询", u"代缴燃气费", u"代办社保认证"};
    const char16_t *handlers[] = {u"红色代办员", u"网格员", u"双报到党员"};
    for (QDate week = mStart; week <= mToday; week = week.addDays(7)) {
        const int count = int(perWeek + mRandom.unit() * 1.5);
        for (int i = 0; i < count; ++i) {
            const QDate day = week.addDays(mRandom.below(5));
            if (day > mToday || people.empty())
                continue;
            const int kind = mRandom.below(int(std::size(matters)));
            AgencyService a;
            a.communityId = c.id;
            a.residentId = people[size_t(mRandom.below(int(people.size())))];
            a.matter = s(matters[kind]);
            a.category = categories.at(std::min(kind, int(categories.size()) - 1));
            const qint64 id = orThrow(desk.receive(a, at(day, 9 + mRandom.below(7))));
            ++summary.agencyServices;
            const int days = 1 + mRandom.below(5);
            if (day.addDays(days) >= mToday)
                continue;
            orThrow(desk.take(id, QStringLiteral("handle"), {{QStringLiteral("handler"), s(handlers[mRandom.below(int(std::size(handlers)))])}}, at(day, 17)));
            if (mRandom.chance(0.05))
                orThrow(desk.take(id, QStringLiteral("return"), {{QStringLiteral("reason"), s(u"材料不全，已告知居民补齐后再办")}}, at(day.addDays(1), 10)));
            else
                orThrow(desk.take(id, QStringLiteral("finish"), {{QStringLiteral("result"), s(u"已办结，材料送还居民家中")}}, at(day.addDays(days), 15)));
        }
    }
}

void Builder::activities(const DemoSupermarket::Community &c)
{
    Activities events(mDb, mSession);
    for (QDate month = mStart; month <= mToday; month = month.addMonths(1)) {
        // 16 safety lectures and 11 drills a year at the seed's 民族社区, with the science and festival days.
        const int count = c.index == 0 ? 4 + mRandom.below(3) : 2 + mRandom.below(2);
        for (int i = 0; i < count; ++i) {
            const QDate day = month.addDays(mRandom.below(month.daysInMonth()));
            if (day > mToday)
                continue;
            const ActivitySeed &seed = activitySeeds().at(mRandom.below(int(activitySeeds().size())));
            Activity a;
            a.communityId = c.id;
            a.kind = seed.kind;
            a.title = s(seed.title);
            a.heldOn = day;
            a.organiser = s(seed.organiser);
            a.place = s(seed.place);
            a.participants = 20 + mRandom.below(a.kind == activity_kind::Drill ? 150 : 60);
            orThrow(events.save(a));
            ++summary.activities;
        }
        // The street's "12.17" charity day; 6.1 with the co-building units.
        const QList<std::pair<int, const char16_t *>> fixed = {{12, u"“12.17”慈善日爱心捐赠与志愿者积分兑换"}, {6, u"“六一”儿童节共建联欢"}};
        for (const auto &[m, title] : fixed) {
            const QDate day = m == 12 ? QDate(month.year(), 12, 17) : QDate(month.year(), 6, 1);
            if (month.month() != m || day > mToday)
                continue;
            Activity a;
            a.communityId = c.id;
            a.kind = m == 12 ? activity_kind::Charity : activity_kind::Culture;
            a.title = s(title);
            a.heldOn = day;
            a.organiser = m == 12 ? s(u"社区党委") : s(u"社区党委与共建单位");
            a.place = c.name + s(u"党群服务中心");
            a.participants = 100 + mRandom.below(80);
            orThrow(events.save(a));
            ++summary.activities;
        }
    }
}

void Builder::merchants(const DemoSupermarket::Community &c)
{
    Merchants shops(mDb, mSession);
    // The supermarket's affiliated shops are merchants too; 东方审美 is on the red list.
    QSqlQuery partners = sql::exec(mConn, QStringLiteral("SELECT id, name, owner, phone, address FROM partner_shop WHERE community_id = ? ORDER BY id"), {c.id});
    int written = 0;
    while (partners.next()) {
        Merchant m;
        m.communityId = c.id;
        m.partnerShopId = partners.value(0).toLongLong();
        m.name = partners.value(1).toString();
        m.owner = partners.value(2).toString();
        m.phone = partners.value(3).toString();
        m.address = partners.value(4).toString();
        m.business = businessOf(m.name);
        m.modelShop = written == 0;
        if (written == 0) {
            m.list = merchant_list::Red;
            m.listReason = s(u"每年上门为行动不便的老人、残疾人免费理发100余人次");
            m.listedOn = std::min(mToday, QDate(2025, 12, 20));
        }
        orThrow(shops.save(m));
        ++written;
    }
    const int count = c.index == 0 ? int(std::size(kShops)) : 4 + mRandom.below(4);
    int models = 0;
    for (int i = 0; i < count; ++i) {
        const ShopSeed &seed = kShops[c.index == 0 ? i : mRandom.below(int(std::size(kShops)))];
        Merchant m;
        m.communityId = c.id;
        m.name = s(seed.name);
        if (sql::scalar(mConn, QStringLiteral("SELECT id FROM merchant WHERE community_id = ? AND name = ?"), {c.id, m.name}).isValid())
            continue;
        m.owner = residentName(c.id);
        m.phone = QStringLiteral("1%1%2").arg(3 + mRandom.below(7)).arg(mRandom.below(1000000000), 9, 10, QLatin1Char('0'));
        m.address = c.name + s(u"底商") + QString::number(1 + mRandom.below(60)) + s(u"号");
        m.business = s(seed.business);
        // Three model shops, as the seed's 民族社区 has.
        m.modelShop = seed.model && models < 3;
        models += m.modelShop ? 1 : 0;
        if (m.modelShop && mRandom.chance(0.5)) {
            m.list = merchant_list::Red;
            m.listReason = s(u"诚信经营，疫情期间平价供应");
            m.listedOn = dayBetween(mStart, mToday);
        } else if (!m.modelShop && (mRandom.chance(0.15) || (c.index == 0 && i == count - 2))) {
            m.list = merchant_list::Black;
            m.listReason = mRandom.chance(0.5) ? s(u"出店经营，占用人行道") : s(u"门前乱停乱放，多次劝导未改");
            m.listedOn = dayBetween(mStart, mToday);
        }
        orThrow(shops.save(m));
        ++written;
    }
    summary.merchants += written;
}

} // namespace

DemoGovernance::Summary DemoGovernance::generate(Database &db, const Session &session, DemoRandom &random,
                                                 const QList<DemoSupermarket::Community> &communities, const QDate &today)
{
    Builder builder(db, session, random, today);
    for (const DemoSupermarket::Community &c : communities)
        builder.community(c);
    return builder.summary;
}

} // namespace jy
