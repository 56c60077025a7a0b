#pragma once
#include "listcommands.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace jy {

class Database;
class Session;

// The supermarket's volunteers with their hours, stars and points, searchable by name or
// number, and the selected volunteer's points ledger. A community has hundreds of
// volunteers, not hundreds of thousands: a plain table is enough.
class VolunteersView : public QWidget, public ListCommands
{
    Q_OBJECT

public:
    enum Column { Name, Number, Team, Community, Hours, Stars, Balance, Services, ColumnCount };
    static constexpr int kLimit = 500;

    VolunteersView(Database &db, const Session &session, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return mTable; }
    QTableWidget *ledger() const { return mLedger; }

    QWidget *searchField() const override;
    bool canCreateRecord() const override;
    void createRecord() override { editVolunteer(0); }
    bool canPrintList() const override { return true; }
    ReportDocument listDocument() const override;

private:
    void showLedger();
    qint64 currentVolunteerId() const;
    void printCertificate();
    void editVolunteer(qint64 id); // 0: register a new one

    Database &mDb;
    const Session &mSession;
    QLineEdit *mSearch = nullptr;
    QTableWidget *mTable = nullptr;
    QLabel *mLimitNote = nullptr;
    QLabel *mLedgerTitle = nullptr;
    QTableWidget *mLedger = nullptr;
    QTimer *mDebounce = nullptr;
};

} // namespace jy
