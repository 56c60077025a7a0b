#pragma once
#include "common/pagecache.h"
#include "residents/rosterfilter.h"
#include "residents/rosterquery.h"

#include <QAbstractTableModel>

namespace jy {

class Database;
class Session;

// The roster as a table: counts the filter's residents and loads the 200-row page around a
// row only when a view asks for it, keeping a bounded number of pages (a street has 200,000
// residents; none of them is read before it is scrolled to).
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Sex, Age, IdNumber, Phone, ResidenceType, Relation, Community, Address, Tags, ColumnCount };
    enum Roles { ResidentIdRole = Qt::UserRole + 1, HouseholdIdRole };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 16;

    RosterModel(Database &db, const Session &session, QObject *parent = nullptr,
                int pageSize = kPageSize, int maxPages = kMaxPages);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const RosterFilter &filter() const { return mFilter; }
    // Re-counts and drops every cached page.
    void setFilter(const RosterFilter &filter);
    // After an edit: same filter, fresh rows.
    void refresh();

    // Personal data is shown in full only when the session may see it and the user asked.
    bool showPersonalData() const { return mShowPersonalData; }
    void setShowPersonalData(bool show);
    bool personalDataVisible() const;

    qint64 residentId(int row) const;        // 0 if out of range
    // Loads the row's page; nullptr if out of range. Valid until the next call that may load
    // another page (it can evict this one).
    const RosterRow *rowAt(int row) const;

    int cachedPages() const { return mCache.pageCount(); }
    int pagesLoaded() const { return mPagesLoaded; } // queries run since construction
    int maxCachedPages() const { return mCache.maxPages(); }
    int pageSize() const { return mCache.pageSize(); }

signals:
    // The database failed under the view; the model shows no rows rather than crash.
    void loadFailed(const QString &message) const;

private:
    QString display(const RosterRow &row, int column) const;

    const Session &mSession;
    RosterQuery mQuery;
    RosterFilter mFilter;
    int mCount = 0;
    bool mShowPersonalData = false;
    mutable PageCache<RosterRow> mCache; // filled from const data(): a cache, not state
    mutable int mPagesLoaded = 0;
};

} // namespace jy
