#pragma once
#include "listcommands.h"

#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace jy {

class Database;
class RegisterSource;
class RegisterTableModel;
class Session;

// One register as a tab: filters (community, kind, state, words), the lazy list, the selected
// record's details, and New / Edit / Delete (asked first) / Step… (cases) / Export to .xlsx.
class RegisterTab : public QWidget, public ListCommands
{
    Q_OBJECT

public:
    RegisterTab(Database &db, const Session &session, std::unique_ptr<RegisterSource> source, QWidget *parent = nullptr);
    ~RegisterTab() override;

    RegisterSource &source() const { return *mSource; }
    RegisterTableModel *model() const { return mModel; }
    QString statusText() const;
    void reload(qint64 select = 0);
    qint64 currentId() const;
    void select(qint64 id);
    // Lists the records of one parent (a branch's members) through the owner filter.
    void showOwner(qint64 ownerId);
    // What the list shows (all pages, the filter's order) as a report: for paper and for files.
    ReportDocument document() const;
    // Writes what the list shows (all pages, the filter's order) to an .xlsx or .csv file.
    bool exportTo(const QString &path, QString *message = nullptr);

    // Edit ▸ Find in list / New record / Print list.
    QWidget *searchField() const override;
    bool canCreateRecord() const override;
    void createRecord() override { newRecord(); }
    bool canPrintList() const override { return true; }
    ReportDocument listDocument() const override { return document(); }

signals:
    void statusTextChanged(const QString &text);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void newRecord();
    void fillOwners();
    void editCurrent();
    void deleteCurrent();
    void stepCurrent();
    void actOnCurrent(const QString &key);
    void exportList();
    void printList();
    void updateActions();

    Database &mDb;
    const Session &mSession;
    std::unique_ptr<RegisterSource> mSource;
    RegisterTableModel *mModel = nullptr;
    QTableView *mTable = nullptr;
    QTextBrowser *mDetails = nullptr;
    QComboBox *mCommunity = nullptr;
    QComboBox *mKind = nullptr;
    QComboBox *mOwner = nullptr;
    QComboBox *mState = nullptr;
    QLineEdit *mSearch = nullptr;
    QAction *mNewAction = nullptr;
    QAction *mEditAction = nullptr;
    QAction *mDeleteAction = nullptr;
    QAction *mStepAction = nullptr;
    QToolButton *mMoreButton = nullptr;
};

} // namespace jy
