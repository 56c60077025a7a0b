#include "party/partygovernancepage.h"
#include "party/cobuildingsources.h"
#include "party/governancesources.h"
#include "party/partysources.h"
#include "party/registermodel.h"
#include "party/registersource.h"
#include "party/registertab.h"
#include "reports/reportdialog.h"

#include <QDate>
#include <QMenu>
#include <QToolButton>

#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace jy {

PartyGovernancePage::PartyGovernancePage(Database &db, const Session &session, QWidget *parent)
    : Page(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("PartyGovernancePage"));
    mTabs = new QTabWidget;
    mTabs->setObjectName(QStringLiteral("registers"));
    mTabs->setDocumentMode(true);
    std::vector<std::unique_ptr<RegisterSource>> sources;
    sources.push_back(makeBranchSource(db, session));
    sources.push_back(makeMemberSource(db, session));
    sources.push_back(makeBranchMeetingSource(db, session));
    sources.push_back(makeUnitSource(db, session));
    sources.push_back(makeNeedSource(db, session));
    sources.push_back(makeResourceSource(db, session));
    sources.push_back(makeProjectSource(db, session));
    sources.push_back(makeMeetingSource(db, session));
    sources.push_back(makeMediationSource(db, session));
    sources.push_back(makeAgencySource(db, session));
    sources.push_back(makeActivitySource(db, session));
    sources.push_back(makeMerchantSource(db, session));
    for (auto &source : sources) {
        const QString title = source->title();
        const QString key = source->key();
        auto *tab = new RegisterTab(db, session, std::move(source));
        tab->setObjectName(key);
        mRegisters << tab;
        mLoaded << false;
        mTabs->addTab(tab, title);
        connect(tab, &RegisterTab::statusTextChanged, this, [this, tab](const QString &text) {
            if (mTabs->currentWidget() == tab)
                emit statusTextChanged(text);
        });
        connect(tab, &RegisterTab::message, this, &Page::message);
    }
    connect(mTabs, &QTabWidget::currentChanged, this, &PartyGovernancePage::showTab);

    auto *reports = new QMenu(this);
    reports->addAction(tr("&Five-star branch assessment…"), this, [this] { showReport(int(ReportDialog::Kind::FiveStar)); })
        ->setObjectName(QStringLiteral("fiveStarReport"));
    reports->addAction(tr("&Branch meetings and Party lessons (三会一课)…"), this, [this] { showReport(int(ReportDialog::Kind::PartyMeetings)); })
        ->setObjectName(QStringLiteral("partyMeetingsReport"));
    mReports = new QToolButton;
    mReports->setObjectName(QStringLiteral("reports"));
    mReports->setText(tr("&Reports"));
    mReports->setToolTip(tr("Yearly reports of the party organisation: preview, print, save as PDF or Excel"));
    mReports->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    mReports->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mReports->setPopupMode(QToolButton::InstantPopup);
    mReports->setMenu(reports);
    mTabs->setCornerWidget(mReports, Qt::TopRightCorner);
    connect(mTabs, &QTabWidget::currentChanged, this, &Page::listCommandsChanged);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mTabs);
}

QString PartyGovernancePage::title() const { return tr("Party & governance"); }
QIcon PartyGovernancePage::icon() const { return pageIcon(QStringLiteral("party")); }

QString PartyGovernancePage::statusText() const
{
    const RegisterTab *tab = mRegisters.value(mTabs->currentIndex());
    return tab ? tab->statusText() : QString();
}

void PartyGovernancePage::showReport(int kind)
{
    ReportDialog dialog(mDb, mSession, ReportDialog::Kind(kind), this);
    // Branches are assessed once a year is over: the five-star report starts at the last one.
    if (ReportDialog::Kind(kind) == ReportDialog::Kind::FiveStar) {
        const int last = QDate::currentDate().year() - 1;
        dialog.setYears(last, last);
    }
    dialog.exec();
}

RegisterTab *PartyGovernancePage::tab(int index) const { return mRegisters.value(index); }

ListCommands *PartyGovernancePage::listCommands() { return mRegisters.value(mTabs->currentIndex()); }

void PartyGovernancePage::activate()
{
    // Other pages (residents, the supermarket) may have changed what these registers show.
    for (bool &loaded : mLoaded)
        loaded = false;
    showTab(mTabs->currentIndex());
}

void PartyGovernancePage::showMembersOfBranch(qint64 branchId)
{
    for (int i = 0; i < mRegisters.size(); ++i) {
        if (mRegisters.at(i)->source().key() != QLatin1String("members"))
            continue;
        mTabs->setCurrentIndex(i);
        mRegisters.at(i)->showOwner(branchId);
        return;
    }
}

void PartyGovernancePage::showTab(int index)
{
    RegisterTab *tab = mRegisters.value(index);
    if (!tab)
        return;
    if (!mLoaded.at(index)) {
        tab->reload(tab->currentId());
        mLoaded[index] = true;
    }
    emit statusTextChanged(tab->statusText());
}

} // namespace jy
