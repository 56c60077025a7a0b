#pragma once
// The builder the demo's party and governance records share; its parts live in files named for
// what they make (demopartyorganisation.cpp, democobuilding.cpp, demomeetingsandcases.cpp,
// demoactivitiesandshops.cpp). Internal to core/demo.
#include "common/result.h"
#include "db/database.h"
#include "db/dberror.h"
#include "demo/demogovernance.h"
#include "demo/demorandom.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <vector>

namespace jy {

class Session;

namespace demo_governance {

// Demo data are Chinese records, not interface text.
inline QString s(const char16_t *text) { return QString::fromUtf16(text); }

template <typename T>
T orThrow(const Result<T> &r)
{
    if (!r)
        throw DbError(r.errorText());
    return r.value();
}
inline void orThrow(const Status &r)
{
    if (!r)
        throw DbError(r.errorText());
}

inline QDateTime at(const QDate &day, int hour, int minute = 0) { return QDateTime(day, QTime(hour, minute)).toUTC(); }

class Builder
{
public:
    Builder(Database &db, const Session &session, DemoRandom &random, const QDate &today)
        : mDb(db), mConn(db.connection()), mSession(session), mRandom(random), mToday(today),
          mStart(QDate(2025, 1, 1))
    {
    }

    void community(const DemoSupermarket::Community &c);
    DemoGovernance::Summary summary;

private:
    void organisation(const DemoSupermarket::Community &c);
    void branchLife(qint64 branchId, const QString &theme);
    void coBuilding(const DemoSupermarket::Community &c);
    void meetings(const DemoSupermarket::Community &c);
    void mediation(const DemoSupermarket::Community &c);
    void agency(const DemoSupermarket::Community &c);
    void activities(const DemoSupermarket::Community &c);
    void merchants(const DemoSupermarket::Community &c);
    QDate dayBetween(const QDate &from, const QDate &to) { return from.addDays(mRandom.below(int(from.daysTo(to)) + 1)); }
    QString residentName(qint64 communityId);

    Database &mDb;
    QSqlDatabase mConn;
    const Session &mSession;
    DemoRandom &mRandom;
    QDate mToday;
    QDate mStart;
    std::vector<qint64> mUnitIds;
    std::vector<QString> mUnitNames;
    std::vector<QString> mResidents;
};

} // namespace demo_governance
} // namespace jy
