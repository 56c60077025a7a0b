#pragma once
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace jy {

class Database;

// Headline counts of a database, as `jiayuan-cli stats` prints them.
struct Statistics
{
    int streets = 0;
    int communities = 0;
    int estates = 0;
    int grids = 0;
    int buildings = 0;
    int dwellings = 0;
    int households = 0;
    int residents = 0;
    int partyMembers = 0;
    int partyBranches = 0;
    int tags = 0;
    int auditEntries = 0;
    int volunteers = 0;
    int teams = 0;
    int shops = 0;
    QMap<QString, int> orders;      // per workflow state, every state present
    qint64 pointsOutstanding = 0;   // sum of all volunteers' balances
    int honors = 0;
    int careVisitsOverdue = 0;      // active care plans not visited within their frequency, as of today
    QMap<QString, int> incidents;   // grid incidents per workflow state, every state present
    // Party and governance registers.
    int cobuildingUnits = 0;
    int meetings = 0;          // governance meetings (居民议事 … 党建联席会); 三会一课 are the branches' own log
    int mediationCases = 0;
    int agencyServices = 0;
    int activities = 0;
    int merchants = 0;

    static Statistics collect(Database &db, const QDate &today = QDate::currentDate());
    // The same counts for one community (0: the whole database, as above): what the overview
    // shows an account of one community. The street, tags and the audit log are not split.
    static Statistics collect(Database &db, qint64 communityId, const QDate &today = QDate::currentDate());
    QJsonObject toJson() const;
};

} // namespace jy
