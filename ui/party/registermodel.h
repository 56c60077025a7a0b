#pragma once
#include "party/registersource.h"

#include <QAbstractTableModel>

namespace jy {

// The rows of a register for the current filter, read a page at a time as the view scrolls
// (a street's agency and mediation cases run into the thousands).
class RegisterTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    explicit RegisterTableModel(RegisterSource &source, QObject *parent = nullptr);

    void setFilter(const RegisterFilter &filter); // re-counts and reads the first page
    const RegisterFilter &filter() const { return mFilter; }
    int total() const { return mTotal; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;                    // among the rows read so far; -1 if not

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    RegisterSource &mSource;
    RegisterFilter mFilter;
    QList<RegisterRow> mRows;
    int mTotal = 0;
};

} // namespace jy
