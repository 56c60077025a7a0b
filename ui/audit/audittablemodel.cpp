#include "audit/audittablemodel.h"

#include <QLocale>

namespace jy {

AuditTableModel::AuditTableModel(const AuditQuery &query, QObject *parent) : QAbstractTableModel(parent), mQuery(query) {}

bool AuditTableModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    mFilter = filter;
    mRows.clear();
    mTotal = 0;
    mEnd = true;
    mError.clear();
    const Result<int> total = mQuery.count(filter);
    if (total) {
        mTotal = total.value();
        mEnd = mTotal == 0;
    } else {
        mError = total.errorText();
    }
    endResetModel();
    if (canFetchMore({}))
        fetchMore({});
    return mError.isEmpty();
}

const AuditEntry *AuditTableModel::entryAt(int row) const
{
    return row >= 0 && row < mRows.size() ? &mRows.at(row) : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *e = entryAt(index.row());
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e->at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Person:
            return e->actor;
        case Action:
            return AuditQuery::actionName(e->action);
        case Record:
            // 0 is what entries about no one record (an import, the demo) carry.
            return e->entityId > 0 ? QStringLiteral("%1 #%2").arg(AuditQuery::entityName(e->entity)).arg(e->entityId)
                                    : AuditQuery::entityName(e->entity);
        case Summary:
            return AuditQuery::summary(e->changes);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return AuditQuery::summary(e->changes, 20);
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Person:
        return tr("Person");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Summary:
        return tr("Changes");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !mEnd && mRows.size() < mTotal;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 after = mRows.isEmpty() ? 0 : mRows.constLast().id;
    const Result<QList<AuditEntry>> page = mQuery.page(mFilter, after, kPageSize);
    if (!page || page.value().isEmpty()) {
        // Entries can only be added, never removed: a short read means the count is stale.
        mEnd = true;
        return;
    }
    beginInsertRows({}, int(mRows.size()), int(mRows.size() + page.value().size()) - 1);
    mRows += page.value();
    endInsertRows();
    if (page.value().size() < kPageSize)
        mEnd = true;
}

} // namespace jy
