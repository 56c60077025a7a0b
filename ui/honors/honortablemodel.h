#pragma once
#include "honors/honor.h"

#include <QAbstractTableModel>

namespace jy {

// The honors of the register's current filter. A community's honors number in the dozens, a
// street's in the hundreds: the list is read whole.
class HonorTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Year, Level, Title, Recipient, Kind, AwardedBy, Community, Certificate, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setHonors(const QList<Honor> &honors);
    const Honor *honorAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Honor> mHonors;
};

} // namespace jy
