#include "honors/honortablemodel.h"

namespace jy {

void HonorTableModel::setHonors(const QList<Honor> &honors)
{
    beginResetModel();
    mHonors = honors;
    endResetModel();
}

const Honor *HonorTableModel::honorAt(int row) const
{
    return row >= 0 && row < mHonors.size() ? &mHonors.at(row) : nullptr;
}

int HonorTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < mHonors.size(); ++i)
        if (mHonors.at(i).id == id)
            return i;
    return -1;
}

int HonorTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(mHonors.size()); }
int HonorTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant HonorTableModel::data(const QModelIndex &index, int role) const
{
    const Honor *h = honorAt(index.row());
    if (!h)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Year)
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Year: return h->year;
    case Level: return honor_level::name(h->level);
    case Title: return h->title;
    case Recipient: return h->recipient;
    case Kind: return honor_recipient::name(h->recipientKind);
    case AwardedBy: return h->awardedBy;
    case Community: return h->communityName;
    case Certificate: return h->hasCertificate ? tr("scanned") : QString();
    }
    return {};
}

QVariant HonorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Year: return tr("Year");
    case Level: return tr("Level");
    case Title: return tr("Title");
    case Recipient: return tr("Recipient");
    case Kind: return tr("Recipient is");
    case AwardedBy: return tr("Awarded by");
    case Community: return tr("Community");
    case Certificate: return tr("Certificate");
    }
    return {};
}

} // namespace jy
