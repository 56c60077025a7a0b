#include "overview/overviewpage.h"
#include "accounts/scope.h"
#include "db/dberror.h"
#include "residents/residentcodes.h"
#include "stats/populationprofile.h"
#include "stats/statistics.h"
#include "tags/tagstore.h"

#include "db/database.h"

#include <QApplication>
#include <QThread>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace jy {

// What the worker thread hands to the page.
struct OverviewData
{
    Statistics stats;
    PopulationProfile profile;
    QList<Tag> tags;
    QString error;
};

namespace {
constexpr int kMaxTagsShown = 10;
} // namespace

OverviewPage::OverviewPage(Database &db, const Session &session, QWidget *parent)
    : Page(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("OverviewPage"));

    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(12);
    const QStringList captions = {tr("Communities"), tr("Grids"), tr("Buildings"),
                                  tr("Households"), tr("Residents"), tr("Party members")};
    for (const QString &caption : captions) {
        QLabel *value = nullptr;
        tiles->addWidget(makeTile(caption, value));
        mTileValues << value;
    }

    mAsOf = new QLabel;
    mAsOf->setForegroundRole(QPalette::PlaceholderText);
    mEmptyHint = new QLabel(tr("The database has no residents yet. Add them on the Residents page, "
                               "or create demo data with \"jiayuan-cli demo\"."));
    mEmptyHint->setWordWrap(true);
    mEmptyHint->hide();

    mAgeChart = makeChart(tr("Residents by age and sex"));
    mResidenceChart = makeChart(tr("Residence types"));
    mTagChart = makeChart(tr("Residents by tag"));
    auto *charts = new QGridLayout;
    charts->setSpacing(12);
    charts->addWidget(new QChartView(mAgeChart), 0, 0, 2, 1);
    charts->addWidget(new QChartView(mResidenceChart), 0, 1);
    charts->addWidget(new QChartView(mTagChart), 1, 1);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);
    charts->setRowStretch(0, 2);
    charts->setRowStretch(1, 3); // the tag bars need the height for their names
    for (auto *view : findChildren<QChartView *>())
        view->setRenderHint(QPainter::Antialiasing);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 8);
    layout->setSpacing(12);
    layout->addLayout(tiles);
    layout->addWidget(mEmptyHint);
    layout->addLayout(charts, 1);
    layout->addWidget(mAsOf, 0, Qt::AlignRight);
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QIcon OverviewPage::icon() const
{
    return pageIcon(QStringLiteral("overview"));
}

QWidget *OverviewPage::makeTile(const QString &caption, QLabel *&value)
{
    auto *tile = new QFrame;
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setAutoFillBackground(true);
    tile->setBackgroundRole(QPalette::Base);
    value = new QLabel(QStringLiteral("—"));
    value->setObjectName(QStringLiteral("tileValue"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    value->setFont(big);
    value->setForegroundRole(QPalette::Link);
    auto *label = new QLabel(caption);
    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->addWidget(value);
    layout->addWidget(label);
    return tile;
}

QChart *OverviewPage::makeChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    // Qt Charts' themes pick Arial; the application's CJK font keeps Han glyphs Chinese.
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    chart->legend()->setFont(font());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void OverviewPage::styleAxes(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes())
        axis->setLabelsFont(font());
}

OverviewPage::~OverviewPage()
{
    if (mLoader)
        mLoader->wait(); // it reads through mDb, which outlives this page only until then
}

void OverviewPage::activate()
{
    if (mLoader) {
        mReloadQueued = true;
        return;
    }
    auto loaded = std::make_shared<OverviewData>();
    Database &db = mDb;
    const Session &session = mSession;
    mLoader = QThread::create([&db, &session, loaded] {
        try {
            // An account of one community sees its community's figures (a grid worker: their grids').
            const qint64 community = Scope::homeCommunity(db, session);
            loaded->stats = Statistics::collect(db, community);
            loaded->profile = PopulationProfile::collect(db, QDate::currentDate(), community);
            loaded->tags = TagStore(db, session).all(true);
        } catch (const DbError &error) {
            loaded->error = error.message();
        }
        db.releaseThreadConnection();
    });
    mLoader->setParent(this);
    connect(mLoader, &QThread::finished, this, [this, loaded] {
        mLoader->deleteLater();
        mLoader = nullptr;
        display(*loaded);
        if (mReloadQueued) {
            mReloadQueued = false;
            activate();
        }
    });
    mAsOf->setText(tr("Counting…"));
    mLoader->start();
}

void OverviewPage::display(const OverviewData &loaded)
{
    if (!loaded.error.isEmpty()) {
        mAsOf->clear();
        emit message(loaded.error);
        return;
    }
    const Statistics &s = loaded.stats;
    const QList<int> values = {s.communities, s.grids, s.buildings, s.households, s.residents, s.partyMembers};
    const QLocale locale;
    for (int i = 0; i < values.size(); ++i)
        mTileValues.at(i)->setText(locale.toString(values.at(i)));
    mEmptyHint->setVisible(s.residents == 0);
    fillAgeChart(loaded.profile);
    fillResidenceChart(loaded.profile);
    fillTagChart(loaded.tags);
    mAsOf->setText(tr("As of %1").arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
}

void OverviewPage::fillAgeChart(const PopulationProfile &profile)
{
    mAgeChart->removeAllSeries();
    for (QAbstractAxis *axis : mAgeChart->axes())
        mAgeChart->removeAxis(axis);

    auto *male = new QBarSet(ResidentCodes::sexLabel(QStringLiteral("M")));
    auto *female = new QBarSet(ResidentCodes::sexLabel(QStringLiteral("F")));
    QStringList bands;
    int most = 0;
    for (const PopulationProfile::AgeBand &band : profile.ageBands) {
        bands << (band.maxAge < 0 ? tr("%1+").arg(band.minAge) : tr("%1–%2").arg(band.minAge).arg(band.maxAge));
        *male << band.male;
        *female << band.female;
        most = std::max(most, band.male + band.female);
    }
    auto *series = new QStackedBarSeries;
    series->append(male);
    series->append(female);
    mAgeChart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(bands);
    x->setTitleText(tr("Age"));
    auto *y = new QValueAxis;
    y->setRange(0, std::max(10, most));
    y->setLabelFormat(QStringLiteral("%d"));
    y->applyNiceNumbers();
    mAgeChart->addAxis(x, Qt::AlignBottom);
    mAgeChart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    x->setTitleFont(font());
    styleAxes(mAgeChart);
}

void OverviewPage::fillResidenceChart(const PopulationProfile &profile)
{
    mResidenceChart->removeAllSeries();
    auto *series = new QPieSeries;
    const QLocale locale;
    for (const QString &code : ResidentCodes::residenceTypes()) {
        const int n = profile.residenceTypes.value(code);
        if (n == 0)
            continue;
        // In the legend rather than on the slices: small slices' labels would overlap.
        series->append(tr("%1 %2 (%3%)")
                           .arg(ResidentCodes::residenceTypeLabel(code), locale.toString(n))
                           .arg(qRound(100.0 * n / std::max(1, profile.residents))), // whole percents: the legend is narrow
                       n);
    }
    series->setPieSize(0.8);
    mResidenceChart->addSeries(series);
    mResidenceChart->legend()->setAlignment(Qt::AlignRight);
    mResidenceChart->legend()->setFont(font());
}

void OverviewPage::fillTagChart(QList<Tag> tags)
{
    std::stable_sort(tags.begin(), tags.end(), [](const Tag &a, const Tag &b) { return a.residents > b.residents; });
    if (tags.size() > kMaxTagsShown)
        tags = tags.mid(0, kMaxTagsShown);
    std::reverse(tags.begin(), tags.end()); // horizontal bars draw the first category at the bottom

    mTagChart->removeAllSeries();
    for (QAbstractAxis *axis : mTagChart->axes())
        mTagChart->removeAxis(axis);
    auto *set = new QBarSet(tr("Residents"));
    QStringList names;
    int most = 0;
    for (const Tag &tag : tags) {
        names << tag.name;
        *set << tag.residents;
        most = std::max(most, tag.residents);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    mTagChart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(names);
    y->setTruncateLabels(false); // short tag names were cut to "…" on a small chart
    auto *x = new QValueAxis;
    x->setRange(0, std::max(10, most * 115 / 100)); // room for the value labels
    x->setLabelFormat(QStringLiteral("%d"));
    x->applyNiceNumbers();
    mTagChart->addAxis(y, Qt::AlignLeft);
    mTagChart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    mTagChart->legend()->hide();
    styleAxes(mTagChart);
}

} // namespace jy
