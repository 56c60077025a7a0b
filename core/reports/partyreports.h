#pragma once
#include "reports/reportdocument.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace jy {

class Database;

// The 五星支部 assessment of a year: every branch of the scope with its score per star (null
// where none was entered), the stars it earned, and how many branches earned how many stars.
struct FiveStarSummary
{
    struct Row
    {
        QString community;
        QString branch;
        QVariantList scores;        // per star, in branch_star::all() order; null: not assessed
        int stars = 0;
        bool assessed = false;      // any score entered for the year
    };
    int year = 0;
    qint64 communityId = 0;        // 0: the whole street
    QString scopeName;
    int passScore = 0;
    QList<Row> rows;               // by community code, then branch name
    QList<int> branchesByStars;    // [n]: assessed branches with n stars, n = 0 … 5
    int assessed = 0;

    static FiveStarSummary compute(Database &db, int year, qint64 communityId);
};

// The 三会一课 log of a year: per branch, the meetings of each kind, and attendance.
struct PartyMeetingSummary
{
    struct Row
    {
        QString community;
        QString branch;
        QList<int> byKind;          // in branch_meeting_kind::all() order
        int meetings = 0;
        int attended = 0;           // person-times
        int expected = 0;
        double averageAttended() const { return meetings ? double(attended) / meetings : 0; }
        // Attended of expected, in percent; negative when no meeting said who should come.
        double attendanceRate() const { return expected ? 100.0 * attended / expected : -1; }
    };
    int year = 0;
    qint64 communityId = 0;
    QString scopeName;
    QList<Row> rows;               // every branch, and any other organisation that met
    Row total;

    static PartyMeetingSummary compute(Database &db, int year, qint64 communityId);
};

// The party organisation's yearly reports, as ReportDocuments for preview, paper, PDF and .xlsx.
namespace PartyReports {

ReportDocument fiveStar(const FiveStarSummary &summary, const QDate &issuedOn = QDate::currentDate());
ReportDocument fiveStar(Database &db, int year, qint64 communityId, const QDate &issuedOn = QDate::currentDate());
ReportDocument meetings(const PartyMeetingSummary &summary, const QDate &issuedOn = QDate::currentDate());
ReportDocument meetings(Database &db, int year, qint64 communityId, const QDate &issuedOn = QDate::currentDate());

} // namespace PartyReports

} // namespace jy
