#include "volunteer/supermarketpage.h"
#include "reports/listprinting.h"
#include "reports/volunteerprinting.h"
#include "volunteer/channelnames.h"
#include "volunteer/orderboard.h"
#include "volunteer/cataloguedialog.h"
#include "volunteer/providersdialog.h"
#include "volunteer/redemptiondialog.h"
#include "volunteer/supermarketsettingsdialog.h"
#include "accounts/session.h"
#include "db/dberror.h"
#include "volunteer/neworderdialog.h"
#include "volunteer/orderboardview.h"
#include "volunteer/ordercolumnmodel.h"
#include "volunteer/orderdetailview.h"
#include "volunteer/orderfilterbar.h"
#include "volunteer/orderservice.h"
#include "volunteer/orderworkflow.h"
#include "volunteer/transitiondialog.h"
#include "volunteer/volunteersview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace jy {

SupermarketPage::SupermarketPage(Database &db, const Session &session, QWidget *parent)
    : Page(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("SupermarketPage"));

    mFilterBar = new OrderFilterBar(db, session);
    mBoard = new OrderBoardView(db, session);
    mDetail = new OrderDetailView(db, session);

    mNewAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New order…"), this);
    mNewAction->setToolTip(tr("Register a resident's order (Ctrl+N)")); // the shortcut is Edit ▸ New record
    mNewAction->setEnabled(session.can(Permission::PlaceOrders));
    connect(mNewAction, &QAction::triggered, this, &SupermarketPage::newOrder);
    addAction(mNewAction);
    auto *newButton = new QToolButton;
    newButton->setDefaultAction(mNewAction);
    newButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    mActionsMenu = new QMenu(this);
    connect(mActionsMenu, &QMenu::aboutToShow, this, [this] { fillActionsMenu(mActionsMenu); });
    mActionsButton = new QToolButton;
    mActionsButton->setObjectName(QStringLiteral("actions"));
    mActionsButton->setText(tr("&Actions"));
    mActionsButton->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    mActionsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mActionsButton->setPopupMode(QToolButton::InstantPopup);
    mActionsButton->setMenu(mActionsMenu);
    mActionsButton->setToolTip(tr("The steps you may take on the selected order (Enter on a card)"));

    auto *refresh = new QToolButton;
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    refresh->setToolTip(tr("Read the board again"));
    connect(refresh, &QToolButton::clicked, this, &SupermarketPage::applyFilter);
    // The supermarket's own registers, opened as dialogs over the board.
    auto *manageMenu = new QMenu(this);
    manageMenu->addAction(tr("Service &catalogue…"), this, [this] {
        CatalogueDialog dialog(mDb, mSession, this);
        dialog.exec();
        mFilterBar->reloadChoices();
    });
    manageMenu->addAction(tr("&Teams, shops and offers…"), this, [this] {
        ProvidersDialog dialog(mDb, mSession, this);
        dialog.exec();
    });
    manageMenu->addAction(tr("Points &redemption…"), this, [this] {
        RedemptionDialog dialog(mDb, mSession, this);
        connect(&dialog, &RedemptionDialog::printRequested, this, &SupermarketPage::printRedemptions);
        dialog.exec();
        mVolunteers->reload();
    });
    manageMenu->addAction(tr("Supermarket &rules…"), this, [this] {
        SupermarketSettingsDialog dialog(mDb, mSession, this);
        if (dialog.exec() == QDialog::Accepted)
            applyFilter(); // overdue limits may have changed
    });
    auto *manageButton = new QToolButton;
    manageButton->setObjectName(QStringLiteral("manage"));
    manageButton->setText(tr("&Manage"));
    manageButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogListView));
    manageButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    manageButton->setPopupMode(QToolButton::InstantPopup);
    manageButton->setMenu(manageMenu);
    mFilterBar->addTrailingWidget(newButton);
    mFilterBar->addTrailingWidget(mActionsButton);
    mFilterBar->addTrailingWidget(manageButton);
    mFilterBar->addTrailingWidget(refresh);

    // Refusals appear here, beside the board, rather than in a box that must be clicked away.
    mMessage = new QLabel;
    mMessage->setObjectName(QStringLiteral("boardMessage"));
    mMessage->setWordWrap(true);
    mMessage->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #b71c1c; border: 1px solid #f5c2c0;"
                                           " border-radius: 4px; padding: 4px 8px; }"));
    mMessage->hide();
    mMessageTimer = new QTimer(this);
    mMessageTimer->setSingleShot(true);
    mMessageTimer->setInterval(12000);
    connect(mMessageTimer, &QTimer::timeout, mMessage, &QWidget::hide);

    mSplitter = new QSplitter(Qt::Horizontal);
    mSplitter->addWidget(mBoard);
    mSplitter->addWidget(mDetail);
    mSplitter->setStretchFactor(0, 4);
    mSplitter->setStretchFactor(1, 1);
    mSplitter->setCollapsible(0, false);
    mSplitter->setSizes({1200, 280});

    auto *boardTab = new QWidget;
    auto *boardLayout = new QVBoxLayout(boardTab);
    boardLayout->setContentsMargins(0, 4, 0, 0);
    boardLayout->addWidget(mFilterBar);
    boardLayout->addWidget(mMessage);
    boardLayout->addWidget(mSplitter, 1);

    mVolunteers = new VolunteersView(db, session);
    mTabs = new QTabWidget;
    mTabs->setObjectName(QStringLiteral("tabs"));
    mTabs->addTab(boardTab, tr("&Order board"));
    mTabs->addTab(mVolunteers, tr("V&olunteers"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(mTabs);

    connect(mFilterBar, &OrderFilterBar::filterChanged, this, &SupermarketPage::applyFilter);
    connect(mBoard, &OrderBoardView::currentOrderChanged, this, &SupermarketPage::currentOrderChanged);
    // Queued by the column model: the step runs after the drag has ended.
    connect(mBoard, &OrderBoardView::moveRequested, this,
            [this](qint64 id, const QString &, const QString &to) { moveOrder(id, to); });
    connect(mBoard, &OrderBoardView::contextMenuRequested, this, &SupermarketPage::popupActions);
    connect(mBoard, &OrderBoardView::activated, this, [this] { popupActions(mBoard->currentCardPos()); });
    connect(mBoard, &OrderBoardView::loadFailed, this, &SupermarketPage::showRefusal);
    connect(mTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (mTabs->widget(index) == mVolunteers)
            mVolunteers->reload(); // hours and points change as orders complete
        emit listCommandsChanged();
    });
    applyFilter();
}

ListCommands *SupermarketPage::listCommands()
{
    if (mTabs->currentWidget() == mVolunteers)
        return mVolunteers;
    return this;
}

QWidget *SupermarketPage::searchField() const
{
    return mFilterBar->firstField();
}

bool SupermarketPage::canCreateRecord() const
{
    return mNewAction->isEnabled();
}

void SupermarketPage::createRecord()
{
    newOrder();
}

ReportDocument SupermarketPage::listDocument() const
{
    constexpr int kMaxRows = 5000;
    ReportDocument doc = ListPrinting::frame(tr("Volunteer service orders"));
    ReportBlock &table = doc.addTable({tr("Number"), tr("Resident"), tr("Service"), tr("Category"), tr("State"), tr("Volunteer"),
                                       tr("Channel"), tr("Submitted")},
                                      {14, 8, 14, 8, 7, 8, 6, 10});
    const Workflow &workflow = volunteerOrderWorkflow();
    const OrderFilter filter = mFilterBar->filter();
    OrderBoard board(mDb, mSession);
    int total = 0;
    for (const QString &state : mBoard->states()) {
        total += mBoard->model(state)->totalCount();
        const int room = kMaxRows - int(table.rows.size());
        if (room <= 0)
            continue;
        for (const OrderCard &card : board.cards(state, filter, 0, room))
            table.rows << QVariantList{card.number,     card.requester, card.item, card.category, workflow.stateName(card.state),
                                       card.volunteer, channelName(card.channel), card.createdAt.toLocalTime().date()};
    }
    if (total > table.rows.size())
        doc.addParagraph(tr("The first %1 of %2 orders are printed; narrow the filter to print the others.")
                             .arg(table.rows.size())
                             .arg(total),
                         false);
    return doc;
}

QString SupermarketPage::title() const
{
    return tr("Volunteer supermarket");
}

QIcon SupermarketPage::icon() const
{
    return pageIcon(QStringLiteral("supermarket"));
}

QString SupermarketPage::statusText() const
{
    int total = 0;
    for (const QString &state : mBoard->states())
        total += mBoard->model(state)->totalCount();
    return mFilterBar->isFiltering() ? tr("%Ln order(s) match the filter", nullptr, total)
                                     : tr("%Ln order(s) on the board", nullptr, total);
}

void SupermarketPage::activate()
{
    if (!mActivated) {
        mActivated = true; // the constructor has just read everything
        return;
    }
    mFilterBar->reloadChoices();
    mBoard->refresh(mBoard->states());
    mDetail->showOrder(mBoard->currentOrderId());
    emit statusTextChanged(statusText());
}

void SupermarketPage::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("splitter"), mSplitter->saveState());
}

void SupermarketPage::restoreSettings(QSettings &settings)
{
    mSplitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
}

void SupermarketPage::applyFilter()
{
    mMessage->hide();
    mBoard->reload(mFilterBar->filter());
    mDetail->showOrder(mBoard->currentOrderId());
    updateActions();
    emit statusTextChanged(statusText());
}

void SupermarketPage::currentOrderChanged(qint64 orderId)
{
    mDetail->showOrder(orderId);
    updateActions();
}

void SupermarketPage::updateActions()
{
    mActionsButton->setEnabled(mBoard->currentOrderId() != 0);
}

QList<const Transition *> SupermarketPage::availableActions() const
{
    if (!mBoard->currentOrderId())
        return {};
    return volunteerOrderWorkflow().available(mBoard->currentState(), mSession.role());
}

void SupermarketPage::fillActionsMenu(QMenu *menu)
{
    menu->clear();
    const qint64 id = mBoard->currentOrderId();
    const Workflow &w = volunteerOrderWorkflow();
    const QList<const Transition *> steps = availableActions();
    for (const Transition *t : steps) {
        const QString text = TransitionDialog::asksFields(*t) ? tr("%1…").arg(w.actionName(t->action)) : w.actionName(t->action);
        QAction *a = menu->addAction(tr("%1 → %2").arg(text, w.stateName(t->to)));
        const QString action = t->action;
        connect(a, &QAction::triggered, this, [this, id, action] { takeAction(id, action); });
    }
    if (steps.isEmpty()) {
        QAction *none = menu->addAction(id ? tr("No step is open to your role (%1) here").arg(Session::roleName(mSession.role()))
                                           : tr("Select an order first"));
        none->setEnabled(false);
    }
}

void SupermarketPage::popupActions(const QPoint &globalPos)
{
    if (!mBoard->currentOrderId())
        return;
    QMenu menu(this);
    fillActionsMenu(&menu);
    menu.exec(globalPos);
}

void SupermarketPage::showRefusal(const QString &text)
{
    mMessage->setText(text);
    mMessage->show();
    mMessageTimer->start();
    emit message(text);
}

bool SupermarketPage::moveOrder(qint64 orderId, const QString &toState)
{
    try {
        OrderService orders(mDb, mSession);
        const Result<const Transition *> step = orders.stepTo(orderId, toState);
        if (!step) {
            showRefusal(step.errorText()); // the card stays where it was
            return false;
        }
        const std::optional<ServiceOrder> order = orders.find(orderId);
        if (!order) {
            showRefusal(tr("The order no longer exists."));
            return false;
        }
        return runStep(*order, *step.value());
    } catch (const DbError &error) {
        showRefusal(error.message());
        return false;
    }
}

bool SupermarketPage::takeAction(qint64 orderId, const QString &action)
{
    const Transition *t = volunteerOrderWorkflow().find(action);
    if (!t)
        return false;
    try {
        const std::optional<ServiceOrder> order = OrderService(mDb, mSession).find(orderId);
        if (!order) {
            showRefusal(tr("The order no longer exists."));
            return false;
        }
        return runStep(*order, *t);
    } catch (const DbError &error) {
        showRefusal(error.message());
        return false;
    }
}

bool SupermarketPage::runStep(const ServiceOrder &order, const Transition &transition)
{
    OrderService orders(mDb, mSession);
    Status done = success();
    if (TransitionDialog::asksFields(transition)) {
        TransitionDialog dialog(mDb, mSession, transition, order, this);
        // Until the step is taken or the user gives up: a refusal from the service (another
        // desk moved the order, an inactive volunteer) is shown in the dialog.
        for (;;) {
            if (dialog.exec() != QDialog::Accepted)
                return false;
            done = orders.take(order.id, transition.action, dialog.fields());
            if (done)
                break;
            dialog.showErrors(done.errors());
        }
    } else {
        done = orders.take(order.id, transition.action);
        if (!done) {
            showRefusal(done.errorText());
            return false;
        }
    }
    mMessage->hide();
    mBoard->refresh({order.state, transition.to});
    mBoard->setCurrentOrder(order.id, transition.to);
    mDetail->showOrder(order.id);
    updateActions();
    const Workflow &w = volunteerOrderWorkflow();
    emit message(tr("Order %1: %2").arg(order.number, w.actionName(transition.action)));
    emit statusTextChanged(statusText());
    return true;
}

void SupermarketPage::newOrder()
{
    NewOrderDialog dialog(mDb, mSession, mFilterBar->filter().communityId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    mBoard->refresh({order_state::Submitted});
    mBoard->setCurrentOrder(dialog.orderId(), order_state::Submitted);
    mDetail->showOrder(dialog.orderId());
    emit message(tr("Order registered"));
    emit statusTextChanged(statusText());
}

void SupermarketPage::printRedemptions(qint64 eventId)
{
    VolunteerPrinting::redemptions(mDb, mSession, eventId, this);
}

void SupermarketPage::showOrders(const OrderFilter &filter)
{
    mTabs->setCurrentIndex(0);
    mFilterBar->setFilter(filter);
}

} // namespace jy
