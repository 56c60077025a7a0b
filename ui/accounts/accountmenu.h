#pragma once
#include <QCoreApplication>

class QMainWindow;

namespace jy {

class Database;
class Session;

// The Account menu (own password, staff accounts, lock, idle time), the signed-in user in the
// status bar, and the idle lock. Sessions without an account (tests) get the menu disabled.
class AccountMenu
{
    Q_DECLARE_TR_FUNCTIONS(jy::AccountMenu)
public:
    static void install(QMainWindow *window, Database &db, const Session &session);
};

} // namespace jy
