#pragma once
#include <QDate>
#include <QList>

namespace jy {

class Database;
class DemoRandom;
class Session;

// Grid work for the demo: a schematic site plan per community (grids as blocks between roads,
// buildings in rows, each community's anchor a kilometre from the last), daily patrols of the
// last weeks with findings turned into incidents at every stage of their workflow, and care
// plans for residents on the care lists with their visits, a few of them overdue. Written
// through the services, so the demo obeys the same rules as real data.
class DemoGrids
{
public:
    struct Summary
    {
        int placedBuildings = 0;
        int patrols = 0;
        int incidents = 0;
        int carePlans = 0;
        int careVisits = 0;
    };

    static Summary generate(Database &db, const Session &session, DemoRandom &random, const QList<qint64> &communityIds,
                            const QDate &today);
};

} // namespace jy
