#pragma once
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace jy {

class Database;
class Session;

// 三联四帮: a resident on a care list (独居, 孤寡, 残疾, 高龄 …) is visited every so many days by
// a responsible person, by phone or at home.
struct CarePlan
{
    qint64 id = 0;
    qint64 residentId = 0;
    QString residentName;
    QString address;
    QString gridName;
    QString category;         // the care list: 独居, 孤寡 …
    int frequencyDays = 7;
    QString responsible;
    QString phone;
    QDate startedOn;
    bool active = true;
    QString notes;
    QDate lastVisitOn;        // null: not visited yet

    // Days since the last visit (or since the plan started); overdue past the frequency.
    int daysSince(const QDate &today) const;
    bool overdue(const QDate &today) const;
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

struct CareVisit
{
    qint64 id = 0;
    qint64 planId = 0;
    QDate visitedOn;
    QString mode = QStringLiteral("home"); // home | phone
    QString visitor;
    QString notes;
};

struct CareFilter
{
    qint64 communityId = 0;
    qint64 gridId = 0;
    bool overdueOnly = false;
    QDate today;              // what "overdue" is measured against
    QString category;
    int limit = 2000;
};

class CarePlans
{
public:
    CarePlans(Database &db, const Session &session);
    CarePlans(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    static QStringList categories();  // the care lists the seeds name, in Chinese

    Result<qint64> savePlan(const CarePlan &plan);
    Status endPlan(qint64 planId);     // the resident moved, died or no longer needs it
    Result<qint64> recordVisit(const CareVisit &visit);

    std::optional<CarePlan> find(qint64 planId) const;
    QList<CarePlan> list(const CareFilter &filter) const;   // most overdue first
    QList<CareVisit> visits(qint64 planId) const;            // newest first
    static int countOverdue(Database &db, const QDate &today, qint64 communityId = 0);
    // Overdue plans per grid of the residents' buildings (grids with none are left out).
    static QMap<qint64, int> overdueByGrid(Database &db, const QDate &today, qint64 communityId = 0);

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
