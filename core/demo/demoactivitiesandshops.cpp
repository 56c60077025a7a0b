#include "demo/demogovernancebuilder.h"
#include "db/database.h"
#include "db/sql.h"
#include "demo/demonames.h"
#include "governance/activities.h"
#include "governance/merchants.h"

#include <QSqlQuery>
#include <algorithm>

namespace jy::demo_governance {

namespace {

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

} // namespace

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

} // namespace jy::demo_governance
