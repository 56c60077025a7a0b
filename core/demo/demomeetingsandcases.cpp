#include "demo/demogovernancebuilder.h"
#include "db/database.h"
#include "db/sql.h"
#include "demo/demonames.h"
#include "governance/agencyservices.h"
#include "governance/governancemeetings.h"
#include "governance/mediationcases.h"

#include <QSqlQuery>
#include <algorithm>

namespace jy::demo_governance {

namespace {

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

const char16_t *const kMediators[] = {u"社区人民调解委员会", u"网格长", u"社区党委副书记"};

} // namespace

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

} // namespace jy::demo_governance
