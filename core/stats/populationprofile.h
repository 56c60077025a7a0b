#pragma once
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace jy {

class Database;

// Residents by age band and sex, and by residence type: the shape of a community's population
// for the overview charts and the annual statistics.
struct PopulationProfile
{
    struct AgeBand
    {
        int minAge = 0;
        int maxAge = -1; // -1: open-ended ("80+")
        int male = 0;
        int female = 0;
        int other = 0;   // sex not recorded
        int total() const { return male + female + other; }
    };

    QList<AgeBand> ageBands;           // 0–9, 10–19, …, 70–79, 80+
    int unknownAge = 0;                // no birth date recorded
    QMap<QString, int> residenceTypes; // code → residents
    int residents = 0;

    // communityId 0: all communities. Ages in whole years on `today`.
    static PopulationProfile collect(Database &db, const QDate &today = QDate::currentDate(), qint64 communityId = 0);
};

} // namespace jy
