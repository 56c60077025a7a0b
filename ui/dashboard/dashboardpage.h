#pragma once
#include "page.h"
#include "stats/dashboarddata.h"

class QChart;
class QComboBox;
class QLabel;
class QSpinBox;
class QThread;

namespace jy {

class Database;
class Session;

// Where a click on a chart leads: the list behind the bar or slice.
struct DashboardTarget
{
    enum class Kind { None, GridResidents, ResidentsOfAge, ResidentsOfType, OrdersOfMonth, OrdersOfCategory, HonorsOfYear, CareOverdue,
                      PartyMembersOfBranch }; // None: not clickable
    Kind kind = Kind::GridResidents;
    qint64 communityId = 0;
    qint64 id = 0;          // grid, category, branch, month (1–12), or the youngest age of a band
    int year = 0;
    QString code;           // honors: the level; residents: the residence type
    int maxAge = -1;        // residents of an age band (-1: open-ended)
};

// The statistics dashboard (Qt Charts): population by age and sex, residence types, residents
// and households by grid, party members by branch and age, volunteer services by month and
// category, hours by team, honors by level and year — for a community or the street and a
// year. Figures are gathered off the UI thread; clicking a bar or slice opens the matching list.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    DashboardPage(Database &db, const Session &session, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

    const DashboardData &data() const { return mData; }
    QChart *chart(const QString &name) const; // by object name, for tests
    bool isLoading() const { return mLoader != nullptr; }

signals:
    void openList(const jy::DashboardTarget &target);
    void loaded();

private:
    QChart *addChart(const QString &name, const QString &title);
    void display();
    void fillBars(QChart *chart, const QList<DashboardBar> &bars, const QString &setName, DashboardTarget::Kind kind,
                  bool horizontal, const QString &secondName = {});
    void fillPie(QChart *chart, const QList<DashboardBar> &slices, DashboardTarget::Kind kind);

    Database &mDb;
    const Session &mSession;
    DashboardData mData;
    QComboBox *mCommunity = nullptr;
    QSpinBox *mYear = nullptr;
    QLabel *mStatus = nullptr;
    QList<QChart *> mCharts;
    QThread *mLoader = nullptr;
    bool mReloadQueued = false;
};

} // namespace jy

Q_DECLARE_METATYPE(jy::DashboardTarget)
