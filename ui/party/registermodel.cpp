#include "party/registermodel.h"

#include <QBrush>
#include <QColor>
#include <QDate>

namespace jy {

RegisterTableModel::RegisterTableModel(RegisterSource &source, QObject *parent) : QAbstractTableModel(parent), mSource(source) {}

void RegisterTableModel::setFilter(const RegisterFilter &filter)
{
    beginResetModel();
    mFilter = filter;
    mFilter.offset = 0;
    mFilter.limit = kPageSize;
    mTotal = mSource.count(mFilter);
    mRows = mSource.rows(mFilter);
    endResetModel();
}

qint64 RegisterTableModel::idAt(int row) const { return row >= 0 && row < mRows.size() ? mRows.at(row).id : 0; }

int RegisterTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < mRows.size(); ++i)
        if (mRows.at(i).id == id)
            return i;
    return -1;
}

int RegisterTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(mRows.size()); }
int RegisterTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(mSource.headers().size()); }

QVariant RegisterTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mRows.size())
        return {};
    const RegisterRow &row = mRows.at(index.row());
    const QVariant cell = row.cells.value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (cell.typeId() == QMetaType::QDate)
            return cell.toDate().toString(Qt::ISODate);
        return cell;
    case Qt::TextAlignmentRole:
        if (cell.typeId() == QMetaType::Int || cell.typeId() == QMetaType::LongLong || cell.typeId() == QMetaType::Double)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        return row.attention ? QBrush(QColor(0xb0, 0x1c, 0x1c)) : QVariant();
    default:
        return {};
    }
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return mSource.headers().value(section);
    return {};
}

bool RegisterTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && mRows.size() < mTotal;
}

void RegisterTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    RegisterFilter page = mFilter;
    page.offset = int(mRows.size());
    const QList<RegisterRow> more = mSource.rows(page);
    if (more.isEmpty()) {
        mTotal = int(mRows.size()); // the register shrank meanwhile
        return;
    }
    beginInsertRows({}, int(mRows.size()), int(mRows.size() + more.size()) - 1);
    mRows << more;
    endInsertRows();
}

} // namespace jy
