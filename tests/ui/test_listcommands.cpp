#include "testsupport.h"
#include "listcommands.h"
#include "mainwindow.h"
#include "page.h"
#include "reports/reportpreview.h"
#include "residents/residentservice.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>
#include <optional>

using namespace jy;

namespace {

// Closes every modal dialog that opens while `run` runs, and names their classes.
QStringList dialogsOpenedBy(const std::function<void()> &run)
{
    QStringList opened;
    QTimer closer;
    closer.setInterval(20);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened << QString::fromLatin1(modal->metaObject()->className());
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
        }
    });
    closer.start();
    run();
    closer.stop();
    return opened;
}

} // namespace

TEST_CASE("Ctrl+F, Ctrl+N and Ctrl+P act on the list of every page and tab", "[listcommands]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    ResidentService residents(*db, admin);
    test::addResident(residents, QStringLiteral("张三"), place.householdId, relation::Head);

    MainWindow window(*db, admin);
    window.show();
    window.activateWindow();
    REQUIRE(test::waitFor([&] { return window.isActiveWindow(); }, 5000));
    auto *sidebar = test::child<QListWidget>(window, "sidebar");
    QAction *find = window.findAction();
    QAction *create = window.newRecordAction();
    QAction *print = window.printListAction();
    CHECK(find->shortcut() == QKeySequence(QKeySequence::Find));
    CHECK(create->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(print->shortcut() == QKeySequence(QKeySequence::Print));

    std::optional<ReportDocument> printed;
    ReportPreview::setInterceptor([&](const ReportDocument &doc) { printed = doc; });

    QStringList withList, withoutList;
    for (int row = 0; row < sidebar->count(); ++row) {
        sidebar->setCurrentRow(row);
        Page *page = nullptr;
        for (Page *p : window.findChildren<Page *>())
            if (p->isVisible())
                page = p;
        REQUIRE(page);
        // The page's own tab widget: the first one whose tabs are direct pages of the page.
        QTabWidget *tabs = nullptr;
        for (QTabWidget *t : page->findChildren<QTabWidget *>())
            if (!tabs && t->isVisible() && t->parentWidget() && t->window() == &window)
                tabs = t;
        if (page->listCommands() == nullptr && !tabs) {
            CHECK_FALSE(find->isEnabled());
            CHECK_FALSE(create->isEnabled());
            CHECK_FALSE(print->isEnabled());
            withoutList << page->title();
            continue;
        }
        const int tabCount = tabs ? tabs->count() : 1;
        for (int t = 0; t < tabCount; ++t) {
            if (tabs)
                tabs->setCurrentIndex(t);
            const QString name = page->title() + (tabs ? QStringLiteral(" / ") + tabs->tabText(t) : QString());
            INFO(name.toStdString());
            ListCommands *list = page->listCommands();
            if (!list) {
                CHECK_FALSE(find->isEnabled());
                CHECK_FALSE(create->isEnabled());
                CHECK_FALSE(print->isEnabled());
                withoutList << name;
                continue;
            }
            withList << name;

            // Ctrl+F: the search or filter field has the focus. (The offscreen platform does not
            // give the window back its activation after a dialog, as a window manager does.)
            window.activateWindow();
            REQUIRE(test::waitFor([&] { return window.isActiveWindow(); }, 5000));
            REQUIRE(find->isEnabled());
            REQUIRE(list->searchField());
            find->trigger();
            CHECK(list->searchField()->hasFocus());

            // Ctrl+N: the admin may start a record everywhere; a dialog opens (and is cancelled here).
            REQUIRE(create->isEnabled());
            const QStringList dialogs = dialogsOpenedBy([&] { create->trigger(); });
            CHECK_FALSE(dialogs.isEmpty());

            // Ctrl+P: the list goes to the print preview as a report with a table.
            REQUIRE(print->isEnabled());
            printed.reset();
            print->trigger();
            REQUIRE(printed.has_value());
            CHECK_FALSE(printed->title.isEmpty());
            REQUIRE(printed->mainTable() != nullptr);
            CHECK_FALSE(printed->mainTable()->header.isEmpty());
        }
    }
    ReportPreview::setInterceptor({});

    // Pages without a list are the overview, the dashboard and the map; every other place has all three.
    CHECK(withoutList.size() == 3);
    CHECK(withList.size() >= 12);
    UNSCOPED_INFO(withList.join(QStringLiteral(", ")).toStdString());
}

TEST_CASE("the roster prints the residents it shows, and a viewer may not start a record", "[listcommands]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    const test::SmallPlace place = test::SmallPlace::create(*db);
    ResidentService residents(*db, admin);
    test::addResident(residents, QStringLiteral("张三"), place.householdId, relation::Head);
    test::addResident(residents, QStringLiteral("阿明"), place.householdId, relation::Son);

    const Session viewer = test::viewer();
    MainWindow window(*db, viewer);
    window.show();
    auto *sidebar = test::child<QListWidget>(window, "sidebar");
    sidebar->setCurrentRow(1); // residents
    CHECK(window.findAction()->isEnabled());
    CHECK_FALSE(window.newRecordAction()->isEnabled());
    REQUIRE(window.printListAction()->isEnabled());
    std::optional<ReportDocument> printed;
    ReportPreview::setInterceptor([&](const ReportDocument &doc) { printed = doc; });
    window.printListAction()->trigger();
    ReportPreview::setInterceptor({});
    REQUIRE(printed.has_value());
    REQUIRE(printed->mainTable());
    REQUIRE(printed->mainTable()->rows.size() == 2);
    // In pinyin order, as on screen: 阿 (a) before 张 (zhang).
    CHECK(printed->mainTable()->rows.at(0).at(0).toString() == QStringLiteral("阿明"));
    CHECK(printed->mainTable()->rows.at(1).at(0).toString() == QStringLiteral("张三"));
}

TEST_CASE("every menu entry can be reached from the keyboard", "[listcommands]")
{
    test::TempDatabase db;
    const Session admin = test::admin();
    test::SmallPlace::create(*db);
    MainWindow window(*db, admin);
    for (QAction *top : window.menuBar()->actions()) {
        INFO(top->text().toStdString());
        CHECK(top->text().contains(QLatin1Char('&')));
        QMenu *menu = top->menu();
        REQUIRE(menu);
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            INFO(a->text().toStdString());
            CHECK((a->text().contains(QLatin1Char('&')) || !a->shortcut().isEmpty()));
        }
    }
}
