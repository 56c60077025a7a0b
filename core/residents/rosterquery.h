#pragma once
#include "residents/rosterfilter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

namespace jy {

class Database;
class Session;

struct RosterRow
{
    qint64 id = 0;
    qint64 householdId = 0;
    QString name;
    QString sex;
    QDate birthDate;
    QString idNumber;
    QString phone;
    QString residenceType;
    QString relation;
    QString community;
    QString address;   // "万科魅力之城 3栋2单元401"
    QStringList tags;

    // The same row with ID number and phone masked, for roles that may not see them.
    RosterRow masked() const;
};

// Counts and pages the roster for a filter, in pinyin order, through indexes only: a street
// of 200,000 residents is never read whole.
class RosterQuery
{
public:
    explicit RosterQuery(Database &db) : mDb(db) {}
    // Limited to what the session's account may see (its community, a grid worker's grids).
    RosterQuery(Database &db, const Session &session);
    RosterQuery(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    int count(const RosterFilter &filter) const;
    QList<RosterRow> page(const RosterFilter &filter, int offset, int limit) const;
    // The SQL WHERE clause and its values (exposed for the query-plan test).
    static QString whereClause(const RosterFilter &filter, QVariantList &values, bool fullText);

    // The filter narrowed to the session's scope (what count() and page() use).
    RosterFilter scoped(const RosterFilter &filter) const;

private:

    Database &mDb;
    qint64 mWithinCommunityId = 0;
    qint64 mWithinGridsOfAccount = 0;
};

} // namespace jy
