#include "volunteer/orderdetailview.h"
#include "accounts/session.h"
#include "db/dberror.h"
#include "places/placestore.h"
#include "residents/phonenumber.h"
#include "volunteer/catalogue.h"
#include "volunteer/orderservice.h"
#include "volunteer/orderworkflow.h"
#include "volunteer/volunteers.h"
#include "volunteer/channelnames.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jy {

namespace {

QString localTime(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace

OrderDetailView::OrderDetailView(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("orderDetail"));
    mTitle = new QLabel;
    QFont f = mTitle->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    mTitle->setFont(f);
    mTitle->setWordWrap(true);

    mBody = new QWidget;
    mForm = new QFormLayout(mBody);
    mForm->setContentsMargins(0, 0, 0, 0);
    mForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    mForm->addRow(tr("Number"), mNumber = value("number"));
    mForm->addRow(tr("State"), mState = value("state"));
    mForm->addRow(tr("Requester"), mRequester = value("requester"));
    mForm->addRow(tr("Phone"), mPhone = value("phone"));
    mForm->addRow(tr("Community"), mCommunity = value("community"));
    mForm->addRow(tr("Service"), mItem = value("item"));
    mForm->addRow(tr("Address"), mAddress = value("address"));
    mForm->addRow(tr("Wished time"), mWished = value("wished"));
    mForm->addRow(tr("Channel"), mChannel = value("channel"));
    mForm->addRow(tr("Volunteer"), mVolunteer = value("volunteer"));
    mForm->addRow(tr("Notes"), mNotes = value("notes"));
    mForm->addRow(tr("Result"), mResult = value("result"));
    mForm->addRow(tr("Registered"), mCreated = value("created"));

    mHistory = new QTreeWidget;
    mHistory->setObjectName(QStringLiteral("history"));
    mHistory->setRootIsDecorated(false);
    mHistory->setHeaderLabels({tr("When"), tr("Step"), tr("Who"), tr("Details")});
    mHistory->header()->setStretchLastSection(true);
    mHistory->setWordWrap(true);
    mHistory->setColumnWidth(0, 120);
    mHistory->setColumnWidth(1, 70);
    mHistory->setColumnWidth(2, 60);

    auto *historyTitle = new QLabel(tr("History"));
    historyTitle->setFont(f);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(mTitle);
    layout->addWidget(mBody);
    layout->addWidget(historyTitle);
    layout->addWidget(mHistory, 1);
    showOrder(0);
}

QLabel *OrderDetailView::value(const char *name)
{
    auto *label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void OrderDetailView::showOrder(qint64 orderId)
{
    mOrderId = orderId;
    mHistory->clear();
    std::optional<ServiceOrder> order;
    QList<HistoryEntry> history;
    QString communityName, itemText, volunteerName;
    try {
        if (orderId) {
            OrderService orders(mDb, mSession);
            order = orders.find(orderId);
            if (order) {
                history = orders.history(orderId);
                for (const Place &c : PlaceStore(mDb).communities())
                    if (c.id == order->communityId)
                        communityName = c.name;
                if (const auto item = CatalogueService(mDb, mSession).item(order->itemId))
                    itemText = tr("%1 · %2").arg(item->categoryName, item->name);
                if (order->volunteerId)
                    if (const auto v = VolunteerService(mDb, mSession).volunteer(order->volunteerId))
                        volunteerName = tr("%1 (%2)").arg(v->name, v->volunteerNo);
            }
        }
    } catch (const DbError &error) {
        mTitle->setText(error.message());
        mBody->hide();
        return;
    }
    if (!order) {
        mTitle->setText(orderId ? tr("The order no longer exists.") : tr("Select an order to see its details and history."));
        mBody->hide();
        return;
    }
    const Workflow &w = volunteerOrderWorkflow();
    mTitle->setText(tr("Order %1").arg(order->number));
    mBody->show();
    mNumber->setText(order->number);
    mState->setText(tr("%1 since %2").arg(w.stateName(order->state), localTime(order->stateSince)));
    mRequester->setText(order->requesterName + (order->residentId ? QString() : tr(" (not on the roster)")));
    mPhone->setText(mSession.can(Permission::ViewPersonalData) ? order->requesterPhone : PhoneNumber::mask(order->requesterPhone));
    mCommunity->setText(communityName);
    mItem->setText(itemText);
    mAddress->setText(order->address);
    mWished->setText(localTime(order->wishedAt));
    mChannel->setText(channelName(order->channel));
    mVolunteer->setText(volunteerName);
    mNotes->setText(order->notes);
    QStringList result;
    if (order->hours > 0)
        result << tr("%1 h").arg(QLocale().toString(order->hours, 'g', 3));
    if (order->rating > 0)
        result << QString(order->rating, QChar(0x2605)) + QString(5 - order->rating, QChar(0x2606));
    if (!order->feedback.isEmpty())
        result << order->feedback;
    mResult->setText(result.join(QStringLiteral("  ")));
    mCreated->setText(tr("%1 by %2").arg(localTime(order->createdAt), order->createdBy));

    for (const HistoryEntry &h : std::as_const(history)) {
        QStringList details;
        const QVariantMap &fields = h.fields;
        if (fields.contains(QStringLiteral("channel")))
            details << channelName(fields.value(QStringLiteral("channel")).toString());
        if (fields.contains(QStringLiteral("volunteer")))
            details << tr("to %1").arg(fields.value(QStringLiteral("volunteer")).toString());
        if (fields.contains(QStringLiteral("reason")))
            details << tr("reason: %1").arg(fields.value(QStringLiteral("reason")).toString());
        if (fields.contains(QStringLiteral("hours")))
            details << tr("%1 h").arg(fields.value(QStringLiteral("hours")).toString());
        if (fields.contains(QStringLiteral("note")))
            details << fields.value(QStringLiteral("note")).toString();
        if (fields.contains(QStringLiteral("rating"))) {
            const int r = qBound(0, fields.value(QStringLiteral("rating")).toInt(), 5);
            details << QString(r, QChar(0x2605));
        }
        if (fields.contains(QStringLiteral("feedback")))
            details << fields.value(QStringLiteral("feedback")).toString();
        auto *item = new QTreeWidgetItem(mHistory, {localTime(h.at), w.actionName(h.action), h.actor,
                                                    details.join(QStringLiteral("; "))});
        item->setToolTip(3, details.join(QLatin1Char('\n')));
        item->setToolTip(1, h.fromState.isEmpty() ? w.stateName(h.toState)
                                                  : tr("%1 → %2").arg(w.stateName(h.fromState), w.stateName(h.toState)));
    }
}

} // namespace jy
