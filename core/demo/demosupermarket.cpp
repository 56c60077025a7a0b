#include "demo/demosupermarket.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "demo/demorandom.h"
#include "residents/residentservice.h"
#include "volunteer/catalogue.h"
#include "volunteer/orderservice.h"
#include "volunteer/orderworkflow.h"
#include "volunteer/pointsservice.h"
#include "volunteer/supermarketsettings.h"
#include "volunteer/volunteers.h"

#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace jy {

namespace {

// 魅力社区's teams as the seed names them, and the kinds of team other communities have.
const char16_t *const kMeiliTeams[] = {u"小王义剪", u"老张唠家常", u"春丽巾帼志愿服务队", u"魅力之声宣讲志愿服务队",
                                       u"环保先锋社团", u"有医说医科普服务队", u"红色管家服务队", u"邻里守望志愿服务队",
                                       u"银发助老志愿服务队", u"青年突击队", u"法律明白人服务队"};
const char16_t *const kTeamKinds[] = {u"巾帼志愿服务队", u"党员先锋服务队", u"助老志愿服务队", u"邻里守望队",
                                      u"环保志愿服务队", u"青年志愿服务队", u"便民维修队"};
// Which catalogue categories each team serves in, by name fragment (same order as the teams).
const char16_t *const kMeiliTeamShelves[] = {u"生活照料", u"陪伴关爱", u"生活照料", u"科普宣传", u"环境保护", u"医疗健康",
                                             u"维修服务", u"陪伴关爱", u"助餐服务", u"代办服务", u"法律服务"};

struct ShopSeed { const char16_t *name; const char16_t *owner; const char16_t *shelf; };
const ShopSeed kMeiliShops[] = {{u"东方审美美发店", u"王磊", u"生活照料"},
                                {u"惠民家电维修部", u"刘志强", u"维修服务"},
                                {u"老街坊饺子馆", u"孙秀兰", u"助餐服务"},
                                {u"康宁大药房", u"赵敏", u"医疗健康"}};
const char16_t *const kShopKinds[] = {u"便民理发店", u"家电维修部", u"社区食堂", u"大药房"};
const char16_t *const kShopShelves[] = {u"生活照料", u"维修服务", u"助餐服务", u"医疗健康"};

// People from co-building units who serve here without living here.
struct Outsider { const char16_t *name; const char16_t *unit; const char16_t *shelf; };
const Outsider kOutsiders[] = {{u"周文博", u"中联律师事务所", u"法律服务"},
                               {u"陈立新", u"大连市第三人民医院", u"医疗健康"},
                               {u"高雪梅", u"甘井子区税务局", u"代办服务"},
                               {u"于海洋", u"国网大连供电公司", u"维修服务"},
                               {u"徐丽娜", u"辛寨子小学", u"教育辅导"}};

// How often residents ask for each shelf: haircuts, company and meals lead.
const double kShelfWeight[] = {3.0, 1.6, 2.2, 2.6, 1.4, 0.6, 0.9, 0.5, 0.4, 1.2};

struct Person { qint64 id = 0; double weight = 0; };

QDateTime at(const QDate &day, int minutes) { return QDateTime(day, QTime(0, 0)).addSecs(qint64(minutes) * 60).toUTC(); }

} // namespace

DemoSupermarket::Summary DemoSupermarket::generate(Database &db, const Session &session, DemoRandom &random,
                                                   const QList<Community> &communities, const QDate &today)
{
    Summary summary;
    QSqlDatabase conn = db.connection();
    CatalogueService catalogue(db, session);
    VolunteerService volunteers(db, session);
    OrderService orders(db, session);
    orders.setAuditEachStep(false); // the demo writes one audit entry for the whole run
    PointsService points(db, session);
    ResidentService residents(db, session);

    SupermarketSettings settings = SupermarketSettings::load(db);
    settings.organisation = QStringLiteral("辛寨子街道家家乐党员志愿服务超市");
    settings.personInCharge = QStringLiteral("毕唱");
    settings.handler = QStringLiteral("刘敏");
    settings.contactPhone = QStringLiteral("0411-86651217");
    const Status saved = SupermarketSettings::save(db, session, settings);
    if (!saved)
        throw DbError(saved.errorText());

    const QList<ServiceCategory> shelves = catalogue.categories(true);
    QList<QList<ServiceItem>> itemsByShelf;
    for (const ServiceCategory &c : shelves)
        itemsByShelf << catalogue.items(c.id, true);
    const auto shelfIndex = [&shelves](const QString &name) {
        for (int i = 0; i < shelves.size(); ++i)
            if (shelves.at(i).name.contains(name))
                return i;
        return 0;
    };
    const auto require = [](const Result<qint64> &r) {
        if (!r)
            throw DbError(r.errorText());
        return r.value();
    };

    const QDateTime now = QDateTime(today, QTime(10, 0)).toUTC();
    const QDate start(2025, 1, 1);
    for (const Community &community : communities) {
        const bool meili = community.index == 0;
        // Teams, each with the shelf it serves.
        QList<QPair<qint64, int>> teams;
        const int teamCount = meili ? int(std::size(kMeiliTeams)) : random.between(4, 6);
        for (int t = 0; t < teamCount; ++t) {
            VolunteerTeam team;
            team.communityId = community.id;
            team.name = meili ? QString::fromUtf16(kMeiliTeams[t])
                              : community.name.left(community.name.size() - 2) + QString::fromUtf16(kTeamKinds[(t + community.index) % std::size(kTeamKinds)]);
            team.foundedOn = QDate(2018 + random.below(6), 1 + random.below(12), 1 + random.below(28));
            const int shelf = meili ? shelfIndex(QString::fromUtf16(kMeiliTeamShelves[t])) : random.below(int(shelves.size()));
            teams.append({require(volunteers.saveTeam(team)), shelf});
        }
        summary.teams += teamCount;

        // Volunteers: the roster's 志愿者, oldest registrations first; a few serve a lot.
        QSqlQuery q = sql::exec(conn, QStringLiteral(
            "SELECT r.id, r.sex, r.birth_date FROM resident r JOIN resident_tag rt ON rt.resident_id = r.id "
            "JOIN tag t ON t.id = rt.tag_id WHERE t.name = '志愿者' AND r.community_id = ? ORDER BY r.id"), {community.id});
        struct Server { qint64 id; int shelf; double weight; bool star = false; };
        std::vector<Server> servers;
        qint64 chunli = 0;
        while (q.next()) {
            const qint64 residentId = q.value(0).toLongLong();
            const QDate birth = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            // 王春丽 of the seed: the community's most active volunteer.
            if (meili && !chunli && q.value(1).toString() == QLatin1String("F") && birth.isValid() && birth.year() >= 1965 && birth.year() <= 1980) {
                std::optional<Resident> r = residents.find(residentId);
                if (r) {
                    r->name = QStringLiteral("王春丽");
                    const Status renamed = residents.update(*r);
                    if (!renamed)
                        throw DbError(renamed.errorText());
                    chunli = residentId;
                }
            }
            Volunteer v;
            v.residentId = residentId;
            v.communityId = community.id;
            const int team = random.below(int(teams.size()) + 2); // some serve on their own
            v.teamId = team < teams.size() ? teams.at(team).first : 0;
            if (residentId == chunli)
                v.teamId = teams.at(meili ? 2 : 0).first;
            v.registeredOn = QDate(2018 + random.below(7), 1 + random.below(12), 1 + random.below(28));
            v.volunteerNo = QStringLiteral("ZY%1%2").arg(community.index + 1, 2, 10, QLatin1Char('0')).arg(servers.size() + 1, 5, 10, QLatin1Char('0'));
            const qint64 id = require(volunteers.saveVolunteer(v));
            const int shelf = team < teams.size() ? teams.at(team).second : random.below(int(shelves.size()));
            // Zipf-like activity: the first few dozen do most of the work.
            const double weight = residentId == chunli ? 12.0 : 1.0 / std::pow(1.0 + random.below(200), 0.8);
            servers.push_back({id, shelf, weight, residentId == chunli});
        }
        for (const Outsider &o : kOutsiders) {
            if (!meili && random.chance(0.5))
                continue;
            Volunteer v;
            v.name = QString::fromUtf16(o.name);
            v.unitName = QString::fromUtf16(o.unit);
            v.communityId = community.id;
            v.registeredOn = QDate(2021 + random.below(3), 3, 5);
            v.volunteerNo = QStringLiteral("ZY%1%2").arg(community.index + 1, 2, 10, QLatin1Char('0')).arg(servers.size() + 1, 5, 10, QLatin1Char('0'));
            if (!meili)
                v.name = v.name.left(1) + QString::fromUtf16(u"明华志强丽娟").mid(random.below(6), 1) + v.name.mid(1, 1);
            servers.push_back({require(volunteers.saveVolunteer(v)), shelfIndex(QString::fromUtf16(o.shelf)), 0.4});
        }

        // Affiliated shops; each owner is registered as a volunteer so the shop's services earn points.
        const int shopCount = meili ? int(std::size(kMeiliShops)) : random.between(1, 2);
        for (int s = 0; s < shopCount; ++s) {
            PartnerShop shop;
            shop.communityId = community.id;
            const int kind = (s + community.index) % int(std::size(kShopKinds));
            shop.name = meili ? QString::fromUtf16(kMeiliShops[s].name)
                              : community.name.left(community.name.size() - 2) + QString::fromUtf16(kShopKinds[kind]);
            shop.owner = meili ? QString::fromUtf16(kMeiliShops[s].owner) : QStringLiteral("李") + QString::fromUtf16(u"国庆建华秀英").mid(2 * random.below(3), 2);
            shop.joinedOn = QDate(2019 + random.below(4), 4, 1);
            shop.address = community.name + QStringLiteral("底商");
            const qint64 shopId = require(volunteers.saveShop(shop));
            const int shelf = shelfIndex(QString::fromUtf16(meili ? kMeiliShops[s].shelf : kShopShelves[kind]));
            Volunteer owner;
            owner.name = shop.owner;
            owner.unitName = shop.name;
            owner.communityId = community.id;
            owner.registeredOn = shop.joinedOn;
            owner.volunteerNo = QStringLiteral("ZY%1%2").arg(community.index + 1, 2, 10, QLatin1Char('0')).arg(servers.size() + 1, 5, 10, QLatin1Char('0'));
            servers.push_back({require(volunteers.saveVolunteer(owner)), shelf, meili ? 3.0 : 1.0});
            for (const ServiceItem &item : itemsByShelf.at(shelf).mid(0, 2)) {
                ServiceOffer offer;
                offer.itemId = item.id;
                offer.shopId = shopId;
                offer.place = shop.name;
                offer.availability = QStringLiteral("每周一至周五 8:00—11:00");
                require(volunteers.saveOffer(offer));
            }
        }
        summary.shops += shopCount;
        summary.volunteers += int(servers.size());
        for (const auto &[teamId, shelf] : teams) {
            for (const ServiceItem &item : itemsByShelf.at(shelf).mid(random.below(3), 3)) {
                ServiceOffer offer;
                offer.itemId = item.id;
                offer.teamId = teamId;
                offer.place = QStringLiteral("上门服务");
                offer.availability = random.chance(0.5) ? QStringLiteral("每周六上午") : QStringLiteral("预约后上门");
                require(volunteers.saveOffer(offer));
            }
        }
        if (servers.empty())
            continue;

        // Paper-ledger balances carried over on the last day before the program: earlier hours
        // count towards stars, not towards 2025.
        for (const Server &s : servers) {
            if (!random.chance(0.6) && !s.star)
                continue;
            // 王春丽 has served for years: a five-star volunteer by now.
            const double hours = s.star ? 1120 : std::round(std::pow(random.unit(), 2.2) * 900 * (s.weight > 1 ? 1.6 : 1.0));
            if (hours < 1)
                continue;
            const int pts = int(std::lround(hours * 0.15));
            require(points.adjust(s.id, pts, hours, QStringLiteral("2018—2024年纸质台账结转"), QStringLiteral("毕唱"), at(start.addDays(-1), 17 * 60)));
        }

        // Who orders: elderly and care-list residents far more often than others.
        std::vector<Person> people;
        QSqlQuery r = sql::exec(conn, QStringLiteral(
            "SELECT r.id, r.birth_date, EXISTS (SELECT 1 FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id "
            "WHERE rt.resident_id = r.id AND t.category = 'care' AND t.name <> '退役军人') "
            "FROM resident r WHERE r.community_id = ? ORDER BY r.id"), {community.id});
        std::vector<double> personWeights;
        while (r.next()) {
            const QDate birth = QDate::fromString(r.value(1).toString(), Qt::ISODate);
            const int age = birth.isValid() ? birth.daysTo(today) / 365 : 40;
            if (age < 18)
                continue;
            const double w = (r.value(2).toBool() ? 6.0 : 0.0) + (age >= 80 ? 4.0 : age >= 60 ? 1.5 : 0.08);
            people.push_back({r.value(0).toLongLong(), w});
            personWeights.push_back(w);
        }
        std::vector<double> serverWeightsByShelf[10];
        for (int shelf = 0; shelf < int(shelves.size()) && shelf < 10; ++shelf)
            for (const Server &s : servers)
                serverWeightsByShelf[shelf].push_back(s.weight * (s.shelf == shelf ? 4.0 : 1.0));

        // Orders: about 1,300 a year in 魅力社区, fewer in the others; taken through the workflow
        // step by step, each step only if its time has come.
        const double perDay = (meili ? 1300.0 : 420.0) / 365.0;
        std::vector<double> shelfWeights(std::begin(kShelfWeight), std::begin(kShelfWeight) + std::min<qsizetype>(shelves.size(), 10));
        for (QDate day = start; day <= today; day = day.addDays(1)) {
            int count = int(perDay * (day.dayOfWeek() >= 6 ? 0.6 : 1.15) + random.unit());
            for (int n = 0; n < count; ++n) {
                const Person &who = people[size_t(random.weighted(personWeights))];
                const int shelf = random.weighted(shelfWeights);
                const QList<ServiceItem> &items = itemsByShelf.at(shelf);
                const ServiceItem &item = items.at(random.below(int(items.size())));
                ServiceOrder o;
                o.residentId = who.id;
                o.communityId = community.id;
                o.itemId = item.id;
                const int channel = random.below(20);
                o.channel = channel < 9 ? order_channel::Counter : channel < 16 ? order_channel::Phone : order_channel::GridWorker;
                QDateTime t = at(day, 8 * 60 + random.below(9 * 60));
                if (t > now)
                    continue;
                o.wishedAt = t.addSecs(3600 * (24 + random.below(72)));
                const qint64 id = require(orders.submit(o, t));
                ++summary.orders;
                const int fate = random.below(100);
                // Recent orders are still on the board: some stop at a random step, as if the
                // office had not got to them yet (a few of these are overdue by now).
                const int stallAfter = day.daysTo(today) <= 10 && random.chance(0.75) ? random.below(6) : 99;
                int taken = 0;

                const auto step = [&](const QString &action, int minMinutes, int maxMinutes, const QVariantMap &fields = {}) {
                    t = t.addSecs(60 * qint64(random.between(minMinutes, maxMinutes)));
                    if (t > now || taken++ >= stallAfter)
                        return false;
                    const Status s = orders.take(id, action, fields, t);
                    if (!s)
                        throw DbError(s.errorText());
                    return true;
                };
                if (fate < 4) {
                    step(QStringLiteral("reject"), 60, 20 * 60, {{QStringLiteral("reason"), QStringLiteral("不属于志愿服务范围，已转物业处理")}});
                    continue;
                }
                if (!step(QStringLiteral("approve"), 20, 18 * 60))
                    continue;
                if (fate < 8) {
                    step(QStringLiteral("cancel"), 60, 30 * 60, {{QStringLiteral("reason"), QStringLiteral("居民临时外出，取消预约")}});
                    continue;
                }
                const auto dispatch = [&]() {
                    const Server &s = servers[size_t(random.weighted(serverWeightsByShelf[std::min(shelf, 9)]))];
                    return step(QStringLiteral("dispatch"), 30, 10 * 60, {{QStringLiteral("volunteer_id"), s.id}});
                };
                if (!dispatch())
                    continue;
                if (fate < 14) { // the first volunteer cannot come
                    if (!step(QStringLiteral("decline"), 30, 8 * 60, {{QStringLiteral("reason"), QStringLiteral("时间冲突，无法上门")}}))
                        continue;
                    if (!dispatch())
                        continue;
                }
                if (!step(QStringLiteral("accept"), 10, 6 * 60))
                    continue;
                if (!step(QStringLiteral("start"), 6 * 60, 40 * 60))
                    continue;
                const double hours = 0.5 * random.between(1, item.pointsRule == points_rule::PerHour ? 6 : 3);
                if (!step(QStringLiteral("complete"), int(hours * 60), int(hours * 60) + 30,
                          {{QStringLiteral("hours"), hours}, {QStringLiteral("note"), QStringLiteral("已上门完成服务，居民满意")}}))
                    continue;
                // Feedback is collected for nearly every order in time; only recent ones may still wait.
                if (fate < 92 || day.daysTo(today) > 14)
                    step(QStringLiteral("rate"), 60, 72 * 60, {{QStringLiteral("rating"), random.chance(0.85) ? 5 : 4}});
            }
        }

        // The street's "12.17" charity day: points exchanged for gifts each year.
        for (int year = start.year(); year <= today.year(); ++year) {
            RedemptionEvent e;
            e.communityId = community.id;
            e.name = QStringLiteral("%1年“12.17”慈善日积分兑换").arg(year);
            e.heldOn = QDate(year, 12, 17);
            e.place = community.name + QStringLiteral("党群服务中心");
            const qint64 eventId = require(points.saveEvent(e));
            struct Gift { const char16_t *name; int points; int stock; double value; };
            const Gift gifts[] = {{u"洗衣液", 10, 200, 25}, {u"食用油", 30, 120, 60}, {u"大米（10斤）", 50, 80, 45},
                                  {u"电饭煲", 150, 15, 199}, {u"电暖器", 300, 5, 299}};
            QList<GiftTier> tiers;
            for (const Gift &g : gifts) {
                GiftTier tier{0, eventId, QString::fromUtf16(g.name), g.points, g.stock, g.value};
                tier.id = require(points.saveTier(tier));
                tiers << tier;
            }
            if (e.heldOn > today)
                continue;
            const QDateTime when = at(e.heldOn, 9 * 60);
            for (const Server &s : servers) {
                int balance = points.balance(s.id);
                // Volunteers spend on the dearest gift they can afford, sometimes saving for next year.
                for (int t = int(tiers.size()) - 1; t >= 0 && balance >= tiers.first().points; --t) {
                    GiftTier &tier = tiers[t];
                    if (tier.points > balance || tier.stock == 0 || random.chance(0.3))
                        continue;
                    require(points.redeem(eventId, tier.id, s.id, 1, when));
                    balance -= tier.points;
                    --tier.stock;
                }
            }
        }
    }
    return summary;
}

} // namespace jy
