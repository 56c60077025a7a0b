#include <catch2/catch.hpp>

#include "residents/residentcodes.h"
#include "residents/residentservice.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "volunteer/catalogue.h"
#include "volunteer/neworderdialog.h"
#include "volunteer/orderboardview.h"
#include "volunteer/ordercolumnmodel.h"
#include "volunteer/ordercolumnview.h"
#include "volunteer/orderdetailview.h"
#include "volunteer/orderfilterbar.h"
#include "volunteer/orderservice.h"
#include "volunteer/orderworkflow.h"
#include "volunteer/supermarketpage.h"
#include "volunteer/transitiondialog.h"
#include "volunteer/volunteers.h"
#include "volunteer/volunteersview.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <functional>
#include <memory>

using namespace jy;

namespace {

// Screenshots for looking at the screens: set JIAYUAN_SCREENSHOTS to a folder.
void shoot(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("JIAYUAN_SCREENSHOTS");
    if (!dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

// Runs the check on the first visible dialog of type D once it is open (modal dialogs block
// the test's own code until they close).
template <typename D>
void whenOpen(std::function<void(D &)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *dialog = qobject_cast<D *>(w);
            if (dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                handle(*dialog);
                return;
            }
        }
    });
    timer->start();
}

// A supermarket with one community, its elderly resident living alone, a volunteer and the
// seeded catalogue.
struct Supermarket
{
    test::TempDatabase db;
    test::SmallPlace place;
    Session session = test::admin();
    qint64 resident = 0;
    qint64 volunteer = 0;
    qint64 item = 0;
    QDateTime start = QDateTime::currentDateTimeUtc().addDays(-10);

    Supermarket()
    {
        place = test::SmallPlace::create(*db);
        Resident r;
        r.name = QStringLiteral("王秀英");
        r.birthDate = QDate(1941, 3, 2);
        r.sex = QStringLiteral("F");
        r.householdId = place.householdId;
        r.relation = relation::Head;
        r.tags = {QStringLiteral("独居"), QStringLiteral("残疾")};
        const Result<qint64> id = ResidentService(*db, session).create(r);
        INFO(id.errorText().toStdString());
        REQUIRE(id.ok());
        resident = id.value();

        Volunteer v;
        v.name = QStringLiteral("李建军");
        v.communityId = place.communityId;
        const Result<qint64> vid = VolunteerService(*db, session).saveVolunteer(v);
        INFO(vid.errorText().toStdString());
        REQUIRE(vid.ok());
        volunteer = vid.value();

        const QList<ServiceItem> items = CatalogueService(*db, session).items(0, true);
        REQUIRE(items.size() >= 60);
        item = items.first().id;
    }

    // An order submitted minutesAgo minutes before now, by the resident or a caller.
    qint64 submit(int minutesAgo, qint64 itemId = 0, qint64 communityId = 0, bool caller = false)
    {
        ServiceOrder o;
        o.communityId = communityId ? communityId : place.communityId;
        if (caller) {
            o.requesterName = QStringLiteral("赵大爷");
            o.requesterPhone = QStringLiteral("13841123456");
            o.channel = order_channel::Phone;
        } else {
            o.residentId = resident;
        }
        o.itemId = itemId ? itemId : item;
        const Result<qint64> id = OrderService(*db, session).submit(o, QDateTime::currentDateTimeUtc().addSecs(-60LL * minutesAgo));
        INFO(id.errorText().toStdString());
        REQUIRE(id.ok());
        return id.value();
    }

    // Takes the steps in order, each a minute after the one before, from minutesAgo.
    void take(qint64 id, const QStringList &actions, int minutesAgo)
    {
        OrderService orders(*db, session);
        QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-60LL * minutesAgo);
        for (const QString &action : actions) {
            QVariantMap fields;
            if (action == QStringLiteral("dispatch"))
                fields = {{QStringLiteral("volunteer_id"), volunteer}};
            else if (action == QStringLiteral("complete"))
                fields = {{QStringLiteral("hours"), 2}, {QStringLiteral("note"), QStringLiteral("理发完成")}};
            else if (action == QStringLiteral("rate"))
                fields = {{QStringLiteral("rating"), 5}, {QStringLiteral("feedback"), QStringLiteral("很满意")}};
            else if (action == QStringLiteral("reject") || action == QStringLiteral("cancel") || action == QStringLiteral("decline"))
                fields = {{QStringLiteral("reason"), QStringLiteral("居民已外出")}};
            const Status done = orders.take(id, action, fields, at);
            INFO(action.toStdString() << ": " << done.errorText().toStdString());
            REQUIRE(done.ok());
            at = at.addSecs(60);
        }
    }

    QString state(qint64 id) { return OrderService(*db, session).find(id)->state; }
};

} // namespace

TEST_CASE("order board: counts, pages of cards, filter reset", "[board]")
{
    Supermarket s;
    const test::SmallPlace other = test::SmallPlace::create(*s.db, QStringLiteral("210211014002"));
    for (int i = 0; i < 25; ++i)
        s.submit(2000 - i);
    for (int i = 0; i < 3; ++i)
        s.take(s.submit(3000 + i), {QStringLiteral("approve")}, 2900);
    s.submit(100, 0, other.communityId, true);
    s.submit(90, 0, other.communityId, true);

    const Session admin = test::admin();
    OrderBoardView board(*s.db, admin, nullptr, 10);
    board.reload({});
    OrderColumnModel *submitted = board.model(order_state::Submitted);
    REQUIRE(submitted);
    CHECK(submitted->totalCount() == 27);
    CHECK(board.model(order_state::Approved)->totalCount() == 3);
    CHECK(board.model(order_state::Rated)->totalCount() == 0);
    CHECK(board.column(order_state::Submitted)->header()->text().contains(QRegularExpression(QStringLiteral("[(（]27[)）]"))));

    SECTION("a column loads one page, then more as asked")
    {
        CHECK(submitted->rowCount() == 10);
        CHECK(submitted->pagesLoaded() == 1);
        CHECK(submitted->canFetchMore({}));
        submitted->fetchMore({});
        CHECK(submitted->rowCount() == 20);
        submitted->fetchMore({});
        CHECK(submitted->rowCount() == 27);
        CHECK_FALSE(submitted->canFetchMore({}));
        CHECK(submitted->pagesLoaded() == 3);
        // Oldest waiting first; the resident's age and care tags come with the card.
        for (int row = 1; row < submitted->rowCount(); ++row)
            CHECK(submitted->card(row - 1)->stateSince <= submitted->card(row)->stateSince);
        const OrderCard *first = submitted->card(0);
        CHECK(first->requester == QStringLiteral("王秀英"));
        CHECK(first->age >= 84);
        CHECK(first->careTags.contains(QStringLiteral("独居")));
        CHECK(first->overdue); // 33 hours waiting for review
        CHECK(submitted->data(submitted->index(0), OrderColumnModel::OrderIdRole).toLongLong() == first->id);

        // Enter on a card asks for its steps (the page shows them as a menu at the card).
        qint64 activated = 0;
        QObject::connect(&board, &OrderBoardView::activated, [&](qint64 id) { activated = id; });
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QCoreApplication::sendEvent(board.column(order_state::Submitted)->list(), &enter);
        CHECK(activated == first->id);
    }

    SECTION("a filter resets every column")
    {
        submitted->fetchMore({});
        OrderFilter f;
        f.communityId = other.communityId;
        board.reload(f);
        CHECK(submitted->totalCount() == 2);
        CHECK(submitted->rowCount() == 2);
        CHECK(submitted->card(0)->requester == QStringLiteral("赵大爷"));
        CHECK(board.model(order_state::Approved)->rowCount() == 0);
        CHECK(board.column(order_state::Approved)->header()->text().contains(QRegularExpression(QStringLiteral("[(（]0[)）]"))));

        f = {};
        f.from = QDate::currentDate().addDays(1);
        board.reload(f);
        CHECK(submitted->rowCount() == 0);
        CHECK_FALSE(submitted->canFetchMore({}));
    }

    SECTION("the filter bar's choices make the filter")
    {
        OrderFilterBar bar(*s.db, s.session);
        int changes = 0;
        QObject::connect(&bar, &OrderFilterBar::filterChanged, [&] { ++changes; });
        CHECK_FALSE(bar.isFiltering());
        auto *community = test::child<QComboBox>(bar, "community");
        auto *volunteer = test::child<QComboBox>(bar, "volunteer");
        // A community's volunteers only: the other community has none.
        community->setCurrentIndex(community->findData(other.communityId));
        CHECK(volunteer->findData(s.volunteer) < 0);
        community->setCurrentIndex(community->findData(s.place.communityId));
        CHECK(bar.filter().communityId == s.place.communityId);
        volunteer->setCurrentIndex(volunteer->findData(s.volunteer));
        CHECK(bar.filter().volunteerId == s.volunteer);
        test::child<QDateEdit>(bar, "from")->setDate(QDate::currentDate());
        CHECK(bar.filter().from == QDate::currentDate());
        CHECK(changes == 4);
        bar.reset();
        CHECK_FALSE(bar.isFiltering());
        CHECK(changes == 5);
    }
}

TEST_CASE("order board: dragging a card is refused for a wrong role and taken for an admin", "[board]")
{
    Supermarket s;
    const qint64 id = s.submit(60);

    SECTION("a viewer's drop is explained and the card stays")
    {
        const Session guest = test::viewer();
        SupermarketPage page(*s.db, guest);
        OrderColumnModel *from = page.board()->model(order_state::Submitted);
        OrderColumnModel *to = page.board()->model(order_state::Approved);
        REQUIRE(from->rowCount() == 1);
        // The drag's own path: the card's data dropped on the other column, handled after the drag.
        std::unique_ptr<QMimeData> data(from->mimeData({from->index(0)}));
        CHECK(OrderColumnModel::orderIdOf(data.get()) == id);
        CHECK_FALSE(from->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {})); // same column: nothing to do
        CHECK(to->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        CHECK_FALSE(to->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        QCoreApplication::processEvents();
        CHECK(s.state(id) == order_state::Submitted);
        CHECK(page.messageLabel()->isVisibleTo(&page));
        CHECK_FALSE(page.messageLabel()->text().isEmpty());
        CHECK(from->rowCount() == 1);
        CHECK(page.availableActions().isEmpty());
    }

    SECTION("an admin's drop approves; a drop that means no step is explained")
    {
        SupermarketPage page(*s.db, s.session);
        OrderColumnModel *from = page.board()->model(order_state::Submitted);
        std::unique_ptr<QMimeData> data(from->mimeData({from->index(0)}));
        page.board()->model(order_state::Approved)->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {});
        QCoreApplication::processEvents();
        CHECK(s.state(id) == order_state::Approved);
        CHECK_FALSE(page.messageLabel()->isVisibleTo(&page));
        CHECK(from->totalCount() == 0);
        CHECK(from->rowCount() == 0);
        CHECK(page.board()->model(order_state::Approved)->rowCount() == 1);
        CHECK(page.board()->currentOrderId() == id);

        // A drop as the window system delivers it, on the view of the "cancelled" column:
        // cancelling needs a reason, asked after the drop.
        whenOpen<TransitionDialog>([](TransitionDialog &dialog) {
            test::child<QPlainTextEdit>(dialog, "reason")->setPlainText(QStringLiteral("居民改约下周"));
            dialog.accept();
        });
        OrderColumnModel *approvedModel = page.board()->model(order_state::Approved);
        std::unique_ptr<QMimeData> card(approvedModel->mimeData({approvedModel->index(0)}));
        QWidget *target = page.board()->column(order_state::Cancelled)->list()->viewport();
        const QPoint at(20, 20);
        QDragEnterEvent enter(at, Qt::MoveAction, card.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        CHECK(enter.isAccepted());
        CHECK_FALSE(page.board()->column(order_state::Cancelled)->styleSheet().isEmpty()); // lit up as a target
        shoot(*page.board()->column(order_state::Cancelled), "board-drop-target");
        QDragMoveEvent move(at, Qt::MoveAction, card.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &move);
        CHECK(move.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, card.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &drop);
        CHECK(s.state(id) == order_state::Approved); // nothing happens inside the drag itself
        CHECK(page.board()->column(order_state::Cancelled)->styleSheet().isEmpty());
        QElapsedTimer wait;
        wait.start();
        while (s.state(id) != order_state::Cancelled && wait.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        CHECK(s.state(id) == order_state::Cancelled);
        CHECK(page.board()->model(order_state::Cancelled)->rowCount() == 1);
        CHECK(approvedModel->rowCount() == 0);
        s.submit(30);
        page.board()->refresh({order_state::Submitted});
        const qint64 next = page.board()->model(order_state::Submitted)->card(0)->id;
        CHECK(page.detail()->orderId() == id);
        REQUIRE(page.detail()->historyList()->topLevelItemCount() == 3); // submit, approve, cancel
        CHECK(page.detail()->historyList()->topLevelItem(2)->text(3).contains(QStringLiteral("居民改约下周")));

        // submitted → completed skips steps: refused, with the reason, and nothing changes.
        CHECK_FALSE(page.moveOrder(next, order_state::Completed));
        CHECK(page.messageLabel()->isVisibleTo(&page));
        CHECK(s.state(next) == order_state::Submitted);

        s.take(next, {QStringLiteral("approve")}, 1);
        page.board()->refresh(page.board()->states());
        REQUIRE(page.board()->select(next, order_state::Approved));
        QStringList actions;
        for (const Transition *t : page.availableActions())
            actions << t->action;
        CHECK(actions == QStringList{QStringLiteral("dispatch"), QStringLiteral("cancel")});
    }

    SECTION("a grid worker may rate but not approve")
    {
        const Session grid(QStringLiteral("grid"), Role::GridWorker);
        SupermarketPage page(*s.db, grid);
        CHECK_FALSE(page.moveOrder(id, order_state::Approved));
        CHECK(page.messageLabel()->text().contains(Session::roleName(Role::GridWorker)));
        s.take(id, {QStringLiteral("approve"), QStringLiteral("dispatch"), QStringLiteral("accept"), QStringLiteral("start"),
                    QStringLiteral("complete")}, 30);
        whenOpen<TransitionDialog>([](TransitionDialog &dialog) {
            auto *rating = test::child<QComboBox>(dialog, "rating");
            rating->setCurrentIndex(rating->findData(4));
            dialog.accept();
        });
        CHECK(page.moveOrder(id, order_state::Rated));
        CHECK(s.state(id) == order_state::Rated);
        CHECK(OrderService(*s.db, s.session).find(id)->rating == 4);
    }
}

TEST_CASE("transition dialog: each step asks for what it requires", "[board]")
{
    Supermarket s;
    const qint64 id = s.submit(120);
    const Workflow &w = volunteerOrderWorkflow();
    const ServiceOrder order = *OrderService(*s.db, s.session).find(id);

    SECTION("reject needs a reason")
    {
        TransitionDialog dialog(*s.db, s.session, *w.find(QStringLiteral("reject")), order);
        dialog.show();
        dialog.accept();
        CHECK(dialog.isVisible()); // not accepted
        CHECK(test::child<QLabel>(dialog, "error_reason")->isVisibleTo(&dialog));
        test::child<QPlainTextEdit>(dialog, "reason")->setPlainText(QStringLiteral("不在服务范围内"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.fields().value(QStringLiteral("reason")).toString() == QStringLiteral("不在服务范围内"));
    }

    SECTION("complete needs hours and a note; rate needs a rating")
    {
        s.take(id, {QStringLiteral("approve"), QStringLiteral("dispatch"), QStringLiteral("accept"), QStringLiteral("start")}, 60);
        const ServiceOrder inService = *OrderService(*s.db, s.session).find(id);
        TransitionDialog dialog(*s.db, s.session, *w.find(QStringLiteral("complete")), inService);
        dialog.show();
        shoot(dialog, "board-complete-dialog");
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(test::child<QLabel>(dialog, "error_hours")->isVisibleTo(&dialog));
        CHECK(test::child<QLabel>(dialog, "error_note")->isVisibleTo(&dialog));
        test::child<QDoubleSpinBox>(dialog, "hours")->setValue(1.5);
        test::child<QLineEdit>(dialog, "note")->setText(QStringLiteral("上门理发"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.fields().value(QStringLiteral("hours")).toDouble() == 1.5);

        ServiceOrder completed = inService;
        completed.state = order_state::Completed;
        TransitionDialog rate(*s.db, s.session, *w.find(QStringLiteral("rate")), completed);
        rate.show();
        rate.accept();
        CHECK(test::child<QLabel>(rate, "error_rating")->isVisibleTo(&rate));
    }

    SECTION("dispatching through the page asks for a volunteer, from a filterable list")
    {
        s.take(id, {QStringLiteral("approve")}, 60);
        SupermarketPage page(*s.db, s.session);
        bool sawError = false;
        whenOpen<TransitionDialog>([&](TransitionDialog &dialog) {
            auto *volunteer = test::child<QComboBox>(dialog, "volunteer");
            CHECK(volunteer->isEditable());
            CHECK(volunteer->count() == 2); // "nobody yet" and 李建军
            shoot(dialog, "board-dispatch-dialog");
            dialog.accept(); // nobody chosen
            sawError = test::child<QLabel>(dialog, "error_volunteer_id")->isVisibleTo(&dialog) && dialog.isVisible();
            volunteer->setCurrentIndex(volunteer->findData(s.volunteer));
            dialog.accept();
        });
        CHECK(page.moveOrder(id, order_state::Dispatched));
        CHECK(sawError);
        const ServiceOrder dispatched = *OrderService(*s.db, s.session).find(id);
        CHECK(dispatched.state == order_state::Dispatched);
        CHECK(dispatched.volunteerId == s.volunteer);
        CHECK(page.board()->model(order_state::Dispatched)->card(0)->volunteer == QStringLiteral("李建军"));

        // Giving up in the dialog leaves the order where it was.
        whenOpen<TransitionDialog>([](TransitionDialog &dialog) { dialog.reject(); });
        CHECK_FALSE(page.takeAction(id, QStringLiteral("cancel")));
        CHECK(s.state(id) == order_state::Dispatched);
    }
}

TEST_CASE("new order dialog: roster search, phone orders, errors beside fields", "[board]")
{
    Supermarket s;
    NewOrderDialog dialog(*s.db, s.session, s.place.communityId);
    dialog.show();
    CHECK(test::child<QComboBox>(dialog, "category")->count() >= 10);
    CHECK(test::child<QComboBox>(dialog, "item")->count() > 0);

    SECTION("nothing chosen: the requester's error is beside the field")
    {
        dialog.accept();
        CHECK(dialog.isVisible());
        CHECK(test::child<QLabel>(dialog, "error_requester")->isVisibleTo(&dialog));
        CHECK(dialog.orderId() == 0);
        shoot(dialog, "board-new-order-errors");
    }

    SECTION("a resident found on the roster")
    {
        test::child<QLineEdit>(dialog, "search")->setText(QStringLiteral("王秀英"));
        QElapsedTimer t;
        t.start();
        auto *results = test::child<QListWidget>(dialog, "results");
        while (results->count() == 0 && t.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        REQUIRE(results->count() == 1);
        dialog.pickResident(0);
        CHECK(dialog.residentId() == s.resident);
        CHECK(test::child<QLineEdit>(dialog, "requesterName")->text() == QStringLiteral("王秀英"));
        shoot(dialog, "board-new-order");
        dialog.accept();
        REQUIRE(dialog.orderId() > 0);
        CHECK(OrderService(*s.db, s.session).find(dialog.orderId())->residentId == s.resident);
    }

    SECTION("a caller not on the roster, with a bad phone number first")
    {
        test::child<QLineEdit>(dialog, "requesterName")->setText(QStringLiteral("赵大爷"));
        test::child<QLineEdit>(dialog, "requesterPhone")->setText(QStringLiteral("12345"));
        auto *channel = test::child<QComboBox>(dialog, "channel");
        channel->setCurrentIndex(channel->findData(order_channel::Phone));
        dialog.accept();
        CHECK(test::child<QLabel>(dialog, "error_phone")->isVisibleTo(&dialog));
        test::child<QLineEdit>(dialog, "requesterPhone")->setText(QStringLiteral("13841123456"));
        dialog.accept();
        REQUIRE(dialog.orderId() > 0);
        const ServiceOrder o = *OrderService(*s.db, s.session).find(dialog.orderId());
        CHECK(o.residentId == 0);
        CHECK(o.channel == order_channel::Phone);
    }
}

TEST_CASE("supermarket page: a board of orders in every state, for the eye", "[board]")
{
    Supermarket s;
    const QStringList pathTo = {QStringLiteral("approve"), QStringLiteral("dispatch"), QStringLiteral("accept"),
                                QStringLiteral("start"), QStringLiteral("complete"), QStringLiteral("rate")};
    const QList<ServiceItem> items = CatalogueService(*s.db, s.session).items(0, true);
    int n = 0;
    // A few dozen orders: some only submitted, others on each step of the way, some stopped.
    for (int steps = 0; steps <= pathTo.size(); ++steps) {
        for (int k = 0; k < 5 - (steps % 3); ++k, ++n) {
            const int minutesAgo = 60 * (5 + n * 7);
            const qint64 id = s.submit(minutesAgo, items.at((n * 7) % items.size()).id, 0, n % 4 == 3);
            if (steps > 0)
                s.take(id, pathTo.mid(0, steps), minutesAgo - 30);
        }
    }
    s.take(s.submit(400, items.at(3).id), {QStringLiteral("reject")}, 300);
    s.take(s.submit(500, items.at(5).id), {QStringLiteral("approve"), QStringLiteral("cancel")}, 400);

    SupermarketPage page(*s.db, s.session);
    page.resize(1500, 860);
    page.show();
    int total = 0;
    for (const QString &state : page.board()->states())
        total += page.board()->model(state)->totalCount();
    CHECK(total == n + 2);
    CHECK(page.board()->model(order_state::Rejected)->rowCount() == 1);
    const qint64 first = page.board()->model(order_state::Completed)->card(0)->id;
    REQUIRE(page.board()->select(first, order_state::Completed));
    CHECK(page.detail()->historyList()->topLevelItemCount() == 6);
    QCoreApplication::processEvents();
    shoot(page, "board-page");

    page.findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(1);
    QCoreApplication::processEvents();
    auto *table = page.volunteers()->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, VolunteersView::Name)->text() == QStringLiteral("李建军"));
    CHECK(page.volunteers()->ledger()->rowCount() > 0);
    shoot(page, "board-volunteers");
}

// Not run by default: the page on a real database, e.g. a demo street
// (jiayuan-cli demo --db street.sqlite --communities 19), timed and photographed.
//   JIAYUAN_BOARD_DB=street.sqlite build/tests/jiayuan_ui_tests "[.board-db]"
TEST_CASE("supermarket page on a demo database", "[.board-db]")
{
    const QString path = qEnvironmentVariable("JIAYUAN_BOARD_DB");
    if (path.isEmpty())
        return;
    std::unique_ptr<Database> db = Database::openSqlite(path, Database::OpenMode::MustExist);
    const Session session = test::admin();
    QElapsedTimer timer;
    timer.start();
    { OrderFilterBar bar(*db, session); }
    const qint64 filterBar = timer.restart();
    { OrderBoardView board(*db, session); board.reload({}); }
    const qint64 boardOnly = timer.restart();
    { VolunteersView volunteers(*db, session); }
    const qint64 volunteersTab = timer.restart();
    OrderBoard reads(*db);
    reads.cards(order_state::Rated, {}, 0, 100);
    const qint64 firstPage = timer.restart();
    reads.cards(order_state::Rated, {}, 14000, 100);
    const qint64 deepPage = timer.restart();
    WARN("rated cards, first page " << firstPage << " ms, at 14,000 " << deepPage << " ms");
    WARN("filter bar " << filterBar << " ms, board " << boardOnly << " ms, volunteers tab " << volunteersTab << " ms");
    SupermarketPage page(*db, session);
    const qint64 built = timer.elapsed();
    page.resize(1500, 860);
    page.show();
    QCoreApplication::processEvents();
    const qint64 opened = timer.elapsed();
    int total = 0;
    for (const QString &state : page.board()->states())
        total += page.board()->model(state)->totalCount();

    // Scroll the biggest column to its end, as a user dragging the scroll bar down would.
    OrderColumnModel *rated = page.board()->model(order_state::Rated);
    QListView *list = page.board()->column(order_state::Rated)->list();
    timer.restart();
    int steps = 0;
    while (rated->canFetchMore({})) {
        list->scrollToBottom();
        QCoreApplication::processEvents();
        ++steps;
    }
    const qint64 scrolled = timer.elapsed();
    const int ratedCards = rated->rowCount();
    const int ratedPages = rated->pagesLoaded();
    CHECK(ratedCards == rated->totalCount());
    timer.restart();
    VolunteerService(*db, session).summaries(0, {}, 2000);
    const qint64 volunteers = timer.elapsed();
    timer.restart();
    OrderFilter f;
    f.from = QDate::currentDate().addMonths(-1);
    page.board()->reload(f);
    QCoreApplication::processEvents();
    const qint64 filtered = timer.elapsed();
    WARN("orders " << total << "; open " << built << " ms + first paint " << opened - built << " ms (of which one volunteer list " << volunteers
                   << " ms); rated column " << ratedCards << " cards in " << ratedPages << " pages, " << scrolled
                   << " ms; filter last month " << filtered << " ms");
    page.board()->reload({});
    QCoreApplication::processEvents();
    shoot(page, "board-demo");

    // The page in the window, as the sidebar's third entry.
    MainWindow window(*db, session);
    window.resize(1600, 900);
    window.show();
    auto *sidebar = test::child<QListWidget>(window, "sidebar");
    REQUIRE(sidebar->count() >= 3);
    CHECK(sidebar->item(2)->text() == SupermarketPage(*db, session).title());
    sidebar->setCurrentRow(2);
    QCoreApplication::processEvents();
    shoot(window, "board-window");
}

TEST_CASE("order board: keys move between cards and columns, and the filter bar resets the board", "[board]")
{
    Supermarket s;
    const qint64 older = s.submit(300);
    const qint64 newer = s.submit(200);
    const qint64 approved = s.submit(400);
    s.take(approved, {QStringLiteral("approve")}, 390);
    const qint64 accepted = s.submit(500);
    s.take(accepted, {QStringLiteral("approve"), QStringLiteral("dispatch"), QStringLiteral("accept")}, 490);

    SupermarketPage page(*s.db, s.session);
    page.resize(1400, 800);
    page.show();
    OrderBoardView *board = page.board();
    CHECK(board->currentOrderId() == older); // the first card is selected from the start
    QListView *submitted = board->column(order_state::Submitted)->list();
    auto press = [](QWidget *w, int key) {
        QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
        QCoreApplication::sendEvent(w, &down);
    };
    submitted->setFocus();
    press(submitted, Qt::Key_Down);
    CHECK(board->currentOrderId() == newer);
    CHECK(page.detail()->orderId() == newer);
    press(submitted, Qt::Key_Right);
    CHECK(board->currentOrderId() == approved);
    CHECK(board->currentState() == order_state::Approved);
    // Right again skips the empty "dispatched" column.
    press(board->column(order_state::Approved)->list(), Qt::Key_Right);
    CHECK(board->currentOrderId() == accepted);
    CHECK(board->column(order_state::Submitted)->list()->selectionModel()->selectedIndexes().isEmpty());

    // Ctrl+N (Edit ▸ New record in the main window) starts an order on the board.
    CHECK(page.listCommands() == &page);
    CHECK(page.canCreateRecord());

    auto *category = test::child<QComboBox>(*page.filterBar(), "category");
    const qint64 itemCategory = CatalogueService(*s.db, s.session).item(s.item)->categoryId;
    category->setCurrentIndex(category->findData(itemCategory == 1 ? 2 : 1)); // a category with no orders
    CHECK(board->model(order_state::Submitted)->totalCount() == 0);
    CHECK(board->model(order_state::Submitted)->rowCount() == 0);
    CHECK(board->currentOrderId() == 0);
    CHECK(page.detail()->orderId() == 0);
    category->setCurrentIndex(category->findData(itemCategory));
    CHECK(board->model(order_state::Submitted)->totalCount() == 2);
    CHECK(board->model(order_state::Accepted)->rowCount() == 1);
}
