#include "testsupport.h"
#include "accounts/accountsdialog.h"
#include "accounts/accountservice.h"
#include "accounts/idlelock.h"
#include "accounts/passworddialog.h"
#include "accounts/signindialog.h"
#include "db/sql.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace jy;

namespace {
void type(QWidget &dialog, const char *field, const QString &text)
{
    test::child<QLineEdit>(dialog, field)->setText(text);
}
} // namespace

TEST_CASE("the first start creates the administrator and says what is wrong until it can", "[accounts-ui]")
{
    test::TempDatabase db;
    SignInDialog dialog(*db, SignInDialog::Mode::FirstAdministrator);
    dialog.show();
    type(dialog, "username", QStringLiteral("wang"));
    type(dialog, "displayName", QStringLiteral("王主任"));
    type(dialog, "password", QStringLiteral("chunfeng2026"));
    type(dialog, "repeat", QStringLiteral("chunfeng2025"));
    dialog.submit();
    CHECK_FALSE(test::child<QLabel>(dialog, "message")->text().isEmpty());
    CHECK_FALSE(dialog.session());
    type(dialog, "password", QStringLiteral("short1"));
    type(dialog, "repeat", QStringLiteral("short1"));
    dialog.submit();
    CHECK(test::child<QLabel>(dialog, "message")->text().contains(QStringLiteral("8")));
    CHECK_FALSE(AccountService::anyAccounts(*db));
    test::screenshot(dialog, "accounts-first-admin");
    type(dialog, "password", QStringLiteral("chunfeng2026"));
    type(dialog, "repeat", QStringLiteral("chunfeng2026"));
    dialog.submit();
    REQUIRE(dialog.session());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.session()->role() == Role::Admin);
}

TEST_CASE("signing in shows the refusal, holds the button during the wait, and opens with the right password", "[accounts-ui]")
{
    test::TempDatabase db;
    REQUIRE(AccountService::createFirstAdministrator(*db, QStringLiteral("wang"), QStringLiteral("王主任"), QStringLiteral("chunfeng2026")).ok());
    SignInDialog dialog(*db, SignInDialog::Mode::SignIn);
    dialog.show();
    type(dialog, "username", QStringLiteral("wang"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    for (int i = 0; i < 3; ++i) {
        type(dialog, "password", QStringLiteral("wrong-1234"));
        dialog.submit();
    }
    CHECK_FALSE(dialog.session());
    CHECK_FALSE(ok->isEnabled());
    CHECK_FALSE(test::child<QLabel>(dialog, "message")->text().isEmpty());
    CHECK(test::child<QLineEdit>(dialog, "password")->text().isEmpty());
    test::screenshot(dialog, "accounts-sign-in-wait");
    // After the wait the button comes back and the right password opens.
    REQUIRE(test::waitFor([ok] { return ok->isEnabled(); }, 10000));
    type(dialog, "password", QStringLiteral("chunfeng2026"));
    dialog.submit();
    REQUIRE(dialog.session());
    CHECK(dialog.session()->user() == QStringLiteral("wang"));
}

TEST_CASE("the lock opens only with the user's password, never with Escape", "[accounts-ui]")
{
    test::TempDatabase db;
    const Result<Session> admin = AccountService::createFirstAdministrator(*db, QStringLiteral("wang"), QStringLiteral("王主任"),
                                                                           QStringLiteral("chunfeng2026"));
    REQUIRE(admin.ok());
    LockDialog lock(*db, admin.value());
    lock.resize(900, 600);
    lock.show();
    lock.reject();
    CHECK(lock.isVisible());
    type(lock, "password", QStringLiteral("wrong-1234"));
    lock.submit();
    CHECK(lock.isVisible());
    CHECK_FALSE(test::child<QLabel>(lock, "message")->text().isEmpty());
    test::screenshot(lock, "accounts-lock");
    type(lock, "password", QStringLiteral("chunfeng2026"));
    lock.submit();
    CHECK(lock.result() == QDialog::Accepted);
    CHECK_FALSE(lock.isVisible());
}

TEST_CASE("an administrator adds a grid worker from the accounts dialog, the worker must change the password", "[accounts-ui]")
{
    test::TempDatabase db;
    const test::SmallPlace place = test::SmallPlace::create(*db);
    sql::insert(db->connection(), QStringLiteral("INSERT INTO grid (community_id, code, name) VALUES (?, '01', '第一网格')"), {place.communityId});
    const Result<Session> admin = AccountService::createFirstAdministrator(*db, QStringLiteral("wang"), QStringLiteral("王主任"),
                                                                           QStringLiteral("chunfeng2026"));
    REQUIRE(admin.ok());
    AccountsDialog list(*db, admin.value());
    CHECK(list.table()->rowCount() == 1);

    AccountEditDialog edit(*db, admin.value(), Account{});
    edit.show();
    type(edit, "username", QStringLiteral("liu"));
    type(edit, "displayName", QStringLiteral("刘网格员"));
    auto *role = test::child<QComboBox>(edit, "role");
    role->setCurrentIndex(role->findData(int(Role::GridWorker)));
    auto *community = test::child<QComboBox>(edit, "community");
    community->setCurrentIndex(community->findData(place.communityId));
    type(edit, "password", QStringLiteral("wangge2026"));
    edit.submit();
    CHECK(test::child<QLabel>(edit, "message")->text().contains(QStringLiteral("网格")));
    auto *grids = test::child<QListWidget>(edit, "grids");
    REQUIRE(grids->count() == 1);
    grids->item(0)->setCheckState(Qt::Checked);
    test::screenshot(edit, "accounts-edit");
    edit.submit();
    REQUIRE(edit.savedId() > 0);
    list.reload();
    CHECK(list.table()->rowCount() == 2);
    test::screenshot(list, "accounts-list");

    const Session worker = AccountService::sessionFor(*db, edit.savedId());
    PasswordDialog change(*db, worker, PasswordDialog::Mode::Required);
    type(change, "current", QStringLiteral("wangge2026"));
    type(change, "password", QStringLiteral("xinmima2026"));
    type(change, "repeat", QStringLiteral("xinmima2026"));
    change.submit();
    CHECK(change.result() == QDialog::Accepted);

    // A viewer reaching the dialog anyway sees no accounts.
    const Session viewer = test::viewer(); // the dialog keeps a reference to it
    AccountsDialog refused(*db, viewer);
    CHECK(refused.table()->rowCount() == 0);
}
