#pragma once
#include "listcommands.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QTableWidget;

namespace jy {

class Database;
class Session;

// The patrol log (日巡查) of a community's grids, newest first, and the form to log a patrol;
// a finding that needs action becomes a grid incident.
class PatrolsView : public QWidget, public ListCommands
{
    Q_OBJECT

public:
    PatrolsView(Database &db, const Session &session, QWidget *parent = nullptr);
    void setCommunity(qint64 communityId);
    void reload();
    void logPatrol();
    QTableWidget *table() const { return mTable; }

    // Edit ▸ Find in list / New record / Print list on this tab.
    QWidget *searchField() const override;
    bool canCreateRecord() const override;
    void createRecord() override;
    bool canPrintList() const override { return true; }
    ReportDocument listDocument() const override;

signals:
    void changed();
    void message(const QString &text);

private:
    Database &mDb;
    const Session &mSession;
    qint64 mCommunityId = 0;
    QComboBox *mGrid = nullptr;
    QDateEdit *mFrom = nullptr;
    QTableWidget *mTable = nullptr;
};

} // namespace jy
