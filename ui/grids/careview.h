#pragma once
#include "listcommands.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTableWidget;

namespace jy {

struct CarePlan;
class Database;
class Session;

// 三联四帮 care visits: the residents on care plans, overdue ones first and in red, and the form
// to record a visit by phone or at home.
class CareView : public QWidget, public ListCommands
{
    Q_OBJECT

public:
    CareView(Database &db, const Session &session, QWidget *parent = nullptr);
    void setCommunity(qint64 communityId);
    void reload();
    void recordVisit();
    void showOverdue(qint64 gridId);
    // A new plan for a resident found by name; the list it goes on, how often, who visits.
    void newPlan();
    bool editPlan(const CarePlan &plan);
    void endPlan();
    QComboBox *gridBox() const { return mGrid; }
    QTableWidget *table() const { return mTable; }
    QCheckBox *overdueOnly() const { return mOverdueOnly; }

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
    QCheckBox *mOverdueOnly = nullptr;
    QComboBox *mCategory = nullptr;
    QComboBox *mGrid = nullptr;
    QTableWidget *mTable = nullptr;
};

} // namespace jy
