#pragma once
#include "listcommands.h"

#include <QWidget>

class QListWidget;
class QPushButton;
class QTableWidget;

namespace jy {

class Database;
class Session;

// Who works in each grid, in which role, on which number: what the notice boards print.
class GridStaffView : public QWidget, public ListCommands
{
    Q_OBJECT

public:
    GridStaffView(Database &db, const Session &session, QWidget *parent = nullptr);
    void setCommunity(qint64 communityId);
    void reload();
    void addMember();
    void editMember();
    void removeMember();
    QListWidget *grids() const { return mGrids; }
    QTableWidget *table() const { return mTable; }

    // Edit ▸ Find in list / New record / Print list on this tab.
    QWidget *searchField() const override;
    bool canCreateRecord() const override;
    void createRecord() override;
    bool canPrintList() const override { return true; }
    ReportDocument listDocument() const override;

signals:
    void message(const QString &text);

private:
    bool editDialog(qint64 memberId);

    Database &mDb;
    const Session &mSession;
    qint64 mCommunityId = 0;
    QListWidget *mGrids = nullptr;
    QTableWidget *mTable = nullptr;
    QList<QPushButton *> mEditButtons;
};

} // namespace jy
