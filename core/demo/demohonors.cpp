#include "demo/demohonors.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "demo/demorandom.h"
#include "honors/honorservice.h"

#include <QSqlQuery>

namespace jy {

namespace {

struct Seeded { int year; const char16_t *title; const QString &level; const QString &kind; const char16_t *recipient; const char16_t *by; };

// 魅力社区 as the seed report lists it; "" as recipient means the community itself.
const QList<Seeded> &meiliHonors()
{
    using namespace honor_level;
    using namespace honor_recipient;
    static const QList<Seeded> list = {
        {2020, u"辽宁省2018—2020年度文明单位", Provincial, Community, u"", u"辽宁省精神文明建设委员会"},
        {2020, u"2020年度辽宁省基层党组织标准化规范化建设示范点", Provincial, Community, u"", u"中共辽宁省委组织部"},
        {2021, u"第五批全国“扫黄打非”进基层示范点", National, Community, u"", u"全国“扫黄打非”工作小组办公室"},
        {2021, u"2021年度科技志愿服务点", Provincial, Community, u"", u"辽宁省科学技术协会"},
        {2021, u"全国学雷锋志愿服务“四个100”先进典型——最美志愿服务社区", National, Community, u"", u"中央宣传部、中央文明办"},
        {2021, u"辽宁省优秀党务工作者", Provincial, Person, u"毕唱", u"中共辽宁省委"},
        {2021, u"大连市优秀党务工作者", Municipal, Person, u"毕唱", u"中共大连市委"},
        {2021, u"辽宁省科技志愿者", Provincial, Person, u"毕唱", u"辽宁省科学技术协会"},
        {2021, u"五星级志愿者", Street, Person, u"王春丽", u"中共辛寨子街道工作委员会"},
        {2022, u"2022年度甘井子区基层党建工作实训基地", District, Community, u"", u"中共甘井子区委组织部"},
        {2022, u"大连市基层理论宣讲先进集体", Municipal, Team, u"“魅力之声”宣讲志愿服务队", u"中共大连市委宣传部"},
        {2022, u"辛寨子之星", Street, Person, u"王春丽", u"中共辛寨子街道工作委员会"},
    };
    return list;
}

struct Template { const char16_t *title; const QString &level; const QString &kind; const char16_t *by; };

// What communities of a street are commonly honoured for, year after year.
const QList<Template> &templates()
{
    using namespace honor_level;
    using namespace honor_recipient;
    static const QList<Template> list = {
        {u"%1年度辛寨子街道先进基层党组织", Street, Community, u"中共辛寨子街道工作委员会"},
        {u"%1年度辛寨子街道优秀共产党员", Street, Person, u"中共辛寨子街道工作委员会"},
        {u"%1年度辛寨子街道五星级志愿者", Street, Person, u"中共辛寨子街道工作委员会"},
        {u"%1年度辛寨子街道五星支部", Street, Branch, u"中共辛寨子街道工作委员会"},
        {u"%1年度甘井子区文明社区", District, Community, u"甘井子区精神文明建设委员会"},
        {u"%1年度甘井子区平安社区", District, Community, u"甘井子区平安建设领导小组"},
        {u"%1年度甘井子区优秀志愿服务项目", District, Team, u"共青团甘井子区委员会"},
        {u"%1年度大连市和谐社区建设示范社区", Municipal, Community, u"大连市民政局"},
    };
    return list;
}

} // namespace

int DemoHonors::generate(Database &db, const Session &session, DemoRandom &random,
                         const QList<DemoSupermarket::Community> &communities, const QDate &today)
{
    HonorService honors(db, session);
    QSqlDatabase conn = db.connection();
    int written = 0;
    const auto save = [&](Honor h) {
        const Result<qint64> r = honors.save(h);
        if (!r)
            throw DbError(r.errorText());
        ++written;
    };
    const auto pick = [&](const QString &statement, qint64 communityId) {
        QSqlQuery q = sql::exec(conn, statement, {communityId});
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        return names.isEmpty() ? QString() : names.at(random.below(int(names.size())));
    };
    const int lastYear = today.year() - 1;
    for (const DemoSupermarket::Community &c : communities) {
        if (c.index == 0) {
            for (const Seeded &s : meiliHonors()) {
                if (s.year > lastYear)
                    continue;
                Honor h;
                h.communityId = c.id;
                h.year = s.year;
                h.title = QString::fromUtf16(s.title);
                h.level = s.level;
                h.recipientKind = s.kind;
                h.recipient = s.recipient[0] ? QString::fromUtf16(s.recipient) : c.name;
                h.awardedBy = QString::fromUtf16(s.by);
                h.awardedOn = QDate(s.year + (s.level == honor_level::Street ? 1 : 0), s.level == honor_level::Street ? 1 : 12, 20);
                save(h);
            }
        }
        for (int year = 2018; year <= lastYear; ++year) {
            if (c.index == 0 && year <= 2022)
                continue; // the seed's own list covers these years
            const int count = random.between(1, 3);
            for (int n = 0; n < count; ++n) {
                const Template &t = templates().at(random.below(int(templates().size())));
                if (t.level == honor_level::Municipal && !random.chance(0.3))
                    continue;
                Honor h;
                h.communityId = c.id;
                h.year = year;
                h.title = QString::fromUtf16(t.title).arg(year);
                h.level = t.level;
                h.recipientKind = t.kind;
                h.awardedBy = QString::fromUtf16(t.by);
                h.awardedOn = QDate(year + 1, 1, 10 + random.below(15));
                if (t.kind == honor_recipient::Community)
                    h.recipient = c.name;
                else if (t.kind == honor_recipient::Branch)
                    h.recipient = pick(QStringLiteral("SELECT name FROM party_branch WHERE community_id = ? ORDER BY id"), c.id);
                else if (t.kind == honor_recipient::Team)
                    h.recipient = pick(QStringLiteral("SELECT name FROM volunteer_team WHERE community_id = ? ORDER BY id"), c.id);
                else
                    h.recipient = pick(QStringLiteral("SELECT r.name FROM party_member m JOIN resident r ON r.id = m.resident_id "
                                                      "WHERE r.community_id = ? ORDER BY r.id LIMIT 50"), c.id);
                if (h.recipient.isEmpty())
                    continue;
                // One community is not honoured twice with the same title in a year.
                if (sql::scalar(conn, QStringLiteral("SELECT id FROM honor WHERE community_id = ? AND year = ? AND title = ? AND recipient = ?"),
                                {c.id, year, h.title, h.recipient}).isValid())
                    continue;
                save(h);
            }
        }
    }
    return written;
}

} // namespace jy
