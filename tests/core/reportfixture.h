#pragma once
// Volunteers who served in 2025, made through the core services the way the GUI makes them,
// and a translator that gives the report labels their Chinese words, so tests can check the
// exact text of a printed page before the lead's catalogue has these strings.
#include "testsupport.h"
#include "volunteer/catalogue.h"
#include "volunteer/orderservice.h"
#include "volunteer/pointsservice.h"
#include "volunteer/supermarketsettings.h"
#include "volunteer/volunteers.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTranslator>

namespace jy::test {

class ChineseReportLabels : public QTranslator
{
public:
    ChineseReportLabels() { QCoreApplication::installTranslator(this); }
    ~ChineseReportLabels() override { QCoreApplication::removeTranslator(this); }
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        static const QHash<QByteArray, QString> zh{
            {"Volunteer Service Record Certificate", QStringLiteral("志愿服务记录证明")},
            {"Page %1 of %2", QStringLiteral("第 %1 页 共 %2 页")},
            {"yyyy-MM-dd", QStringLiteral("yyyy年M月d日")},
            {"%1 to %2", QStringLiteral("%1至%2")},
            {"No. %1", QStringLiteral("编号：%1")},
            {"Hereby certified.", QStringLiteral("特此证明。")},
            {"Name", QStringLiteral("姓名")},
            {"Rank", QStringLiteral("排名")},
            {"Hours", QStringLiteral("服务时长（小时）")},
            {"Total", QStringLiteral("合计")},
            {"Signature", QStringLiteral("签字")},
            {"Prepared by:", QStringLiteral("制表人：")},
            {"Reviewed by:", QStringLiteral("审核人：")},
            {"Person in charge:", QStringLiteral("负责人：")},
            {"Handled by:", QStringLiteral("经办人：")},
            {"%1 Volunteer Service Ranking %2", QStringLiteral("%1%2年度志愿服务排行榜")},
            {"(seal)", QStringLiteral("（盖章）")},
        };
        return zh.value(QByteArray(source)); // null: ask the next translator
    }
};

// pdftotext's text of pages first..last; empty with a WARN when poppler-utils is missing.
inline QString pdfText(const QString &path, int first = 0, int last = 0)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QString();
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last ? last : first);
    args << path << QStringLiteral("-");
    QProcess p;
    p.start(tool, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// JIAYUAN_TEST_KEEP_PDF=DIR keeps a copy of each test PDF there, to look at
// (pdftoppm -png -r 60 FILE.pdf page).
inline void keepForLooking(const QString &path)
{
    const QString dir = qEnvironmentVariable("JIAYUAN_TEST_KEEP_PDF");
    if (dir.isEmpty())
        return;
    const QString copy = dir + QLatin1Char('/') + QFileInfo(path).fileName();
    QFile::remove(copy);
    QFile::copy(path, copy);
}

inline bool havePdfToText()
{
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return true;
    WARN("pdftotext (poppler-utils) is missing: the PDF's text is not checked");
    return false;
}

struct ServedVolunteers
{
    TempDatabase db;
    SmallPlace place;
    Session session = admin();
    ServiceItem haircut, repair;
    qint64 teamId = 0, zhang = 0, li = 0, wang = 0;

    ServedVolunteers()
    {
        place = SmallPlace::create(*db);
        SupermarketSettings settings = SupermarketSettings::load(*db);
        settings.starHours = {1, 3, 5, 8, 10};
        settings.personInCharge = QStringLiteral("王书记");
        settings.handler = QStringLiteral("李干事");
        settings.contactPhone = QStringLiteral("0411-86661234");
        REQUIRE(SupermarketSettings::save(*db, session, settings).ok());

        const QList<ServiceItem> items = CatalogueService(*db, session).items(0, true);
        REQUIRE(items.size() >= 2);
        haircut = items.at(0);
        repair = items.at(1);

        VolunteerService volunteers(*db, session);
        VolunteerTeam team;
        team.communityId = place.communityId;
        team.name = QStringLiteral("小王义剪");
        teamId = volunteers.saveTeam(team).value();
        zhang = addVolunteer(volunteers, QStringLiteral("张志愿"), QStringLiteral("11010519491231002X"));
        li = addVolunteer(volunteers, QStringLiteral("李奉献"), QString());
        wang = addVolunteer(volunteers, QStringLiteral("王未服务"), QString());

        // 张志愿: 3 h haircut + 2.5 h repair in 2025, 1 h in 2024; 李奉献: 4 h repair in 2025.
        serve(zhang, haircut.id, 3, QDate(2025, 3, 10));
        serve(zhang, repair.id, 2.5, QDate(2025, 6, 1));
        serve(zhang, haircut.id, 1, QDate(2024, 12, 1));
        serve(li, repair.id, 4, QDate(2025, 7, 15));
    }

    qint64 addVolunteer(VolunteerService &service, const QString &name, const QString &idNumber)
    {
        Volunteer v;
        v.name = name;
        v.idNumber = idNumber;
        v.communityId = place.communityId;
        v.teamId = teamId;
        v.registeredOn = QDate(2024, 1, 2);
        const Result<qint64> id = service.saveVolunteer(v);
        INFO(id.errorText().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    void serve(qint64 volunteer, qint64 item, double hours, const QDate &on)
    {
        OrderService orders(*db, session);
        const QDateTime at(on, QTime(9, 0));
        ServiceOrder o;
        o.communityId = place.communityId;
        o.requesterName = QStringLiteral("刘奶奶");
        o.itemId = item;
        const Result<qint64> id = orders.submit(o, at);
        INFO(id.errorText().toStdString());
        REQUIRE(id.ok());
        const auto step = [&](const QString &action, const QVariantMap &fields, int minutes) {
            const Status s = orders.take(id.value(), action, fields, at.addSecs(minutes * 60));
            INFO(action.toStdString() << ": " << s.errorText().toStdString());
            REQUIRE(s.ok());
        };
        step(QStringLiteral("approve"), {}, 10);
        step(QStringLiteral("dispatch"), {{QStringLiteral("volunteer_id"), volunteer}}, 20);
        step(QStringLiteral("accept"), {}, 30);
        step(QStringLiteral("start"), {}, 40);
        step(QStringLiteral("complete"), {{QStringLiteral("hours"), hours}, {QStringLiteral("note"), QStringLiteral("已完成")}}, 50 + int(hours * 60));
    }

    QString file(const QString &name) const { return db.dir.filePath(name); }
};

} // namespace jy::test
