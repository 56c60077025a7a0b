#include "reports/annualreports.h"
#include "honors/honorsreport.h"
#include "stats/annualstatistics.h"

#include <QCoreApplication>

namespace jy::AnnualReports {

namespace {

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("jy::AnnualReports", text, comment);
}

QString years(int from, int to)
{
    return from == to ? tr("%1", "a single year in a title (zh: %1年度)").arg(from)
                      : tr("%1–%2", "a span of years in a title (zh: %1—%2年度)").arg(from).arg(to);
}

} // namespace

ReportDocument honors(const HonorsReport &r, const QDate &issuedOn)
{
    ReportDocument doc;
    doc.title = tr("%1 Honors %2", "zh: %1%2荣誉统计表 (place, years)").arg(r.scopeName, years(r.fromYear, r.toYear));
    QStringList counts;
    for (const QString &level : honor_level::all())
        if (const int n = r.totalByLevel.value(level))
            counts << tr("%1 %2", "level and count (zh: %1%2项)").arg(honor_level::name(level)).arg(n);
    doc.subtitle = counts.isEmpty() ? tr("No honors recorded", "zh: 无荣誉记录")
                                    : tr("%1 honors: %2", "zh: 共%1项：%2").arg(r.total).arg(counts.join(tr(", ", "zh: 、")));

    const bool street = r.communityId == 0;
    QStringList header = {tr("No."), tr("Level"), tr("Year"), tr("Honor"), tr("Recipient"), tr("Awarded by")};
    QList<double> widths = {5, 7, 6, 30, 14, 16};
    if (street) {
        header << tr("Community");
        widths << 10;
    }
    ReportBlock &table = doc.addTable(header, widths);
    int n = 0;
    for (const HonorsReport::Group &g : r.groups) {
        for (const Honor &h : g.honors) {
            const QString recipient = h.recipientKind == honor_recipient::Community
                                          ? h.recipient
                                          : tr("%1 (%2)", "recipient and its kind (zh: %1（%2）)").arg(h.recipient, honor_recipient::name(h.recipientKind));
            QVariantList row = {++n, honor_level::name(h.level), h.year, h.title, recipient, h.awardedBy};
            if (street)
                row << h.communityName;
            table.rows.append(row);
        }
    }
    if (street && !r.communities.isEmpty()) {
        doc.addHeading(tr("Honors of each community by level", "zh: 各社区荣誉分级统计"));
        QStringList h = {tr("Community")};
        QList<double> w = {14};
        for (const QString &level : honor_level::all()) {
            h << honor_level::name(level);
            w << 8;
        }
        h << tr("Total");
        w << 8;
        ReportBlock &side = doc.addTable(h, w);
        for (const HonorsReport::CommunityRow &row : r.communities) {
            QVariantList cells = {row.community};
            for (const QString &level : honor_level::all())
                cells << row.byLevel.value(level);
            cells << row.total;
            side.rows.append(cells);
        }
        QVariantList total = {tr("Total")};
        for (const QString &level : honor_level::all())
            total << r.totalByLevel.value(level);
        total << r.total;
        side.totalRow = total;
    }
    doc.signatures = {{tr("Prepared by:", "zh: 制表人："), QString()}, {tr("Reviewed by:", "zh: 审核人："), QString()}};
    doc.organisation = r.scopeName;
    doc.issuedOn = issuedOn;
    return doc;
}

ReportDocument honors(Database &db, int fromYear, int toYear, qint64 communityId, const QDate &issuedOn)
{
    return honors(HonorsReport::compute(db, fromYear, toYear, communityId), issuedOn);
}

ReportDocument statistics(const AnnualStatistics &s, const QDate &issuedOn)
{
    ReportDocument doc;
    doc.title = tr("%1 Work Statistics %2", "zh: %1%2年度工作统计报表 (place, year)").arg(s.scopeName).arg(s.year);
    doc.subtitle = tr("Period: %1", "zh: 统计时段：%1")
                       .arg(ReportDocument::formatPeriod(QDate(s.year, 1, 1), std::min(QDate(s.year, 12, 31), issuedOn.isValid() ? std::max(issuedOn, QDate(s.year, 1, 1)) : QDate(s.year, 12, 31))));
    ReportBlock &table = doc.addTable({tr("Community"), tr("Households"), tr("Residents"), tr("Party members"), tr("Volunteers"),
                                       tr("Orders received"), tr("Services done", "person-times (zh: 服务人次)"),
                                       tr("People served"), tr("Service hours"), tr("Honors")},
                                      {12, 8, 8, 7, 7, 8, 8, 8, 9, 6});
    const auto cells = [](const AnnualStatisticsRow &r) {
        return QVariantList{r.community, r.households, r.residents, r.partyMembers, r.volunteers, r.ordersSubmitted,
                            r.ordersCompleted, r.residentsServed, r.serviceHours, r.honors};
    };
    for (const AnnualStatisticsRow &row : s.rows)
        table.rows.append(cells(row));
    if (s.rows.size() > 1)
        table.totalRow = cells(s.total);
    doc.addParagraph(tr("Households, residents and party members as registered on the day of the report; volunteers as "
                        "registered by the end of the year; orders, services, people served and hours of the year; honors "
                        "awarded for the year.",
                        "zh: 户数、居民数、党员数为制表日登记数；志愿者为年末登记数；订单、服务人次、服务居民数和服务时长为本年度数；荣誉为本年度所获荣誉。"));

    doc.addHeading(tr("Volunteer services completed by month", "zh: 志愿服务分月完成情况"));
    QStringList monthHeader;
    QList<double> monthWidths;
    QVariantList monthRow;
    int sum = 0;
    for (int m = 1; m <= 12; ++m) {
        monthHeader << tr("%1", "month number in a table head (zh: %1月)").arg(m);
        monthWidths << 5;
        const int n = m - 1 < s.ordersByMonth.size() ? s.ordersByMonth.at(m - 1) : 0;
        monthRow << n;
        sum += n;
    }
    monthHeader << tr("Total");
    monthWidths << 6;
    monthRow << sum;
    doc.addTable(monthHeader, monthWidths).rows.append(monthRow);
    QStringList months;
    QList<double> perMonth;
    for (int m = 1; m <= 12; ++m) {
        months << monthHeader.at(m - 1);
        perMonth << monthRow.at(m - 1).toDouble();
    }
    doc.addBarChart(months, perMonth, tr("Services completed per month", "zh: 各月完成服务人次"));

    doc.addHeading(tr("Volunteer services completed by category", "zh: 志愿服务分类完成情况"));
    ReportBlock &categories = doc.addTable({tr("Category"), tr("Services done", "person-times (zh: 服务人次)"), tr("Share")}, {20, 10, 10});
    for (const auto &[name, count] : s.ordersByCategory)
        categories.rows.append({name, count, s.total.ordersCompleted ? tr("%1%").arg(100.0 * count / s.total.ordersCompleted, 0, 'f', 1) : QString()});
    categories.totalRow = {tr("Total"), s.total.ordersCompleted, QVariant()};
    QStringList names;
    QList<double> counts;
    for (const auto &[name, count] : s.ordersByCategory) {
        names << name;
        counts << count;
    }
    doc.addBarChart(names, counts, tr("Services completed per category", "zh: 各类别完成服务人次"));

    doc.signatures = {{tr("Prepared by:", "zh: 制表人："), QString()}, {tr("Reviewed by:", "zh: 审核人："), QString()}};
    doc.organisation = s.scopeName;
    doc.issuedOn = issuedOn;
    return doc;
}

ReportDocument statistics(Database &db, int year, qint64 communityId, const QDate &issuedOn,
                          const std::function<bool(int, int)> &progress)
{
    const AnnualStatistics s = AnnualStatistics::compute(db, year, communityId, progress);
    if (s.rows.isEmpty() && progress)
        return {};
    return statistics(s, issuedOn);
}

} // namespace jy::AnnualReports
