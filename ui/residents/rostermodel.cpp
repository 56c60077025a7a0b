#include "residents/rostermodel.h"
#include "accounts/session.h"
#include "db/dberror.h"
#include "residents/resident.h"
#include "residents/residentcodes.h"

namespace jy {

RosterModel::RosterModel(Database &db, const Session &session, QObject *parent, int pageSize, int maxPages)
    : QAbstractTableModel(parent), mSession(session), mQuery(db, session), mCache(pageSize, maxPages)
{
    setFilter(mFilter);
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mCount;
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void RosterModel::setFilter(const RosterFilter &filter)
{
    beginResetModel();
    mFilter = filter;
    mCache.clear();
    try {
        mCount = mQuery.count(mFilter);
    } catch (const DbError &error) {
        mCount = 0;
        emit loadFailed(error.message());
    }
    endResetModel();
}

void RosterModel::refresh()
{
    setFilter(mFilter);
}

bool RosterModel::personalDataVisible() const
{
    return mShowPersonalData && mSession.can(Permission::ViewPersonalData);
}

void RosterModel::setShowPersonalData(bool show)
{
    if (show == mShowPersonalData)
        return;
    mShowPersonalData = show;
    if (mCount > 0)
        emit dataChanged(index(0, IdNumber), index(mCount - 1, Phone), {Qt::DisplayRole});
}

const RosterRow *RosterModel::rowAt(int row) const
{
    if (row < 0 || row >= mCount)
        return nullptr;
    if (!mCache.hasRowPage(row)) {
        const int page = mCache.pageOf(row);
        QList<RosterRow> rows;
        try {
            rows = mQuery.page(mFilter, mCache.firstRowOf(page), mCache.pageSize());
        } catch (const DbError &error) {
            emit loadFailed(error.message()); // an empty page is kept: no retry storm from paint events
        }
        ++mPagesLoaded;
        mCache.insert(page, std::vector<RosterRow>(rows.begin(), rows.end()));
    }
    return mCache.find(row);
}

qint64 RosterModel::residentId(int row) const
{
    const RosterRow *r = rowAt(row);
    return r ? r->id : 0;
}

QString RosterModel::display(const RosterRow &row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Sex:
        return ResidentCodes::sexLabel(row.sex);
    case Age:
        return row.birthDate.isValid() ? QString::number(ageOn(row.birthDate, mFilter.today)) : QString();
    case IdNumber:
        return personalDataVisible() ? row.idNumber : row.masked().idNumber;
    case Phone:
        return personalDataVisible() ? row.phone : row.masked().phone;
    case ResidenceType:
        return ResidentCodes::residenceTypeLabel(row.residenceType);
    case Relation:
        return row.householdId ? ResidentCodes::relationLabel(row.relation) : QString();
    case Community:
        return row.community;
    case Address:
        return row.address;
    case Tags:
        return row.tags.join(tr(", ", "list separator between tags"));
    }
    return {};
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mCount)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ResidentIdRole && role != HouseholdIdRole
        && role != Qt::TextAlignmentRole)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Age ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const RosterRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case ResidentIdRole:
        return row->id;
    case HouseholdIdRole:
        return row->householdId;
    case Qt::ToolTipRole:
        return index.column() == Address || index.column() == Tags ? display(*row, index.column()) : QVariant();
    default:
        return display(*row, index.column());
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Sex:
        return tr("Sex");
    case Age:
        return tr("Age");
    case IdNumber:
        return tr("ID number");
    case Phone:
        return tr("Phone");
    case ResidenceType:
        return tr("Residence type");
    case Relation:
        return tr("Relation to head");
    case Community:
        return tr("Community");
    case Address:
        return tr("Address");
    case Tags:
        return tr("Tags");
    }
    return {};
}

} // namespace jy
