#pragma once
#include "audit/auditquery.h"

#include <QAbstractTableModel>

namespace jy {

// The audit entries for a filter, newest first, read a page at a time as the view scrolls
// (each page continues from the last id read, so deep pages cost what the first one does).
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    enum Column { Time, Person, Action, Record, Summary, ColumnCount };

    AuditTableModel(const AuditQuery &query, QObject *parent = nullptr);

    // Re-counts and reads the first page; false (and nothing shown) when the query refuses.
    bool setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return mFilter; }
    int total() const { return mTotal; }
    const AuditEntry *entryAt(int row) const;
    QString error() const { return mError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const AuditQuery &mQuery;
    AuditFilter mFilter;
    QList<AuditEntry> mRows;
    int mTotal = 0;
    bool mEnd = false;
    QString mError;
};

} // namespace jy
