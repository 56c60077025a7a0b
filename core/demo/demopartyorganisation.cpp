#include "demo/demogovernancebuilder.h"
#include "db/database.h"
#include "db/sql.h"
#include "demo/demonames.h"
#include "party/branchmeetings.h"
#include "party/partymembers.h"
#include "party/partyorganisation.h"
#include "party/partypoints.h"
#include "party/starassessment.h"

#include <QSqlQuery>
#include <algorithm>

namespace jy::demo_governance {

namespace {

// Posts party members take on (认岗领责).
const char16_t *const kPosts[] = {u"楼栋长", u"文明劝导员", u"政策宣传员", u"矛盾调解员", u"环境监督员", u"安全巡查员", u"邻里互助员"};

} // namespace

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

} // namespace jy::demo_governance
