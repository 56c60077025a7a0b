#pragma once
#include <QList>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace jy {

class AuditWindow;
class AutoBackup;
class Database;
class ListCommands;
class Page;
class Session;

// The shell: a sidebar of pages, the menus, the status bar and remembered geometry. Pages do
// the work; this class only switches between them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &db, const Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Edit ▸ Find in list / New record / Print list, acting on the current page (for tests).
    QAction *findAction() const { return mFindAction; }
    QAction *newRecordAction() const { return mNewRecordAction; }
    QAction *printListAction() const { return mPrintListAction; }

    // Automatic backups at start and hourly (the program calls this; tests do not).
    void startAutomaticBackups();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Page *page);
    void showPage(int index);
    void createMenus();
    void saveSettings() const;
    void restoreSettings();
    void about();
    void showReports(int kind); // a ReportDialog::Kind
    void autoBackupSettings();
    void showAuditLog();
    Page *currentPage() const;
    ListCommands *currentList() const;
    void updateListActions();
    void findInList();
    void newRecord();
    void printList();

    Database &mDb;
    const Session &mSession;
    QList<Page *> mPages;
    QSplitter *mSplitter = nullptr;
    QListWidget *mSidebar = nullptr;
    QStackedWidget *mStack = nullptr;
    QLabel *mPageStatus = nullptr;
    QLabel *mBackupWarning = nullptr;
    AutoBackup *mAutoBackup = nullptr;
    QPointer<AuditWindow> mAuditWindow;
    QAction *mFindAction = nullptr;
    QAction *mNewRecordAction = nullptr;
    QAction *mPrintListAction = nullptr;
};

} // namespace jy
