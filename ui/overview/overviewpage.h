#pragma once
#include "page.h"

#include <QList>
#include <memory>

class QChart;
class QLabel;
class QThread;

namespace jy {

class Database;
class Session;
struct OverviewData;
struct Tag;
struct PopulationProfile;

// The first page: headline counts of the database as tiles, and the population at a glance
// (age and sex, residence types, care and work tags) as charts. The numbers are gathered on a
// worker thread: over a street of 200,000 residents that takes about half a second.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    OverviewPage(Database &db, const Session &session, QWidget *parent = nullptr);
    ~OverviewPage() override;

    QString title() const override;
    QIcon icon() const override;
    void activate() override;

private:
    void display(const OverviewData &loaded);
    QWidget *makeTile(const QString &caption, QLabel *&value);
    QChart *makeChart(const QString &title);
    void styleAxes(QChart *chart);
    void fillAgeChart(const PopulationProfile &profile);
    void fillResidenceChart(const PopulationProfile &profile);
    void fillTagChart(QList<Tag> tags);

    Database &mDb;
    const Session &mSession;
    QList<QLabel *> mTileValues; // communities, grids, buildings, households, residents, party members
    QLabel *mAsOf = nullptr;
    QLabel *mEmptyHint = nullptr;
    QChart *mAgeChart = nullptr;
    QChart *mResidenceChart = nullptr;
    QChart *mTagChart = nullptr;
    QThread *mLoader = nullptr;
    bool mReloadQueued = false;
};

} // namespace jy
