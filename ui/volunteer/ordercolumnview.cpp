#include "volunteer/ordercolumnview.h"
#include "volunteer/ordercarddelegate.h"
#include "volunteer/ordercolumnmodel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace jy {

OrderColumnView::OrderColumnView(OrderColumnModel *model, const QString &title, QWidget *parent)
    : QFrame(parent), mModel(model), mTitle(title)
{
    setObjectName(QStringLiteral("column_") + model->state());
    setFrameShape(QFrame::StyledPanel);
    mHeader = new QLabel;
    mHeader->setObjectName(QStringLiteral("header"));
    mHeader->setContentsMargins(6, 4, 6, 2);
    QFont f = mHeader->font();
    f.setBold(true);
    mHeader->setFont(f);

    mList = new QListView;
    mList->setObjectName(QStringLiteral("cards_") + model->state());
    mList->setModel(model);
    mList->setItemDelegate(new OrderCardDelegate(mList));
    // Every card has the same height: the view lays out thousands without asking each.
    mList->setUniformItemSizes(true);
    mList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    mList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    mList->setSelectionMode(QAbstractItemView::SingleSelection);
    mList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mList->setDragEnabled(true);
    mList->setAcceptDrops(true);
    mList->setDropIndicatorShown(false);
    mList->setDragDropMode(QAbstractItemView::DragDrop);
    mList->setDefaultDropAction(Qt::MoveAction);
    mList->setContextMenuPolicy(Qt::CustomContextMenu);
    mList->setFrameShape(QFrame::NoFrame);
    mList->setMinimumWidth(145);
    mList->setAccessibleName(title);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(mHeader);
    layout->addWidget(mList, 1);
    updateHeader();
}

void OrderColumnView::updateHeader()
{
    mHeader->setText(tr("%1 (%2)").arg(mTitle).arg(mModel->totalCount()));
}

} // namespace jy

namespace jy {

void OrderColumnView::setDropTarget(bool on)
{
    setStyleSheet(on ? QStringLiteral("jy--OrderColumnView { border: 2px solid palette(highlight); border-radius: 3px; }") : QString());
}

} // namespace jy
