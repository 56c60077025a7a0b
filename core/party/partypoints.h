#pragma once
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace jy {

class Database;
class Session;

namespace party_points_kind {
inline const QString Credit = QStringLiteral("credit");   // earned: a meeting, a service, a post's duty
inline const QString Deduct = QStringLiteral("deduct");   // lost: an absence without leave …
inline const QString Adjust = QStringLiteral("adjust");   // a correction, with the approver
QStringList all();
QString name(const QString &kind);
} // namespace party_points_kind

struct PartyPointsEntry
{
    qint64 id = 0;
    qint64 residentId = 0;
    QString kind = party_points_kind::Credit;
    int points = 0;          // signed as it counts: deductions are negative
    QString reason;
    QDate onDate;
    QString approvedBy;
    QString actor;
};

// The party-member points ledger (党员积分管理), on the volunteer ledger's principle: entries are
// only added, the balance is their sum and never goes below zero; an adjustment names who approved it.
class PartyPoints
{
public:
    PartyPoints(Database &db, const Session &session);
    PartyPoints(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Credits take a positive number, deductions a positive number that is subtracted,
    // adjustments either sign. Field errors: points, reason, on_date, approved_by, resident.
    Result<qint64> record(const PartyPointsEntry &entry);
    int balance(qint64 residentId) const;
    QList<PartyPointsEntry> entries(qint64 residentId) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
