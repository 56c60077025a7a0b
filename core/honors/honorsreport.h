#pragma once
#include "honors/honor.h"

#include <QList>
#include <QMap>

namespace jy {

class Database;

// The annual honors report's content: the honors of a year or span, grouped by level (highest
// first) and then by recipient; for a whole street also a table of communities side by side.
// Computed once; rendering (preview, PDF, .xlsx) sits above.
struct HonorsReport
{
    struct Group
    {
        QString level;
        QList<Honor> honors;  // by recipient kind (community, branch, team, person), then recipient, year
    };
    struct CommunityRow
    {
        qint64 communityId = 0;
        QString community;
        QMap<QString, int> byLevel;
        int total = 0;
    };

    int fromYear = 0;
    int toYear = 0;
    qint64 communityId = 0;   // 0: the whole street
    QString scopeName;
    QList<Group> groups;
    QList<CommunityRow> communities;  // every community of the street, when communityId is 0
    QMap<QString, int> totalByLevel;
    int total = 0;

    static HonorsReport compute(Database &db, int fromYear, int toYear, qint64 communityId = 0);
};

} // namespace jy
