#pragma once
#include "accounts/session.h"

#include <QCoreApplication>

#include <QDateTime>
#include <optional>

namespace jy {

class Database;

// Signing in, and unlocking an idle-locked window. Failed attempts are counted in the account
// itself, so waiting and locking hold across restarts and workstations: after
// kFreeAttempts failures each further try has to wait longer, and kLockAfter failures lock the
// account for kLockMinutes (an administrator can unlock it sooner).
class Login
{
    Q_DECLARE_TR_FUNCTIONS(jy::Login)
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr int kLockAfter = 6;
    static constexpr int kLockMinutes = 15;

    struct Outcome
    {
        std::optional<Session> session; // set when signed in
        bool mustChangePassword = false;
        QString message;                // why not, in plain words
        int waitSeconds = 0;            // when the next attempt will be heard
    };
    static Outcome signIn(Database &db, const QString &username, const QString &password,
                          const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The same checks for the signed-in user's own password (the idle lock).
    static Outcome confirm(Database &db, const Session &session, const QString &password,
                           const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    static Outcome attempt(Database &db, const QString &where, const QVariant &key, const QString &password, const QDateTime &now,
                           const QString &wrongPassword);
};

} // namespace jy
