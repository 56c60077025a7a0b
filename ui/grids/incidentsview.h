#pragma once
#include "listcommands.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace jy {

class Database;
class Session;

// Grid incidents: a list with state filter and search, the steps the role may take now (a
// reason or what was done asked for where the workflow needs it), and each case's history.
class IncidentsView : public QWidget, public ListCommands
{
    Q_OBJECT

public:
    IncidentsView(Database &db, const Session &session, QWidget *parent = nullptr);
    void setCommunity(qint64 communityId);
    void reload();
    void takeStep(qint64 incidentId, const QString &action);
    void reportIncident();
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
    qint64 currentId() const;
    void showCurrent();
    void stepMenu();

    Database &mDb;
    const Session &mSession;
    qint64 mCommunityId = 0;
    QComboBox *mState = nullptr;
    QLineEdit *mSearch = nullptr;
    QTableWidget *mTable = nullptr;
    QTextBrowser *mDetail = nullptr;
    QPushButton *mStep = nullptr;
};

} // namespace jy
