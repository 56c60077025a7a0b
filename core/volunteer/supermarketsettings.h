#pragma once
#include "common/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace jy {

class Database;
class Session;

// The rules an office may set for its supermarket (places differ): star thresholds in service
// hours, how long an order may wait in each state before it is flagged, and who signs
// certificates. Kept in app_setting; changes are permission-checked and audited.
struct SupermarketSettings
{
    QList<int> starHours{100, 300, 600, 1000, 1500}; // one to five stars
    QMap<QString, int> overdueHours{{QStringLiteral("submitted"), 24}, {QStringLiteral("approved"), 24},
                                    {QStringLiteral("dispatched"), 24}, {QStringLiteral("accepted"), 72},
                                    {QStringLiteral("in_service"), 48}};
    QString organisation = QStringLiteral("家家乐党员志愿服务超市");
    QString personInCharge;
    QString handler;
    QString contactPhone;

    static SupermarketSettings load(Database &db);
    // Field errors: star_hours (five rising positive numbers), overdue_hours (positive).
    static Status save(Database &db, const Session &session, const SupermarketSettings &settings);

    // 0–5 stars for a cumulative number of service hours.
    int starsFor(double hours) const;
};

} // namespace jy
