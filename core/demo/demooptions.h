#pragma once
#include <QDate>
#include <QtGlobal>
#include <functional>

namespace jy {

// What the demo generator should build.
struct DemoOptions
{
    int communities = 1;            // 1: 魅力社区 alone; N: 辛寨子街道 with N communities (19 ≈ 200,000 residents)
    quint32 seed = 1217;
    QDate referenceDate = QDate(2026, 6, 30);   // ages are relative to this, so the same seed gives the same data
    QDate today = QDate::currentDate();         // volunteer orders run from January 2025 up to this day
    bool supermarket = true;                    // volunteers, teams, shops, orders, ledgers, redemptions
    bool gridWork = true;                       // the map, patrols, incidents, care plans and visits
    std::function<bool(int done, int total)> progress;  // optional; return false to cancel (→ rollback, nothing written)
};

// What the demo generator built.
struct DemoSummary
{
    int communities = 0;
    int buildings = 0;
    int households = 0;
    int residents = 0;
    int partyMembers = 0;
    int grids = 0;
    int volunteers = 0;
    int teams = 0;
    int shops = 0;
    int orders = 0;
    int honors = 0;
    int patrols = 0;
    int incidents = 0;
    int carePlans = 0;
};

} // namespace jy
