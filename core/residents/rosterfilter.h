#pragma once
#include <QDate>
#include <QList>
#include <QString>

namespace jy {

// What the roster shows: free text plus the filter bar's choices. Zero / empty means "any".
struct RosterFilter
{
    QString text;            // name, pinyin, ID number or its tail, phone, address "3-2-401"
    qint64 communityId = 0;
    qint64 gridId = 0;
    qint64 buildingId = 0;
    qint64 householdId = 0;
    QString residenceType;
    QList<qint64> tagIds;    // all must apply
    int minAge = -1;
    int maxAge = -1;
    QDate today = QDate::currentDate();
    // What the signed-in account may see at all; RosterQuery sets these from its session.
    qint64 withinCommunityId = 0;
    qint64 withinGridsOfAccount = 0; // a grid worker's account id: only the buildings of their grids
};

} // namespace jy
