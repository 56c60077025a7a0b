#include "mainwindow.h"
#include "accounts/accountmenu.h"
#include "accounts/session.h"
#include "audit/auditwindow.h"
#include "backup/autobackup.h"
#include "backup/autobackupdialog.h"
#include "backup/backupactions.h"
#include "dashboard/dashboardpage.h"
#include "db/database.h"
#include "grids/gridspage.h"
#include "help/manual.h"
#include "honors/honorspage.h"
#include "overview/overviewpage.h"
#include "listcommands.h"
#include "page.h"
#include "party/partygovernancepage.h"
#include "reports/reportdialog.h"
#include "reports/reportpreview.h"
#include "residents/residentspage.h"
#include "settings/settingsdialog.h"
#include "volunteer/orderboard.h"
#include "volunteer/supermarketpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace jy {

MainWindow::MainWindow(Database &db, const Session &session, QWidget *parent)
    : QMainWindow(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Jiayuan — %1").arg(QFileInfo(db.describe()).fileName()));

    mSidebar = new QListWidget;
    mSidebar->setObjectName(QStringLiteral("sidebar"));
    mSidebar->setIconSize(QSize(24, 24));
    mSidebar->setSpacing(2);
    mSidebar->setFrameShape(QFrame::NoFrame);
    mStack = new QStackedWidget;

    mSplitter = new QSplitter(Qt::Horizontal);
    mSplitter->addWidget(mSidebar);
    mSplitter->addWidget(mStack);
    mSplitter->setStretchFactor(1, 1);
    mSplitter->setCollapsible(1, false);
    setCentralWidget(mSplitter);

    addPage(new OverviewPage(db, session));
    auto *residents = new ResidentsPage(db, session);
    auto *supermarket = new SupermarketPage(db, session);
    auto *honors = new HonorsPage(db, session);
    auto *dashboard = new DashboardPage(db, session);
    auto *grids = new GridsPage(db, session);
    addPage(residents);
    addPage(grids);
    auto *party = new PartyGovernancePage(db, session);
    addPage(party);
    addPage(supermarket);
    addPage(honors);
    addPage(dashboard);
    // The sidebar as wide as its longest title, in this font: nothing elided at any scaling.
    int widest = 0;
    for (const Page *p : std::as_const(mPages))
        widest = qMax(widest, mSidebar->fontMetrics().horizontalAdvance(p->title()));
    const int sidebarWidth = widest + mSidebar->iconSize().width() + 36;
    mSidebar->setMinimumWidth(sidebarWidth);
    mSplitter->setSizes({sidebarWidth, 1200});
    connect(grids, &GridsPage::openRoster, this, [this, residents](qint64 communityId, qint64 gridId, qint64 buildingId) {
        residents->showResidents(communityId, gridId, {}, -1, -1, buildingId);
        mSidebar->setCurrentRow(int(mPages.indexOf(residents)));
    });
    connect(honors, &HonorsPage::reportRequested, this, [this] { showReports(int(ReportDialog::Kind::Honors)); });
    // A click on a chart opens the list behind it, on its own page.
    connect(dashboard, &DashboardPage::openList, this, [this, residents, supermarket, honors, grids, party](const DashboardTarget &t) {
        switch (t.kind) {
        case DashboardTarget::Kind::GridResidents:
        case DashboardTarget::Kind::ResidentsOfAge:
        case DashboardTarget::Kind::ResidentsOfType:
            if (t.kind == DashboardTarget::Kind::GridResidents)
                residents->showResidents(t.communityId, t.id);
            else if (t.kind == DashboardTarget::Kind::ResidentsOfAge)
                residents->showResidents(t.communityId, 0, {}, int(t.id), t.maxAge);
            else
                residents->showResidents(t.communityId, 0, t.code);
            mSidebar->setCurrentRow(int(mPages.indexOf(residents)));
            break;
        case DashboardTarget::Kind::OrdersOfMonth:
        case DashboardTarget::Kind::OrdersOfCategory: {
            OrderFilter f;
            f.communityId = t.communityId;
            const bool month = t.kind == DashboardTarget::Kind::OrdersOfMonth;
            if (!month)
                f.categoryId = t.id;
            f.from = QDate(t.year, month ? int(t.id) : 1, 1);
            f.to = month ? f.from.addMonths(1).addDays(-1) : QDate(t.year, 12, 31);
            supermarket->showOrders(f);
            mSidebar->setCurrentRow(int(mPages.indexOf(supermarket)));
            break;
        }
        case DashboardTarget::Kind::CareOverdue:
            grids->showOverdueCare(t.communityId, t.id);
            mSidebar->setCurrentRow(int(mPages.indexOf(grids)));
            break;
        case DashboardTarget::Kind::HonorsOfYear:
            honors->showHonors(t.communityId, t.code, t.year);
            mSidebar->setCurrentRow(int(mPages.indexOf(honors)));
            break;
        case DashboardTarget::Kind::PartyMembersOfBranch:
            party->showMembersOfBranch(t.id);
            mSidebar->setCurrentRow(int(mPages.indexOf(party)));
            break;
        case DashboardTarget::Kind::None:
            break;
        }
    });
    connect(mSidebar, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    mPageStatus = new QLabel;
    // A failed automatic backup stays in sight until one succeeds.
    mBackupWarning = new QLabel;
    mBackupWarning->setObjectName(QStringLiteral("backupWarning"));
    mBackupWarning->setStyleSheet(QStringLiteral("QLabel { color: white; background: #c0392b; padding: 1px 6px; }"));
    mBackupWarning->hide();
    statusBar()->addPermanentWidget(mBackupWarning);
    statusBar()->addPermanentWidget(mPageStatus);
    statusBar()->addPermanentWidget(new QLabel(QDir::toNativeSeparators(db.describe())));

    createMenus();
    // First start: most of the screen; later starts: where the user left it.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize() * 0.85);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::startAutomaticBackups()
{
    if (mAutoBackup || mDb.dialect() != Dialect::SQLite)
        return;
    mAutoBackup = new AutoBackup(mDb, this);
    connect(mAutoBackup, &AutoBackup::backedUp, this, [this](const QString &path) {
        mBackupWarning->hide();
        statusBar()->showMessage(tr("Automatic backup written: %1").arg(QFileInfo(path).fileName()), 10000);
    });
    connect(mAutoBackup, &AutoBackup::failed, this, [this](const QString &message) {
        mBackupWarning->setText(tr("⚠ Automatic backup failed"));
        mBackupWarning->setToolTip(message);
        mBackupWarning->show();
        statusBar()->showMessage(tr("Automatic backup failed: %1").arg(message), 30000);
    });
    mAutoBackup->start();
}

void MainWindow::autoBackupSettings()
{
    AutoBackupDialog dialog(mDb.settings().path, this);
    if (dialog.exec() == QDialog::Accepted && mAutoBackup)
        mAutoBackup->check(); // a shorter interval may make one due now
}

void MainWindow::showAuditLog()
{
    if (!mSession.can(Permission::ViewAuditLog))
        return;
    if (!mAuditWindow) {
        mAuditWindow = new AuditWindow(mDb, mSession, this);
        mAuditWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    mAuditWindow->show();
    mAuditWindow->raise();
    mAuditWindow->activateWindow();
}

void MainWindow::addPage(Page *page)
{
    mPages << page;
    // Each page in a scroll area: at 150 % or 200 % scaling a laptop screen is ~1280×720 logical
    // pixels, less than the widest page needs; the page then scrolls instead of the window growing
    // past the screen (and the stack's minimum is no longer the widest page's).
    auto *scroll = new QScrollArea;
    scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    mStack->addWidget(scroll);
    auto *item = new QListWidgetItem(page->icon(), page->title(), mSidebar);
    item->setSizeHint(QSize(0, 40));
    connect(page, &Page::statusTextChanged, this, [this, page](const QString &text) {
        if (currentPage() == page)
            mPageStatus->setText(text);
    });
    connect(page, &Page::message, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(page, &Page::listCommandsChanged, this, [this, page] {
        if (currentPage() == page)
            updateListActions();
    });
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= mPages.size())
        return;
    Page *page = mPages.at(index);
    page->activate();
    mStack->setCurrentIndex(index);
    mPageStatus->setText(page->statusText());
    updateListActions();
}

Page *MainWindow::currentPage() const
{
    return mPages.value(mStack->currentIndex());
}

ListCommands *MainWindow::currentList() const
{
    Page *page = currentPage();
    return page ? page->listCommands() : nullptr;
}

void MainWindow::updateListActions()
{
    if (!mFindAction)
        return; // pages are being added; the menus come next
    const ListCommands *list = currentList();
    mFindAction->setEnabled(list && list->searchField());
    mNewRecordAction->setEnabled(list && list->canCreateRecord());
    mPrintListAction->setEnabled(list && list->canPrintList());
}

void MainWindow::findInList()
{
    const ListCommands *list = currentList();
    QWidget *field = list ? list->searchField() : nullptr;
    if (!field)
        return;
    field->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

void MainWindow::newRecord()
{
    updateListActions(); // a selection or a permission may have changed since the page was shown
    if (ListCommands *list = currentList(); list && list->canCreateRecord())
        list->createRecord();
}

void MainWindow::printList()
{
    updateListActions();
    if (const ListCommands *list = currentList(); list && list->canPrintList())
        ReportPreview::show(list->listDocument(), this);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *reports = file->addAction(tr("&Reports…"), this, [this] { showReports(int(ReportDialog::Kind::Statistics)); });
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    file->addSeparator();
    file->addAction(tr("&Back up the database…"), this, [this] { BackupActions::backup(this, mDb); });
    QAction *restore = file->addAction(tr("R&estore from a backup…"), this, [this] { BackupActions::restore(this, mDb); });
    restore->setEnabled(mDb.dialect() == Dialect::SQLite);
    QAction *automatic = file->addAction(tr("&Automatic backup settings…"), this, &MainWindow::autoBackupSettings);
    automatic->setEnabled(mDb.dialect() == Dialect::SQLite);
    file->addSeparator();
    // Only administrators read the log; other roles do not see the entry at all.
    QAction *audit = file->addAction(tr("A&udit log…"), this, &MainWindow::showAuditLog);
    audit->setObjectName(QStringLiteral("auditLogAction"));
    audit->setVisible(mSession.can(Permission::ViewAuditLog));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);

    // One set of list commands for every page: each page (or its current tab) says what it can do.
    // "List", not "Edit": Alt+E is the pages' own Edit… button (编辑(E)), Alt+L is free everywhere.
    QMenu *edit = menuBar()->addMenu(tr("&List"));
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::updateListActions);
    mFindAction = edit->addAction(tr("&Find in list"), this, &MainWindow::findInList);
    mFindAction->setObjectName(QStringLiteral("findInListAction"));
    mFindAction->setShortcut(QKeySequence::Find);
    mFindAction->setToolTip(tr("Go to the search field of the list on this page (Ctrl+F)"));
    mNewRecordAction = edit->addAction(tr("&New record…"), this, &MainWindow::newRecord);
    mNewRecordAction->setObjectName(QStringLiteral("newRecordAction"));
    mNewRecordAction->setShortcut(QKeySequence::New);
    mNewRecordAction->setToolTip(tr("Start a new record in the list on this page (Ctrl+N)"));
    edit->addSeparator();
    mPrintListAction = edit->addAction(tr("&Print list…"), this, &MainWindow::printList);
    mPrintListAction->setObjectName(QStringLiteral("printListAction"));
    mPrintListAction->setShortcut(QKeySequence::Print);
    mPrintListAction->setToolTip(tr("Print the list on this page as it is filtered and sorted (Ctrl+P)"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < mPages.size(); ++i) {
        QAction *go = view->addAction(mPages.at(i)->icon(), mPages.at(i)->title(), this, [this, i] { mSidebar->setCurrentRow(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *refresh = view->addAction(tr("&Refresh"), this, [this] { showPage(mSidebar->currentRow()); });
    refresh->setShortcut(QKeySequence::Refresh);

    AccountMenu::install(this, mDb, mSession);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *settings = tools->addAction(tr("&Settings…"), this, [this] {
        SettingsDialog dialog(mDb.describe(), this);
        dialog.exec();
    });
    settings->setShortcut(QKeySequence::Preferences);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("&User Manual"), this, [this] { openManual(this); });
    manual->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Jiayuan"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Jiayuan"),
                       tr("<h3>Jiayuan %1</h3>"
                          "<p>The workstation of a community office: residents and households, grids, "
                          "party members and volunteer services.</p>"
                          "<p>Database: %2</p>")
                           .arg(QApplication::applicationVersion(), QDir::toNativeSeparators(mDb.describe()).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("splitter"), mSplitter->saveState());
    settings.setValue(QStringLiteral("page"), mSidebar->currentRow());
    settings.endGroup();
    for (const Page *page : mPages) {
        settings.beginGroup(page->objectName());
        page->saveSettings(settings);
        settings.endGroup();
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    mSplitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const int page = settings.value(QStringLiteral("page"), 0).toInt();
    settings.endGroup();
    for (Page *p : mPages) {
        settings.beginGroup(p->objectName());
        p->restoreSettings(settings);
        settings.endGroup();
    }
    mSidebar->setCurrentRow(page >= 0 && page < mPages.size() ? page : 0);
}

void MainWindow::showReports(int kind)
{
    ReportDialog dialog(mDb, mSession, ReportDialog::Kind(kind), this);
    dialog.exec();
}

} // namespace jy
