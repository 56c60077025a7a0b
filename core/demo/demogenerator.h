#pragma once
#include "common/result.h"
#include "demo/demofamily.h"
#include "demo/demooptions.h"
#include "demo/demorandom.h"
#include "residents/residentbulkwriter.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <vector>

namespace jy {

class Database;
class Session;

// Fills an empty database with a believable street: 魅力社区 as the seed describes it
// (万科魅力之城, 62 buildings, ~4,692 households, ~9,475 residents, 243 party members in
// 9 themed branches) and, when asked for more, invented neighbour communities of
// 辛寨子街道. The same seed and reference date give the same data.
class DemoGenerator
{
public:
    // Refuses (field error, no throw) when the database already holds residents or the session may not import.
    static Result<DemoSummary> generate(Database &db, const Session &session, const DemoOptions &options);

private:
    struct Plan
    {
        int index = 0;          // 0 is 魅力社区
        QString code;           // 12-digit 统计用区划代码
        QString name;
        qint64 id = 0;          // an existing, empty community row to fill, or 0
        int households = 0;
        int residents = 0;
    };
    struct Building
    {
        qint64 id = 0;
        int grid = 0;
    };
    struct Dwelling
    {
        qint64 id = 0;
        int building = 0;
    };
    struct Placed            // what later steps need to know about an inserted resident
    {
        qint64 id = 0;
        int building = 0;
        int age = 0;
        QDate birthDate;
        QString residenceType;
        QString name;
        QString phone;
        bool volunteer = false;
        bool partyMember = false;
    };
    struct Cancelled {};

    DemoGenerator(Database &db, const DemoOptions &options);
    ~DemoGenerator();
    DemoGenerator(const DemoGenerator &) = delete;
    DemoGenerator &operator=(const DemoGenerator &) = delete;
    void run(const QList<Plan> &plans);
    void community(const Plan &plan);
    void places(const Plan &plan, qint64 communityId);
    void grids(const Plan &plan, qint64 communityId);
    void residents(const Plan &plan, qint64 communityId);
    void partyMembers(const Plan &plan, qint64 communityId);
    void gridStaff();
    qint64 insertResident(const DemoPerson &p, qint64 householdId, qint64 buildingId, qint64 communityId);
    qint64 lookupOrInsert(const QString &select, const QString &insert, const QVariantList &insertValues, const QString &key);
    void reportProgress(bool force = false);

    Database &mDb;
    QSqlDatabase mConn;
    const DemoOptions &mOptions;
    DemoRandom mRandom;
    DemoFamily mFamily;
    DemoSummary mSummary;
    QString mStamp;          // created_at / updated_at: the reference date, not the clock
    qint64 mStreetId = 0;
    qint64 mPreviousCacheSize = 0; // SQLite's, restored when the run ends
    int mDone = 0;
    int mTotal = 0;
    int mReported = 0;
    QMap<QString, qint64> mTagIds;
    QMap<QString, qint64> mRoleIds;

    // Per community, rebuilt for each.
    std::vector<Building> mBuildings;
    std::vector<Dwelling> mDwellings;
    std::vector<qint64> mGridIds;
    std::vector<qint64> mBranchIds;
    std::vector<Placed> mPlaced;

    // Prepared once, executed per row.
    QSqlQuery mEstate, mBuilding, mUnit, mDwelling, mGrid, mGridBuilding, mBranch, mMember, mStaff;
    ResidentBulkWriter mWriter;
};

} // namespace jy
