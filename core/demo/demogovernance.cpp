#include "demo/demogovernance.h"
#include "db/database.h"
#include "db/sql.h"
#include "demo/demogovernancebuilder.h"

#include <QSqlQuery>

namespace jy {

namespace demo_governance {

QString Builder::residentName(qint64 communityId)
{
    if (mResidents.empty()) {
        QSqlQuery q = sql::exec(mConn, QStringLiteral("SELECT name FROM resident WHERE community_id = ? AND birth_date < '1990-01-01' ORDER BY id LIMIT 400"),
                                {communityId});
        while (q.next())
            mResidents.push_back(q.value(0).toString());
        if (mResidents.empty())
            mResidents.push_back(s(u"王某"));
    }
    return mResidents[size_t(mRandom.below(int(mResidents.size())))];
}

void Builder::community(const DemoSupermarket::Community &c)
{
    mUnitIds.clear();
    mUnitNames.clear();
    mResidents.clear();
    organisation(c);
    coBuilding(c);
    meetings(c);
    mediation(c);
    agency(c);
    activities(c);
    merchants(c);
}

} // namespace demo_governance

DemoGovernance::Summary DemoGovernance::generate(Database &db, const Session &session, DemoRandom &random,
                                                 const QList<DemoSupermarket::Community> &communities, const QDate &today)
{
    demo_governance::Builder builder(db, session, random, today);
    for (const DemoSupermarket::Community &c : communities)
        builder.community(c);
    return builder.summary;
}

} // namespace jy
