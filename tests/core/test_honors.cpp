#include "testsupport.h"
#include "audit/auditlog.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "honors/honorservice.h"
#include "honors/honorsreport.h"
#include "places/placestore.h"
#include "stats/statistics.h"

#include <QBuffer>
#include <QImage>

using namespace jy;

namespace {

Honor honor(qint64 community, int year, const QString &title, const QString &level, const QString &kind, const QString &recipient)
{
    Honor h;
    h.communityId = community;
    h.year = year;
    h.title = title;
    h.level = level;
    h.recipientKind = kind;
    h.recipient = recipient;
    h.awardedBy = QStringLiteral("中共辛寨子街道工作委员会");
    return h;
}

} // namespace

TEST_CASE("honors are validated, audited and removed with a trace", "[honors]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    HonorService honors(*db, admin);

    Honor bad = honor(place.communityId, 1900, QString(), QStringLiteral("galactic"), QStringLiteral("robot"), QString());
    const Result<qint64> refused = honors.save(bad);
    REQUIRE_FALSE(refused.ok());
    QStringList fields;
    for (const FieldError &e : refused.errors())
        fields << e.field;
    CHECK(fields == QStringList{QStringLiteral("year"), QStringLiteral("title"), QStringLiteral("level"),
                                QStringLiteral("recipient_kind"), QStringLiteral("recipient")});

    Honor good = honor(place.communityId, 2021, QStringLiteral("全国学雷锋志愿服务“四个100”先进典型——最美志愿服务社区"),
                       honor_level::National, honor_recipient::Community, QStringLiteral("魅力社区"));
    good.awardedOn = QDate(2021, 12, 5);
    const Result<qint64> id = honors.save(good);
    REQUIRE(id.ok());
    CHECK(honors.find(id.value())->communityName == QStringLiteral("魅力社区"));
    good.id = id.value();
    good.awardedOn = QDate(2019, 1, 1);
    CHECK_FALSE(honors.save(good).ok()); // awarded before the year it honours

    const Session viewer = test::viewer();
    HonorService byViewer(*db, viewer);
    CHECK_FALSE(byViewer.remove(id.value()).ok());
    REQUIRE(honors.remove(id.value()).ok());
    CHECK_FALSE(honors.find(id.value()).has_value());
    CHECK(AuditLog::count(*db, QStringLiteral("honor"), id.value()) == 2);
}

TEST_CASE("a certificate scan is kept with the honor when it is an image or a PDF", "[honors]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    HonorService honors(*db, admin);
    const qint64 id = honors.save(honor(0, 2022, QStringLiteral("辛寨子之星"), honor_level::Street, honor_recipient::Person,
                                        QStringLiteral("王春丽"))).value();
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    REQUIRE(honors.attachCertificate(id, QStringLiteral("/home/office/扫描件/证书.png"), png).ok());
    const std::optional<HonorCertificate> kept = honors.certificate(id);
    REQUIRE(kept);
    CHECK(kept->fileName == QStringLiteral("证书.png"));
    CHECK(kept->mimeType == QLatin1String("image/png"));
    CHECK(kept->data == png);
    CHECK(honors.find(id)->hasCertificate);
    CHECK(honors.attachCertificate(id, QStringLiteral("a.pdf"), QByteArray("%PDF-1.4 ...")).ok());
    CHECK(honors.certificate(id)->mimeType == QLatin1String("application/pdf"));

    const Status text = honors.attachCertificate(id, QStringLiteral("notes.txt"), QByteArray("just text"));
    REQUIRE_FALSE(text.ok());
    CHECK(text.errors().first().field == QLatin1String("certificate"));
    CHECK_FALSE(honors.attachCertificate(id, QStringLiteral("empty.png"), QByteArray()).ok());
    CHECK_FALSE(honors.attachCertificate(id, QStringLiteral("huge.png"),
                                         QByteArray("\x89PNG\r\n\x1a\n") + QByteArray(HonorService::kMaxCertificateBytes, 'x')).ok());
    CHECK(honors.certificate(id)->mimeType == QLatin1String("application/pdf")); // refused files change nothing
}

TEST_CASE("the honors report groups by level, then recipient, and sets communities side by side", "[honors]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace meili = test::SmallPlace::create(*db);
    PlaceStore places(*db);
    const qint64 other = places.addCommunity(meili.streetId, QStringLiteral("210211014002"), QStringLiteral("椒房社区"));
    HonorService honors(*db, admin);
    const auto add = [&](qint64 c, int year, const QString &title, const QString &level, const QString &kind, const QString &who) {
        REQUIRE(honors.save(honor(c, year, title, level, kind, who)).ok());
    };
    add(meili.communityId, 2021, QStringLiteral("辽宁省优秀党务工作者"), honor_level::Provincial, honor_recipient::Person, QStringLiteral("毕唱"));
    add(meili.communityId, 2021, QStringLiteral("第五批全国“扫黄打非”进基层示范点"), honor_level::National, honor_recipient::Community, QStringLiteral("魅力社区"));
    add(meili.communityId, 2021, QStringLiteral("辽宁省科技志愿者"), honor_level::Provincial, honor_recipient::Person, QStringLiteral("毕唱"));
    add(meili.communityId, 2021, QStringLiteral("2021年度科技志愿服务点"), honor_level::Provincial, honor_recipient::Community, QStringLiteral("魅力社区"));
    add(meili.communityId, 2022, QStringLiteral("辛寨子之星"), honor_level::Street, honor_recipient::Person, QStringLiteral("王春丽"));
    add(other, 2021, QStringLiteral("2021年度甘井子区文明社区"), honor_level::District, honor_recipient::Community, QStringLiteral("椒房社区"));
    add(other, 2019, QStringLiteral("2019年度甘井子区平安社区"), honor_level::District, honor_recipient::Community, QStringLiteral("椒房社区"));

    const HonorsReport one = HonorsReport::compute(*db, 2021, 2021, meili.communityId);
    CHECK(one.scopeName == QStringLiteral("魅力社区"));
    CHECK(one.total == 4);
    REQUIRE(one.groups.size() == 2);
    CHECK(one.groups.at(0).level == honor_level::National);
    CHECK(one.groups.at(1).level == honor_level::Provincial);
    REQUIRE(one.groups.at(1).honors.size() == 3);
    CHECK(one.groups.at(1).honors.at(0).recipientKind == honor_recipient::Community); // the community before people
    CHECK(one.groups.at(1).honors.at(1).recipient == QStringLiteral("毕唱"));
    CHECK(one.communities.isEmpty());

    const HonorsReport street = HonorsReport::compute(*db, 2019, 2022);
    CHECK(street.total == 7);
    CHECK(street.scopeName == QStringLiteral("辛寨子街道"));
    REQUIRE(street.communities.size() == 2);
    CHECK(street.communities.at(0).community == QStringLiteral("魅力社区"));
    CHECK(street.communities.at(0).total == 5);
    CHECK(street.communities.at(1).byLevel.value(honor_level::District) == 2);
    CHECK(street.totalByLevel.value(honor_level::Provincial) == 3);
    CHECK(Statistics::collect(*db).honors == 7);
}

TEST_CASE("the demo holds 魅力社区's honors from the seed report", "[honors][demo]")
{
    test::TempDatabase db;
    DemoOptions options;
    options.supermarket = false;
    options.today = QDate(2026, 11, 29);
    REQUIRE(DemoGenerator::generate(*db, Session::localAdministrator(), options).ok());
    const HonorsReport seed = HonorsReport::compute(*db, 2018, 2022);
    CHECK(seed.totalByLevel.value(honor_level::National) == 2);
    CHECK(seed.total >= 12);
    bool secretary = false;
    for (const HonorsReport::Group &g : seed.groups)
        for (const Honor &h : g.honors)
            secretary = secretary || (h.recipient == QStringLiteral("毕唱") && h.title == QStringLiteral("辽宁省优秀党务工作者"));
    CHECK(secretary);
    CHECK(HonorsReport::compute(*db, 2026, 2026).total == 0); // this year's honors are not awarded yet
    CHECK(HonorsReport::compute(*db, 2023, 2025).total > 0);
}
