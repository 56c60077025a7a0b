#pragma once
#include <QList>
#include <QString>

namespace jy {

class Database;

struct RankingRow
{
    int rank = 0;
    qint64 volunteerId = 0;
    QString name;
    QString volunteerNo;
    QString team;
    QString community;
    double hours = 0;     // service hours in the year
    int services = 0;     // completed orders in the year
    int points = 0;       // points earned in the year
    double totalHours = 0; // cumulative to the end of the year
    int stars = 0;        // from the cumulative hours
};

// The annual volunteer ranking (by hours, then services, then points): report content,
// computed once and rendered to screen, PDF and .xlsx.
struct VolunteerRanking
{
    int year = 0;
    qint64 communityId = 0;   // 0: the whole street
    QString scopeName;        // the community's or street's name
    QList<RankingRow> rows;   // volunteers who served in the year
    double totalHours = 0;
    int totalServices = 0;

    static VolunteerRanking compute(Database &db, int year, qint64 communityId = 0);
};

} // namespace jy
