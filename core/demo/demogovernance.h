#pragma once
#include "demo/demosupermarket.h"

namespace jy {

// The demo street's party organisation and governance records, drawn from the seed reports:
// a committee over the themed grid branches with groups, posts (认岗领责), points and the
// 三会一课 log, the five-star assessment; co-building units with agreements, 双报到 members, the
// two-way lists and projects (点单 → 派单 → 接单), quarterly joint meetings; residents' meetings with
// follow-ups; mediation and red agency cases taken through their workflows; activities; merchants
// with model shops and the red/black list. From January 2025 up to `today`, through the services.
class DemoGovernance
{
public:
    struct Summary
    {
        int cobuildingUnits = 0;
        int meetings = 0;
        int mediationCases = 0;
        int agencyServices = 0;
        int activities = 0;
        int merchants = 0;
    };

    static Summary generate(Database &db, const Session &session, DemoRandom &random,
                            const QList<DemoSupermarket::Community> &communities, const QDate &today);
};

} // namespace jy
