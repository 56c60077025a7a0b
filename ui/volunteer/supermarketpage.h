#pragma once
#include "listcommands.h"
#include "page.h"

#include <QList>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTimer;
class QToolButton;

namespace jy {

class Database;
class OrderBoardView;
class OrderDetailView;
class OrderFilterBar;
class Session;
class VolunteersView;
struct OrderFilter;
struct ServiceOrder;
struct Transition;

// The volunteer supermarket (志愿服务超市): the order board — a column per state, cards
// dragged from column to column or stepped on from a menu —, the selected order's details
// and history, new orders, and a tab of volunteers with their points ledgers. What a step
// may do is decided by the order workflow for the session's role.
class SupermarketPage : public Page, public ListCommands
{
    Q_OBJECT

public:
    SupermarketPage(Database &db, const Session &session, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString statusText() const override;
    void activate() override;
    void saveSettings(QSettings &settings) const override;
    void restoreSettings(QSettings &settings) override;
    // The board's commands, or the volunteers tab's when that tab is shown.
    ListCommands *listCommands() override;
    QWidget *searchField() const override;
    bool canCreateRecord() const override;
    void createRecord() override;
    bool canPrintList() const override { return true; }
    // The orders on the board, column by column, as the filter shows them.
    ReportDocument listDocument() const override;

    OrderBoardView *board() const { return mBoard; }
    OrderDetailView *detail() const { return mDetail; }
    OrderFilterBar *filterBar() const { return mFilterBar; }
    VolunteersView *volunteers() const { return mVolunteers; }
    QLabel *messageLabel() const { return mMessage; }
    // The board narrowed to these orders (from a dashboard click).
    void showOrders(const OrderFilter &filter);

    // What dropping a card on a column does: asks the workflow which step that is; a refused
    // step is explained and the card stays; a step that needs fields asks for them. True
    // when the step was taken.
    bool moveOrder(qint64 orderId, const QString &toState);
    // The same for a step chosen from the Actions menu.
    bool takeAction(qint64 orderId, const QString &action);
    // The steps the session's role may take on the selected order.
    QList<const Transition *> availableActions() const;

private:
    bool runStep(const ServiceOrder &order, const Transition &transition);
    void applyFilter();
    void currentOrderChanged(qint64 orderId);
    void fillActionsMenu(QMenu *menu);
    void popupActions(const QPoint &globalPos);
    void newOrder();
    void showRefusal(const QString &text);
    void updateActions();
    // The redemption list of an event, for signatures (print preview).
    void printRedemptions(qint64 eventId);

    Database &mDb;
    const Session &mSession;
    QTabWidget *mTabs = nullptr;
    OrderFilterBar *mFilterBar = nullptr;
    OrderBoardView *mBoard = nullptr;
    OrderDetailView *mDetail = nullptr;
    VolunteersView *mVolunteers = nullptr;
    QSplitter *mSplitter = nullptr;
    QLabel *mMessage = nullptr;
    QTimer *mMessageTimer = nullptr;
    QAction *mNewAction = nullptr;
    QToolButton *mActionsButton = nullptr;
    QMenu *mActionsMenu = nullptr;
    bool mActivated = false;
};

} // namespace jy
