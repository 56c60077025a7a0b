#pragma once
#include <QFrame>

class QLabel;
class QListView;

namespace jy {

class OrderColumnModel;

// A column of the board: its header (state name and count) over a list of cards.
class OrderColumnView : public QFrame
{
    Q_OBJECT

public:
    OrderColumnView(OrderColumnModel *model, const QString &title, QWidget *parent = nullptr);

    OrderColumnModel *model() const { return mModel; }
    QListView *list() const { return mList; }
    QLabel *header() const { return mHeader; }
    // Shows the title with the column's count.
    void updateHeader();
    // While a card that may be dropped here hovers over the column.
    void setDropTarget(bool on);

private:
    OrderColumnModel *mModel;
    QString mTitle;
    QLabel *mHeader = nullptr;
    QListView *mList = nullptr;
};

} // namespace jy
