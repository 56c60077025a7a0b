#pragma once
#include "page.h"

#include <QList>

class QTabWidget;
class QToolButton;

namespace jy {

class Database;
class RegisterTab;
class Session;

// 党建与治理: the party organisation, co-building and governance registers, a tab each. A tab
// reads its register when it is first shown, and again whenever the page is shown.
class PartyGovernancePage : public Page
{
    Q_OBJECT

public:
    PartyGovernancePage(Database &db, const Session &session, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString statusText() const override;
    void activate() override;
    ListCommands *listCommands() override; // the current register tab

    QTabWidget *tabs() const { return mTabs; }
    // The yearly reports of the party organisation (五星支部, 三会一课), in a menu beside the tabs.
    QToolButton *reportsButton() const { return mReports; }
    RegisterTab *tab(int index) const;
    // The members tab, listing one branch's members (from the dashboard's chart).
    void showMembersOfBranch(qint64 branchId);
    int tabCount() const { return int(mRegisters.size()); }

private:
    void showTab(int index);
    void showReport(int kind);

    Database &mDb;
    const Session &mSession;
    QTabWidget *mTabs = nullptr;
    QToolButton *mReports = nullptr;
    QList<RegisterTab *> mRegisters;
    QList<bool> mLoaded;
};

} // namespace jy
