#pragma once
#include <QList>
#include <QString>

namespace jy {

class Database;

// A household at an address, or an empty dwelling where one can be founded. (Not named
// HouseholdChoice: ResidentDialog already has a struct of that name in namespace jy.)
struct HouseholdMatch
{
    qint64 householdId = 0;  // 0: nobody lives here yet, "found a new household here"
    qint64 dwellingId = 0;
    QString address;         // "万科魅力之城 3栋2单元401", as the roster shows it
    QString headName;
    int members = 0;
};

// Finds households by the address office staff type: "3-2-401", "3栋2单元401", or just
// "3-2" for a whole unit; other words narrow the estate name ("万科 3-2-401").
class HouseholdFinder
{
public:
    explicit HouseholdFinder(Database &db) : mDb(db) {}

    // Every dwelling matching the address (within communityId unless 0), one entry per
    // household living there, or one entry with householdId 0 for an empty dwelling.
    // Empty when the text holds no address.
    QList<HouseholdMatch> atAddress(const QString &text, qint64 communityId = 0, int limit = 50) const;

private:
    Database &mDb;
};

} // namespace jy
