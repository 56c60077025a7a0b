#pragma once
#include <QDateTime>
#include <QString>

namespace jy {

namespace order_channel {
inline const QString Counter = QStringLiteral("counter");
inline const QString Phone = QStringLiteral("phone");
inline const QString GridWorker = QStringLiteral("grid_worker");
} // namespace order_channel

// A resident's order at the volunteer supermarket (群众点单).
struct ServiceOrder
{
    qint64 id = 0;
    QString number;               // yyyyMMdd + running number of the day, given on submit
    qint64 communityId = 0;       // the branch store
    qint64 residentId = 0;        // 0: a phone order from someone not (yet) on the roster
    QString requesterName;
    QString requesterPhone;
    qint64 itemId = 0;
    QString address;
    QDateTime wishedAt;
    QString notes;
    QString channel = order_channel::Counter;
    QString state;
    QDateTime stateSince;         // UTC
    qint64 volunteerId = 0;
    qint64 teamId = 0;
    qint64 shopId = 0;
    double hours = 0;
    int rating = 0;
    QString feedback;
    QDateTime createdAt;          // UTC
    QString createdBy;
    QDateTime completedAt;
};

} // namespace jy
