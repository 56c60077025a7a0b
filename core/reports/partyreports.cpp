#include "reports/partyreports.h"
#include "db/database.h"
#include "db/sql.h"
#include "party/branchmeetings.h"
#include "party/partyorganisation.h"
#include "party/starassessment.h"

#include <QCoreApplication>
#include <cmath>
#include <QHash>
#include <QSqlQuery>

namespace jy {

namespace {

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("jy::PartyReports", text, comment);
}

QString scopeNameOf(Database &db, qint64 communityId)
{
    return communityId ? sql::scalar(db.connection(), QStringLiteral("SELECT name FROM community WHERE id = ?"), {communityId}).toString()
                       : sql::scalar(db.connection(), QStringLiteral("SELECT name FROM street ORDER BY id LIMIT 1")).toString();
}

struct Organisation
{
    qint64 id = 0;
    QString name;
    QString community;
    bool branch = false;       // a 党支部, not a committee or general branch
};

// The party organisations of the scope, by community code and name.
QList<Organisation> organisations(Database &db, qint64 communityId)
{
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral(
        "SELECT b.id, b.name, c.name, b.level FROM party_branch b JOIN community c ON c.id = b.community_id "
        "WHERE (? = 0 OR b.community_id = ?) ORDER BY c.code, b.name, b.id"), {communityId, communityId});
    QList<Organisation> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() == party_level::Branch});
    return out;
}

// The columns both tables start with: number, the community on a street's report, the branch.
void branchColumns(bool street, double branchWidth, QStringList &header, QList<double> &widths)
{
    header = {QCoreApplication::translate("jy::PartyReports", "No.")};
    widths = {5};
    if (street) {
        header << QCoreApplication::translate("jy::PartyReports", "Community");
        widths << 12; // 魅力社区 on one line
    }
    header << QCoreApplication::translate("jy::PartyReports", "Branch");
    widths << branchWidth;
}

QVariantList branchCells(bool street, const QVariant &number, const QVariant &community, const QString &branch)
{
    QVariantList cells = {number};
    if (street)
        cells << community;
    cells << branch;
    return cells;
}

QList<ReportSignature> signatures()
{
    return {{QCoreApplication::translate("jy::PartyReports", "Prepared by:", "zh: 制表人："), QString()},
            {QCoreApplication::translate("jy::PartyReports", "Reviewed by:", "zh: 审核人："), QString()}};
}

} // namespace

FiveStarSummary FiveStarSummary::compute(Database &db, int year, qint64 communityId)
{
    FiveStarSummary s;
    s.year = year;
    s.communityId = communityId;
    s.scopeName = scopeNameOf(db, communityId);
    s.passScore = StarAssessment::kPassScore;
    const QStringList stars = branch_star::all();
    s.branchesByStars = QList<int>(stars.size() + 1, 0);
    QHash<qint64, QHash<QString, int>> scores;
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral(
        "SELECT a.branch_id, a.star, a.score FROM star_assessment a JOIN party_branch b ON b.id = a.branch_id "
        "WHERE a.year = ? AND (? = 0 OR b.community_id = ?)"), {year, communityId, communityId});
    while (q.next())
        scores[q.value(0).toLongLong()].insert(q.value(1).toString(), q.value(2).toInt());
    for (const Organisation &o : organisations(db, communityId)) {
        const QHash<QString, int> own = scores.value(o.id);
        // Committees are not assessed as branches, unless someone did assess one.
        if (!o.branch && own.isEmpty())
            continue;
        Row row;
        row.community = o.community;
        row.branch = o.name;
        row.assessed = !own.isEmpty();
        for (const QString &star : stars) {
            if (!own.contains(star)) {
                row.scores << QVariant();
                continue;
            }
            const int score = own.value(star);
            row.scores << score;
            if (score >= s.passScore)
                ++row.stars;
        }
        if (row.assessed) {
            ++s.assessed;
            ++s.branchesByStars[row.stars];
        }
        s.rows << row;
    }
    return s;
}

PartyMeetingSummary PartyMeetingSummary::compute(Database &db, int year, qint64 communityId)
{
    PartyMeetingSummary s;
    s.year = year;
    s.communityId = communityId;
    s.scopeName = scopeNameOf(db, communityId);
    const QStringList kinds = branch_meeting_kind::all();
    s.total.byKind = QList<int>(kinds.size(), 0);
    struct Counts
    {
        QList<int> byKind;
        int attended = 0, expected = 0;
    };
    QHash<qint64, Counts> counts;
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral(
        "SELECT m.branch_id, m.kind, count(*), sum(m.attended), sum(m.expected) FROM party_meeting m "
        "JOIN party_branch b ON b.id = m.branch_id WHERE m.held_on >= ? AND m.held_on <= ? AND (? = 0 OR b.community_id = ?) "
        "GROUP BY m.branch_id, m.kind"),
        {QDate(year, 1, 1).toString(Qt::ISODate), QDate(year, 12, 31).toString(Qt::ISODate), communityId, communityId});
    while (q.next()) {
        Counts &c = counts[q.value(0).toLongLong()];
        if (c.byKind.isEmpty())
            c.byKind = QList<int>(kinds.size(), 0);
        const qsizetype kind = kinds.indexOf(q.value(1).toString());
        if (kind >= 0)
            c.byKind[kind] += q.value(2).toInt();
        c.attended += q.value(3).toInt();
        c.expected += q.value(4).toInt();
    }
    for (const Organisation &o : organisations(db, communityId)) {
        const auto found = counts.constFind(o.id);
        // A committee appears when it met; every branch appears, meetings or not.
        if (!o.branch && found == counts.constEnd())
            continue;
        Row row;
        row.community = o.community;
        row.branch = o.name;
        row.byKind = found == counts.constEnd() ? QList<int>(kinds.size(), 0) : found->byKind;
        for (int i = 0; i < kinds.size(); ++i) {
            row.meetings += row.byKind.at(i);
            s.total.byKind[i] += row.byKind.at(i);
        }
        if (found != counts.constEnd()) {
            row.attended = found->attended;
            row.expected = found->expected;
        }
        s.total.meetings += row.meetings;
        s.total.attended += row.attended;
        s.total.expected += row.expected;
        s.rows << row;
    }
    return s;
}

namespace PartyReports {

ReportDocument fiveStar(const FiveStarSummary &s, const QDate &issuedOn)
{
    ReportDocument doc;
    doc.title = tr("%1 Five-Star Branch Assessment %2", "zh: %1%2年度“五星支部”评定汇总表 (place, year)").arg(s.scopeName).arg(s.year);
    const int five = s.branchesByStars.value(branch_star::all().size());
    doc.subtitle = s.assessed ? tr("%1 branches assessed, %2 of them five-star branches", "zh: 共评定%1个支部，其中五星支部%2个").arg(s.assessed).arg(five)
                              : tr("No branch assessed for the year", "zh: 本年度尚无支部评定");
    const bool street = s.communityId == 0;
    QStringList header;
    QList<double> widths;
    branchColumns(street, 18, header, widths);
    for (const QString &star : branch_star::all()) {
        header << branch_star::name(star);
        widths << 8;
    }
    header << tr("Stars");
    widths << 12;
    ReportBlock &table = doc.addTable(header, widths);
    int n = 0;
    for (const FiveStarSummary::Row &r : s.rows) {
        QVariantList cells = branchCells(street, ++n, r.community, r.branch);
        cells += r.scores;
        cells << (r.assessed ? (r.stars ? ReportDocument::stars(r.stars) : tr("none", "no star earned (zh: 无)"))
                             : tr("not assessed", "zh: 未评定"));
        table.rows.append(cells);
    }
    doc.addParagraph(tr("A star is awarded for a score of %1 or more out of 100; a blank score was not assessed.",
                        "zh: 单项得分达到%1分（满分100分）即评为该星；空白表示该项未评定。").arg(s.passScore));

    doc.addHeading(tr("Branches by the number of stars", "zh: 支部星级分布"));
    QStringList starHeader;
    QList<double> starWidths;
    QVariantList starRow;
    for (int stars = s.branchesByStars.size() - 1; stars >= 0; --stars) {
        starHeader << (stars ? tr("%1 star(s)", "zh: %1星").arg(stars) : tr("No star", "zh: 无星"));
        starWidths << 8;
        starRow << s.branchesByStars.at(stars);
    }
    starHeader << tr("Total");
    starWidths << 8;
    starRow << s.assessed;
    // No chart: the distribution is six numbers, and a community's report then fits one page with
    // its signatures.
    doc.addTable(starHeader, starWidths).rows.append(starRow);

    doc.signatures = signatures();
    doc.organisation = s.scopeName;
    doc.issuedOn = issuedOn;
    return doc;
}

ReportDocument fiveStar(Database &db, int year, qint64 communityId, const QDate &issuedOn)
{
    return fiveStar(FiveStarSummary::compute(db, year, communityId), issuedOn);
}

ReportDocument meetings(const PartyMeetingSummary &s, const QDate &issuedOn)
{
    ReportDocument doc;
    doc.title = tr("%1 Branch Meetings and Party Lessons %2", "zh: %1%2年度“三会一课”开展情况统计表 (place, year)").arg(s.scopeName).arg(s.year);
    doc.subtitle = tr("Period: %1", "zh: 统计时段：%1").arg(ReportDocument::formatPeriod(QDate(s.year, 1, 1), QDate(s.year, 12, 31)));
    const bool street = s.communityId == 0;
    QStringList header;
    QList<double> widths;
    // Names on one line (万科物业党支部); the counts need little room.
    branchColumns(street, 20, header, widths);
    for (const QString &kind : branch_meeting_kind::all()) {
        header << branch_meeting_kind::name(kind);
        widths << 6;
    }
    header << tr("Total") << tr("Attended", "person-times (zh: 参会人次)") << tr("Average attendance", "persons per meeting (zh: 平均参会人数)")
           << tr("Attendance rate", "zh: 平均参会率");
    widths << 5 << 6 << 6 << 7;
    ReportBlock &table = doc.addTable(header, widths);
    const auto cells = [&](const PartyMeetingSummary::Row &r, const QVariant &number, const QVariant &community, const QString &branch) {
        QVariantList out = branchCells(street, number, community, branch);
        for (int count : r.byKind)
            out << count;
        out << r.meetings << r.attended;
        out << (r.meetings ? QVariant(ReportDocument::formatNumber(std::round(r.averageAttended() * 10) / 10)) : QVariant());
        out << (r.attendanceRate() >= 0 ? QVariant(tr("%1%").arg(r.attendanceRate(), 0, 'f', 1)) : QVariant());
        return out;
    };
    int n = 0;
    for (const PartyMeetingSummary::Row &r : s.rows) {
        ++n;
        table.rows.append(cells(r, n, r.community, r.branch));
    }
    if (!s.rows.isEmpty())
        table.totalRow = cells(s.total, tr("Total"), QVariant(), QString());
    doc.addParagraph(tr("Average attendance: people present per meeting; attendance rate: people present of those who should attend.",
                        "zh: 平均参会人数为每次会议到会人数；平均参会率为到会人数占应到人数的比例。"));
    QStringList labels;
    QList<double> values;
    for (int i = 0; i < branch_meeting_kind::all().size(); ++i) {
        labels << branch_meeting_kind::name(branch_meeting_kind::all().at(i));
        values << s.total.byKind.value(i);
    }
    doc.addBarChart(labels, values, tr("Meetings held in the year, by kind", "zh: 本年度各类会议次数"));

    doc.signatures = signatures();
    doc.organisation = s.scopeName;
    doc.issuedOn = issuedOn;
    return doc;
}

ReportDocument meetings(Database &db, int year, qint64 communityId, const QDate &issuedOn)
{
    return meetings(PartyMeetingSummary::compute(db, year, communityId), issuedOn);
}

} // namespace PartyReports

} // namespace jy
