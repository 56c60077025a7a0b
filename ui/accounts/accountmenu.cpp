#include "accounts/accountmenu.h"
#include "accounts/accountsdialog.h"
#include "accounts/idlelock.h"
#include "accounts/passworddialog.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QStatusBar>

namespace jy {

void AccountMenu::install(QMainWindow *window, Database &db, const Session &session)
{
    const bool signedIn = session.accountId() != 0;
    IdleLock *lock = signedIn ? new IdleLock(db, session, window) : nullptr;

    QMenu *menu = window->menuBar()->addMenu(tr("&Account"));
    QAction *password = menu->addAction(tr("Change &password…"), window, [window, &db, &session] {
        PasswordDialog dialog(db, session, PasswordDialog::Mode::Voluntary, window);
        dialog.exec();
    });
    password->setEnabled(signedIn);
    QAction *manage = menu->addAction(tr("Staff &accounts…"), window, [window, &db, &session] {
        AccountsDialog dialog(db, session, window);
        dialog.exec();
    });
    manage->setEnabled(session.can(Permission::ManageAccounts));
    menu->addSeparator();
    QAction *lockNow = menu->addAction(tr("&Lock"), window, [lock] {
        if (lock)
            lock->lockNow();
    });
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockNow->setEnabled(signedIn);
    QAction *idle = menu->addAction(tr("Lock when &idle…"), window, [window, lock] {
        bool ok = false;
        const int minutes = QInputDialog::getInt(window, tr("Lock when idle"),
                                                 tr("Lock Jiayuan after this many minutes without input (0: never):"),
                                                 IdleLock::minutes(), 0, 240, 1, &ok);
        if (!ok)
            return;
        IdleLock::setMinutes(minutes);
        if (lock)
            lock->restart();
    });
    idle->setEnabled(signedIn);

    auto *who = new QLabel(tr("%1 (%2)").arg(session.displayName(), Session::roleName(session.role())));
    who->setObjectName(QStringLiteral("signedInUser"));
    window->statusBar()->insertPermanentWidget(0, who);
}

} // namespace jy
