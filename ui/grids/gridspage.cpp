#include "grids/gridspage.h"
#include "db/database.h"
#include "grids/careplans.h"
#include "grids/careview.h"
#include "grids/gridboard.h"
#include "grids/gridincident.h"
#include "grids/gridperformance.h"
#include "grids/gridstaffview.h"
#include "grids/incidentsview.h"
#include "grids/mapeditor.h"
#include "grids/patrolsview.h"
#include "places/placestore.h"
#include "reports/reportpreview.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace jy {

GridsPage::GridsPage(Database &db, const Session &session, QWidget *parent) : Page(parent), mDb(db), mSession(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    mCommunity = new QComboBox;
    mCommunity->setObjectName(QStringLiteral("gridCommunity"));
    auto *communityLabel = new QLabel(tr("&Community:"));
    communityLabel->setBuddy(mCommunity);
    auto *print = new QPushButton(tr("&Print"));
    print->setObjectName(QStringLiteral("gridPrint"));
    auto *menu = new QMenu(print);
    menu->addAction(tr("Grid notice boards…"), this, &GridsPage::printBoards);
    menu->addAction(tr("Save the notice boards as PDF…"), this, &GridsPage::saveBoards);
    menu->addAction(tr("Weekly bulletin…"), this, &GridsPage::printBulletin);
    menu->addAction(tr("Monthly ranking…"), this, &GridsPage::printRanking);
    menu->addSeparator();
    menu->addAction(tr("The map as a poster…"), this, [this] { mMap->printPoster(); });
    print->setMenu(menu);
    bar->addWidget(communityLabel);
    bar->addWidget(mCommunity);
    bar->addStretch(1);
    bar->addWidget(print);
    layout->addLayout(bar);

    mTabs = new QTabWidget;
    mMap = new GridMapEditor(db, session);
    mPatrols = new PatrolsView(db, session);
    mIncidents = new IncidentsView(db, session);
    mCare = new CareView(db, session);
    mStaff = new GridStaffView(db, session);
    mTabs->addTab(mMap, tr("&Map"));
    mTabs->addTab(mPatrols, tr("Pa&trols"));
    mTabs->addTab(mIncidents, tr("&Incidents"));
    mTabs->addTab(mCare, tr("Care &visits"));
    mTabs->addTab(mStaff, tr("Grid &staff"));
    layout->addWidget(mTabs, 1);

    connect(mCommunity, &QComboBox::currentIndexChanged, this, [this] { setCommunity(mCommunity->currentData().toLongLong()); });
    connect(mMap, &GridMapEditor::openRoster, this, &GridsPage::openRoster);
    connect(mTabs, &QTabWidget::currentChanged, this, &Page::listCommandsChanged);
    for (QObject *view : {static_cast<QObject *>(mMap), static_cast<QObject *>(mPatrols), static_cast<QObject *>(mIncidents),
                          static_cast<QObject *>(mCare), static_cast<QObject *>(mStaff)})
        connect(view, SIGNAL(message(QString)), this, SIGNAL(message(QString)));
    // A patrol may have reported an incident; a visit changes the overdue count.
    connect(mPatrols, &PatrolsView::changed, this, [this] {
        mIncidents->reload();
        emit statusTextChanged(statusText());
    });
    connect(mIncidents, &IncidentsView::changed, this, [this] {
        mPatrols->reload();
        emit statusTextChanged(statusText());
    });
    connect(mCare, &CareView::changed, this, [this] {
        mMap->reload();
        emit statusTextChanged(statusText());
    });
    loadCommunities();
}

QString GridsPage::title() const { return tr("Grids"); }

QIcon GridsPage::icon() const { return pageIcon(QStringLiteral("grids")); }

QString GridsPage::statusText() const
{
    const qint64 community = mCommunity->currentData().toLongLong();
    const QMap<QString, int> incidents = IncidentService::countByState(mDb, community);
    const int open = incidents.value(QStringLiteral("reported")) + incidents.value(QStringLiteral("accepted"))
                     + incidents.value(QStringLiteral("in_progress"));
    return tr("%1 open incidents, %2 care visits overdue").arg(open).arg(CarePlans::countOverdue(mDb, QDate::currentDate(), community));
}

void GridsPage::activate()
{
    const qint64 current = mCommunity->currentData().toLongLong();
    loadCommunities();
    if (current && current == mCommunity->currentData().toLongLong()) {
        mMap->reload();
        mPatrols->reload();
        mIncidents->reload();
        mCare->reload();
    }
}

void GridsPage::loadCommunities()
{
    const qint64 current = mCommunity->currentData().toLongLong();
    const QSignalBlocker block(mCommunity);
    mCommunity->clear();
    for (const Place &c : PlaceStore(mDb).communities())
        mCommunity->addItem(c.name, c.id);
    const int index = mCommunity->findData(current);
    mCommunity->setCurrentIndex(index >= 0 ? index : 0);
    if (mCommunity->currentData().toLongLong() != current)
        setCommunity(mCommunity->currentData().toLongLong());
}

void GridsPage::setCommunity(qint64 communityId)
{
    const int index = mCommunity->findData(communityId);
    if (index >= 0 && index != mCommunity->currentIndex()) {
        mCommunity->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    mMap->setCommunity(communityId);
    mPatrols->setCommunity(communityId);
    mIncidents->setCommunity(communityId);
    mCare->setCommunity(communityId);
    mStaff->setCommunity(communityId);
    emit statusTextChanged(statusText());
}

void GridsPage::showOverdueCare(qint64 communityId, qint64 gridId)
{
    if (communityId)
        setCommunity(communityId);
    mTabs->setCurrentWidget(mCare);
    mCare->showOverdue(gridId);
}

void GridsPage::printBoards()
{
    const QList<GridBoardCard> cards = GridBoard::cards(mDb, mCommunity->currentData().toLongLong());
    QPrinter printer(QPrinter::HighResolution);
    GridBoard::preparePage(&printer);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Grid notice boards"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [cards](QPrinter *p) { GridBoard::paint(cards, QDate::currentDate(), p); });
    preview.resize(900, 900);
    preview.exec();
}

void GridsPage::saveBoards()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the notice boards as PDF"),
                                                      tr("%1 grid notice boards").arg(mCommunity->currentText()) + QStringLiteral(".pdf"),
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Result<int> pages = GridBoard::writePdf(GridBoard::cards(mDb, mCommunity->currentData().toLongLong()), QDate::currentDate(), path);
    if (!pages) {
        QMessageBox::warning(this, tr("Save the notice boards as PDF"), pages.errorText());
        return;
    }
    emit message(tr("%n page(s) saved to %1.", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)));
}

void GridsPage::printBulletin()
{
    ReportPreview::show(GridPerformance::weeklyBulletin(mDb, mCommunity->currentData().toLongLong(), QDate::currentDate()), this);
}

void GridsPage::printRanking()
{
    // Last month by default: the ranking is made once a month is over.
    const QDate last = QDate::currentDate().addMonths(-1);
    QStringList months;
    for (int i = 0; i < 12; ++i) {
        const QDate m = last.addMonths(-i);
        months << tr("%1-%2").arg(m.year()).arg(m.month(), 2, 10, QLatin1Char('0'));
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Monthly ranking"), tr("Month:"), months, 0, false, &ok);
    if (!ok)
        return;
    const QDate month = last.addMonths(-int(months.indexOf(chosen)));
    ReportPreview::show(GridPerformance::monthlyRanking(mDb, mCommunity->currentData().toLongLong(), month.year(), month.month()), this);
}

ListCommands *GridsPage::listCommands()
{
    return dynamic_cast<ListCommands *>(mTabs->currentWidget());
}

} // namespace jy
