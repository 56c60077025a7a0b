#pragma once
#include "demo/demosupermarket.h"

namespace jy {

// The demo street's honors: 魅力社区's real list from the seed report (2018–2022) and a few
// believable ones a year for every community, up to the year before `today`.
class DemoHonors
{
public:
    static int generate(Database &db, const Session &session, DemoRandom &random,
                        const QList<DemoSupermarket::Community> &communities, const QDate &today);
};

} // namespace jy
