#pragma once
#include "accounts/account.h"
#include "common/result.h"

#include <QCoreApplication>

namespace jy {

class Database;

// Staff accounts: the first administrator, and what an administrator does with accounts. Every
// change is checked against ManageAccounts, validated, and audited without the password.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(jy::AccountService)
public:
    AccountService(Database &db, const Session &session);
    AccountService(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    static bool anyAccounts(Database &db);
    // Only while the database has no account at all: the first run's administrator (whole street).
    static Result<Session> createFirstAdministrator(Database &db, const QString &username, const QString &displayName,
                                                    const QString &password);
    // The session an account works in: its role, community and grids.
    static Session sessionFor(Database &db, qint64 accountId);

    QList<Account> list() const;
    std::optional<Account> find(qint64 id) const;
    // id 0 creates the account with `password` (required then, and it must be changed at first login).
    Result<qint64> save(const Account &account, const QString &password = {});
    // Sets a new password the user has to change at the next login, and unlocks the account.
    Status resetPassword(qint64 accountId, const QString &password);
    Status unlock(qint64 accountId);
    // The signed-in user's own password; needs the current one.
    Status changeOwnPassword(const QString &current, const QString &password);

    static QString normalizedUsername(const QString &username) { return username.trimmed().toLower(); }

private:
    static FieldErrors checkNames(const QString &username, const QString &displayName);
    Status checkPermission() const;
    int activeAdministratorsOtherThan(qint64 accountId) const;

    Database &mDb;
    const Session &mSession;
};

} // namespace jy
