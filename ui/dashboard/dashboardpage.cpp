#include "dashboard/dashboardpage.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "honors/honor.h"
#include "residents/residentcodes.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>
#include <algorithm>
#include <memory>

namespace jy {

DashboardPage::DashboardPage(Database &db, const Session &session, QWidget *parent)
    : Page(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("DashboardPage"));
    mCommunity = new QComboBox;
    mCommunity->setObjectName(QStringLiteral("community"));
    // An account of one community sees its own figures only (DashboardData::collect checks it too).
    if (session.unrestricted())
        mCommunity->addItem(tr("All communities"), 0);
    for (const auto &[id, name] : Scope::readableCommunities(db, session))
        mCommunity->addItem(name, id);
    mYear = new QSpinBox;
    mYear->setObjectName(QStringLiteral("year"));
    mYear->setRange(2000, QDate::currentDate().year());
    mYear->setValue(QDate::currentDate().year());
    mStatus = new QLabel;

    auto *filters = new QHBoxLayout;
    auto *communityLabel = new QLabel(tr("&Community:"));
    communityLabel->setBuddy(mCommunity);
    auto *yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(mYear);
    filters->addWidget(communityLabel);
    filters->addWidget(mCommunity);
    filters->addWidget(yearLabel);
    filters->addWidget(mYear);
    filters->addStretch();
    filters->addWidget(mStatus);

    auto *grid = new QGridLayout;
    auto *charts = new QWidget;
    charts->setLayout(grid);
    mCharts << addChart(QStringLiteral("age"), tr("Residents by age and sex (click: the residents)"))
            << addChart(QStringLiteral("residence"), tr("Residence types (click: the residents)"))
            << addChart(QStringLiteral("grids"), tr("Residents and households by grid (click: the grid's residents)"))
            << addChart(QStringLiteral("careOverdue"), tr("Care visits overdue by grid, today (click: the list)"))
            << addChart(QStringLiteral("branches"), tr("Party members by branch (click: the branch's members)"))
            << addChart(QStringLiteral("partyAge"), tr("Party members by age"))
            << addChart(QStringLiteral("months"), tr("Volunteer services by month (click: the month's orders)"))
            << addChart(QStringLiteral("categories"), tr("Volunteer services by category (click: the orders)"))
            << addChart(QStringLiteral("teams"), tr("Service hours by team"))
            << addChart(QStringLiteral("honors"), tr("Honors by level and year (click: the honors)"))
            << addChart(QStringLiteral("governance"), tr("Party and governance work in the year"));
    for (int i = 0; i < mCharts.size(); ++i) {
        auto *view = new QChartView(mCharts.at(i));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(440, 300);
        // Two columns: Chinese axis labels need the width; three would cut them to "…".
        grid->addWidget(view, i / 2, i % 2);
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(filters);
    layout->addWidget(scroll, 1);
    connect(mCommunity, &QComboBox::currentIndexChanged, this, &DashboardPage::activate);
    connect(mYear, &QSpinBox::valueChanged, this, &DashboardPage::activate);
}

DashboardPage::~DashboardPage()
{
    if (mLoader)
        mLoader->wait(); // it reads through mDb
}

QString DashboardPage::title() const { return tr("Statistics"); }
QIcon DashboardPage::icon() const { return pageIcon(QStringLiteral("statistics")); }

QChart *DashboardPage::addChart(const QString &name, const QString &title)
{
    auto *chart = new QChart;
    chart->setObjectName(name);
    chart->setTitle(title);
    // Qt Charts' themes pick Arial; the application's CJK font keeps Han glyphs Chinese.
    chart->setTitleFont(font());
    chart->legend()->setFont(font());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    return chart;
}

QChart *DashboardPage::chart(const QString &name) const
{
    for (QChart *c : mCharts)
        if (c->objectName() == name)
            return c;
    return nullptr;
}

void DashboardPage::activate()
{
    if (mLoader) {
        mReloadQueued = true;
        return;
    }
    auto result = std::make_shared<DashboardData>();
    auto error = std::make_shared<QString>();
    const qint64 community = mCommunity->currentData().toLongLong();
    const int year = mYear->value();
    Database &db = mDb;
    const Session session = mSession;
    mLoader = QThread::create([&db, session, community, year, result, error] {
        try {
            const Result<DashboardData> collected = DashboardData::collect(db, session, community, year);
            if (collected)
                *result = collected.value();
            else
                *error = collected.errorText();
        } catch (const DbError &e) {
            *error = e.message();
        }
        db.releaseThreadConnection();
    });
    mLoader->setParent(this);
    connect(mLoader, &QThread::finished, this, [this, result, error] {
        mLoader->deleteLater();
        mLoader = nullptr;
        if (!error->isEmpty()) {
            mStatus->setText(*error);
        } else {
            mData = *result;
            display();
        }
        if (mReloadQueued) {
            mReloadQueued = false;
            activate();
        } else {
            emit loaded();
        }
    });
    mStatus->setText(tr("Counting…"));
    mLoader->start();
}

void DashboardPage::fillBars(QChart *chart, const QList<DashboardBar> &input, const QString &setName, DashboardTarget::Kind kind,
                             bool horizontal, const QString &secondName)
{
    QList<DashboardBar> bars = input;
    if (horizontal)
        std::reverse(bars.begin(), bars.end()); // horizontal bars draw the first category at the bottom
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    auto *first = new QBarSet(setName);
    QBarSet *second = secondName.isEmpty() ? nullptr : new QBarSet(secondName);
    QStringList labels;
    double top = 0;
    for (const DashboardBar &b : bars) {
        *first << b.value;
        if (second)
            *second << b.second;
        labels << b.label;
        top = std::max({top, b.value, b.second});
    }
    series->append(first);
    if (second)
        series->append(second);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setLabelsFont(font());
    categories->setTruncateLabels(false); // short Chinese names were cut to "…" 
    auto *values = new QValueAxis;
    values->setRange(0, top > 0 ? top * 1.05 : 1);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%d"));
    values->setLabelsFont(font());
    const bool longLabels = std::any_of(labels.cbegin(), labels.cend(), [](const QString &l) { return l.size() > 3; });
    if (!horizontal && labels.size() > 6 && longLabels)
        categories->setLabelsAngle(-40); // grid names are longer than a bar is wide
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setVisible(second != nullptr);
    if (kind != DashboardTarget::Kind::None) {
        const QList<DashboardBar> copy = bars;
        const qint64 community = mData.communityId;
        const int year = mData.year;
        const auto open = [this, copy, kind, community, year](int index) {
            if (index >= 0 && index < copy.size())
                emit openList({kind, community, copy.at(index).id, year, copy.at(index).code, copy.at(index).maxAge});
        };
        connect(first, &QBarSet::clicked, this, open);
        if (second)
            connect(second, &QBarSet::clicked, this, open);
    }
}

void DashboardPage::fillPie(QChart *chart, const QList<DashboardBar> &slices, DashboardTarget::Kind kind)
{
    chart->removeAllSeries();
    auto *series = new QPieSeries;
    double total = 0;
    for (const DashboardBar &s : slices)
        total += s.value;
    for (const DashboardBar &s : slices) {
        if (s.value <= 0)
            continue;
        QPieSlice *slice = series->append(tr("%1 %2%").arg(s.label).arg(qRound(100 * s.value / std::max(total, 1.0))), s.value);
        if (kind != DashboardTarget::Kind::None) {
            const DashboardTarget target{kind, mData.communityId, s.id, mData.year, s.code, -1};
            connect(slice, &QPieSlice::clicked, this, [this, target] { emit openList(target); });
        }
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setVisible(true);
}

void DashboardPage::display()
{
    const DashboardData &d = mData;
    // Age and sex: men and women side by side per band.
    QList<DashboardBar> ages;
    for (const PopulationProfile::AgeBand &band : d.population.ageBands)
        ages.append({band.minAge, band.maxAge < 0 ? tr("%1+").arg(band.minAge) : tr("%1–%2").arg(band.minAge).arg(band.maxAge),
                     double(band.male), double(band.female), {}, band.maxAge});
    fillBars(chart(QStringLiteral("age")), ages, tr("men"), DashboardTarget::Kind::ResidentsOfAge, true, tr("women"));
    QList<DashboardBar> residence;
    for (auto it = d.population.residenceTypes.cbegin(); it != d.population.residenceTypes.cend(); ++it)
        residence.append({0, ResidentCodes::residenceTypeLabel(it.key()), double(it.value()), 0, it.key()});
    fillPie(chart(QStringLiteral("residence")), residence, DashboardTarget::Kind::ResidentsOfType);
    fillBars(chart(QStringLiteral("grids")), d.byGrid, tr("residents"), DashboardTarget::Kind::GridResidents, false, tr("households"));
    fillBars(chart(QStringLiteral("careOverdue")), d.careOverdueByGrid, tr("overdue"), DashboardTarget::Kind::CareOverdue, false);
    fillBars(chart(QStringLiteral("branches")), d.partyByBranch, tr("party members"), DashboardTarget::Kind::PartyMembersOfBranch, true);
    fillPie(chart(QStringLiteral("partyAge")), d.partyByAge, DashboardTarget::Kind::None);
    fillBars(chart(QStringLiteral("months")), d.ordersByMonth, tr("services"), DashboardTarget::Kind::OrdersOfMonth, false);
    fillPie(chart(QStringLiteral("categories")), d.ordersByCategory, DashboardTarget::Kind::OrdersOfCategory);
    fillBars(chart(QStringLiteral("teams")), d.hoursByTeam.mid(0, 10), tr("hours"), DashboardTarget::Kind::None, true);
    fillBars(chart(QStringLiteral("governance")), d.governanceOfYear, tr("held or opened"), DashboardTarget::Kind::None, true);

    // Honors: a stacked bar per year, a set per level; a click opens that level's honors of the year.
    QChart *honors = chart(QStringLiteral("honors"));
    honors->removeAllSeries();
    for (QAbstractAxis *axis : honors->axes())
        honors->removeAxis(axis);
    auto *stacked = new QStackedBarSeries;
    QStringList years;
    for (auto it = d.honorsByYearAndLevel.cbegin(); it != d.honorsByYearAndLevel.cend(); ++it)
        years << QString::number(it.key());
    int top = 0;
    for (auto it = d.honorsByYearAndLevel.cbegin(); it != d.honorsByYearAndLevel.cend(); ++it) {
        int sum = 0;
        for (int n : it.value())
            sum += n;
        top = std::max(top, sum);
    }
    for (const QString &level : honor_level::all()) {
        auto *set = new QBarSet(honor_level::name(level));
        for (auto it = d.honorsByYearAndLevel.cbegin(); it != d.honorsByYearAndLevel.cend(); ++it)
            *set << it.value().value(level);
        const QStringList keys = years;
        const qint64 community = d.communityId;
        connect(set, &QBarSet::clicked, this, [this, keys, level, community](int index) {
            if (index >= 0 && index < keys.size())
                emit openList({DashboardTarget::Kind::HonorsOfYear, community, 0, keys.at(index).toInt(), level, -1});
        });
        stacked->append(set);
    }
    honors->addSeries(stacked);
    auto *yearAxis = new QBarCategoryAxis;
    yearAxis->append(years);
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, std::max(top, 1) + 1);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    honors->addAxis(yearAxis, Qt::AlignBottom);
    honors->addAxis(countAxis, Qt::AlignLeft);
    stacked->attachAxis(yearAxis);
    stacked->attachAxis(countAxis);
    honors->legend()->setVisible(true);
    honors->legend()->setAlignment(Qt::AlignRight);

    mStatus->setText(tr("%1, %2").arg(mCommunity->currentText()).arg(d.year));
}

} // namespace jy
