#pragma once
#include "common/result.h"
#include "volunteer/pointsservice.h"
#include "volunteer/volunteers.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace jy {

class Database;
class Session;

// The desk at a redemption event (the "12.17" charity day): pick the event, find the volunteer,
// pick a gift; the points come off the ledger and the gift off the stock, or the desk says why
// not. The list of what was handed out is shown for signatures.
class RedemptionDialog : public QDialog
{
    Q_OBJECT

public:
    RedemptionDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    // For tests and the Redeem button: the chosen event, the given tier and volunteer.
    Result<qint64> redeem(qint64 tierId, qint64 volunteerId, int quantity);
    qint64 currentEventId() const;

signals:
    // The list of the current event should be printed (the page owns the report renderer).
    void printRequested(qint64 eventId);

private:
    void reloadEvent();
    void searchVolunteers();
    void redeemSelected();

    Database &mDb;
    const Session &mSession;
    PointsService mPoints;
    VolunteerService mVolunteers;
    QList<RedemptionEvent> mEvents;
    QList<GiftTier> mTiers;
    QList<VolunteerSummary> mFound;
    QComboBox *mEvent = nullptr;
    QTableWidget *mTierTable = nullptr;
    QLineEdit *mSearch = nullptr;
    QListWidget *mVolunteerList = nullptr;
    QSpinBox *mQuantity = nullptr;
    QLabel *mMessage = nullptr;
    QTableWidget *mHandedOut = nullptr;
};

} // namespace jy
