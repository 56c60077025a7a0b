#include "reports/volunteerreports.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"
#include "volunteer/pointsservice.h"
#include "volunteer/servicecertificate.h"
#include "volunteer/supermarketsettings.h"
#include "volunteer/volunteerranking.h"

#include <QCoreApplication>
#include <QSet>

namespace jy::VolunteerReports {

namespace {

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("jy::VolunteerReports", text, comment);
}

QString placeName(Database &db, qint64 communityId)
{
    QSqlDatabase conn = db.connection();
    return communityId ? sql::scalar(conn, QStringLiteral("SELECT name FROM community WHERE id = ?"), {communityId}).toString()
                       : sql::scalar(conn, QStringLiteral("SELECT name FROM street ORDER BY id LIMIT 1")).toString();
}

} // namespace

ReportDocument certificate(const ServiceCertificate &c)
{
    ReportDocument doc;
    doc.title = tr("Volunteer Service Record Certificate", "zh: 志愿服务记录证明 (the title 民政部令第67号 gives it)");
    doc.number = tr("No. %1", "certificate number line (zh: 编号：%1)").arg(c.number);
    const QString period = ReportDocument::formatPeriod(c.from, c.to);
    doc.addFields({{tr("Name"), c.name},
                   {tr("Volunteer No."), c.volunteerNo},
                   {tr("ID document"), c.idType},
                   {tr("ID number"), c.idNumber},
                   {tr("Service period"), period, true}});
    doc.addParagraph(tr("This is to certify that %1 (volunteer No. %2) served as a volunteer with %3 from %4 to %5: "
                        "%6 services and %7 hours of volunteer service in all. The record of service follows.",
                        "zh: 兹证明%1（志愿者编号：%2）于%4至%5期间在%3参加志愿服务%6次，累计志愿服务时长%7小时。服务记录如下。")
                         .arg(c.name, c.volunteerNo, c.organisation, ReportDocument::formatDate(c.from),
                              ReportDocument::formatDate(c.to))
                         .arg(c.services)
                         .arg(ReportDocument::formatNumber(c.totalHours)));
    ReportBlock &table = doc.addTable({tr("No."), tr("Service"), tr("Times"), tr("Hours")}, {6, 30, 10, 14});
    int n = 0;
    for (const CertificateLine &line : c.lines)
        table.rows.append({++n, line.service, line.times, line.hours});
    if (c.otherHours > 0)
        table.rows.append({++n, tr("Service recorded otherwise (e.g. from paper records)"), QVariant(), c.otherHours});
    table.totalRow = {tr("Total"), QVariant(), c.services, c.totalHours};
    doc.addParagraph(tr("Hereby certified.", "zh: 特此证明。"));
    doc.addParagraph(tr("Issued under the Measures for Volunteer Service Records and Certificates (Ministry of Civil "
                        "Affairs Order No. 67, 2020). Questions about this certificate go to the handling officer below.",
                        "zh: 本证明依据《志愿服务记录与证明出具办法（试行）》（民政部令第67号）出具，如有疑问请联系经办人。"));
    doc.signatures = {{tr("Person in charge:"), c.personInCharge}, {tr("Handled by:"), c.handler}};
    if (!c.contactPhone.isEmpty())
        doc.addParagraph(tr("Contact telephone: %1").arg(c.contactPhone), false);
    doc.organisation = c.organisation;
    doc.issuedOn = c.issuedOn;
    doc.sealSpace = true;
    return doc;
}

ReportDocument ranking(const VolunteerRanking &r, const QList<int> &starHours, const QDate &issuedOn)
{
    ReportDocument doc;
    doc.title = tr("%1 Volunteer Service Ranking %2", "zh: %1%2年度志愿服务排行榜 (place, year)").arg(r.scopeName).arg(r.year);
    const QDate end = qMin(QDate(r.year, 12, 31), issuedOn.isValid() && issuedOn.year() == r.year ? issuedOn : QDate(r.year, 12, 31));
    doc.subtitle = tr("Period: %1", "zh: 统计时段：%1").arg(ReportDocument::formatPeriod(QDate(r.year, 1, 1), end));
    ReportBlock &table = doc.addTable({tr("Rank"), tr("Name"), tr("Volunteer No."), tr("Team"), tr("Community"), tr("Hours"),
                                       tr("Services"), tr("Points"), tr("Stars")},
                                      {6, 10, 16, 14, 14, 9, 8, 8, 11});
    int points = 0;
    for (const RankingRow &row : r.rows) {
        table.rows.append({row.rank, row.name, row.volunteerNo, row.team, row.community, row.hours, row.services, row.points,
                           ReportDocument::stars(row.stars)});
        points += row.points;
    }
    table.totalRow = {tr("Total"), tr("%1 people", "zh: %1人").arg(r.rows.size()), QVariant(), QVariant(), QVariant(),
                      r.totalHours, r.totalServices, points, QVariant()};
    if (starHours.size() == 5) {
        QStringList steps;
        for (int h : starHours)
            steps << QString::number(h);
        doc.addParagraph(tr("Hours are service hours in the year; stars follow cumulative service hours (one to five stars "
                            "from %1 hours).",
                            "zh: 服务时长为本年度服务时长；星级按累计服务时长评定（一至五星分别为%1小时）。")
                             .arg(steps.join(QLatin1Char('/'))));
    }
    doc.signatures = {{tr("Prepared by:", "zh: 制表人："), QString()}, {tr("Reviewed by:", "zh: 审核人："), QString()}};
    doc.organisation = r.scopeName;
    doc.issuedOn = issuedOn;
    doc.sealSpace = true;
    return doc;
}

ReportDocument ranking(Database &db, int year, qint64 communityId, const QDate &issuedOn)
{
    const VolunteerRanking r = VolunteerRanking::compute(db, year, communityId);
    return ranking(r, SupermarketSettings::load(db).starHours, issuedOn);
}

ReportDocument redemptions(const RedemptionEvent &event, const QList<RedemptionLine> &lines, const QString &organisation)
{
    ReportDocument doc;
    doc.title = tr("%1: Gift Receipt List", "zh: %1签领表 (the event's name)").arg(event.name);
    QString subtitle = tr("Held on %1", "zh: 兑换日期：%1").arg(ReportDocument::formatDate(event.heldOn));
    if (!event.place.isEmpty())
        subtitle += QStringLiteral("    ") + tr("Place: %1", "zh: 地点：%1").arg(event.place);
    doc.subtitle = subtitle;
    ReportBlock &table = doc.addTable({tr("No."), tr("Name"), tr("Volunteer No."), tr("Gift"), tr("Quantity"), tr("Points"),
                                       tr("Time"), tr("Signature", "zh: 签字")},
                                      {5, 10, 15, 18, 6, 7, 11, 30});
    table.minRowHeightMm = 11; // room for a signature
    table.minWidthsMm = {0, 0, 0, 0, 0, 0, 0, 30};
    int n = 0, quantity = 0, points = 0;
    QSet<QString> people;
    for (const RedemptionLine &line : lines) {
        people.insert(line.volunteerNo);
        table.rows.append({++n, line.volunteerName, line.volunteerNo, line.gift, line.quantity, line.points,
                           line.at.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")), QString()});
        quantity += line.quantity;
        points += line.points;
    }
    table.totalRow = {tr("Total"), tr("%1 people", "zh: %1人").arg(people.size()), QVariant(), QVariant(), quantity, points,
                      QVariant(), QVariant()};
    doc.signatures = {{tr("Prepared by:", "zh: 制表人："), QString()}, {tr("Reviewed by:", "zh: 审核人："), QString()}};
    doc.organisation = organisation;
    doc.issuedOn = event.heldOn;
    doc.sealSpace = true;
    return doc;
}

Result<ReportDocument> redemptions(Database &db, const Session &session, qint64 eventId)
{
    PointsService points(db, session);
    for (const RedemptionEvent &event : points.events()) {
        if (event.id == eventId)
            return redemptions(event, points.redemptions(eventId), placeName(db, event.communityId));
    }
    return Result<ReportDocument>::fail(QStringLiteral("event"), tr("There is no redemption event %1.").arg(eventId));
}

} // namespace jy::VolunteerReports
