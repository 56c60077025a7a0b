#include "accounts/accountservice.h"
#include "accounts/passwordhash.h"
#include "accounts/passwordpolicy.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

namespace {
QString nowText() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

QVariantMap toMap(const Account &a)
{
    QStringList grids;
    for (qint64 id : a.gridIds)
        grids << QString::number(id);
    return {{QStringLiteral("username"), a.username},
            {QStringLiteral("display_name"), a.displayName},
            {QStringLiteral("role"), Session::roleKey(a.role)},
            {QStringLiteral("community_id"), a.communityId ? QVariant(a.communityId) : QVariant()},
            {QStringLiteral("grids"), grids.join(QLatin1Char(','))},
            {QStringLiteral("active"), a.active}};
}

QList<qint64> gridsOf(const QSqlDatabase &conn, qint64 accountId)
{
    QList<qint64> grids;
    QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT grid_id FROM account_grid WHERE account_id = ? ORDER BY grid_id"), {accountId});
    while (q.next())
        grids << q.value(0).toLongLong();
    return grids;
}

const QString kSelect = QStringLiteral(
    "SELECT id, username, display_name, role, community_id, active, must_change, failed_logins, locked_until, last_login_at "
    "FROM account");

Account readAccount(const QSqlDatabase &conn, const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = Session::roleFromKey(q.value(3).toString()).value_or(Role::Viewer);
    a.communityId = q.value(4).toLongLong();
    a.active = q.value(5).toBool();
    a.mustChangePassword = q.value(6).toBool();
    a.failedLogins = q.value(7).toInt();
    a.lockedUntil = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    a.lastLoginAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    a.gridIds = gridsOf(conn, a.id);
    return a;
}

void writeGrids(const QSqlDatabase &conn, qint64 accountId, const QList<qint64> &grids)
{
    sql::exec(conn, QStringLiteral("DELETE FROM account_grid WHERE account_id = ?"), {accountId});
    for (qint64 grid : grids)
        sql::exec(conn, QStringLiteral("INSERT INTO account_grid (account_id, grid_id) VALUES (?, ?)"), {accountId, grid});
}

} // namespace

FieldErrors AccountService::checkNames(const QString &username, const QString &displayName)
{
    FieldErrors errors;
    if (username.isEmpty())
        errors.append({QStringLiteral("username"), tr("Enter a user name.")});
    else if (username.size() > 32 || username.contains(QLatin1Char(' ')))
        errors.append({QStringLiteral("username"), tr("A user name has at most 32 characters and no spaces.")});
    if (displayName.isEmpty())
        errors.append({QStringLiteral("display_name"), tr("Enter the person's name.")});
    return errors;
}
AccountService::AccountService(Database &db, const Session &session) : mDb(db), mSession(session) {}

bool AccountService::anyAccounts(Database &db)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM account")).toInt() > 0;
}

Result<Session> AccountService::createFirstAdministrator(Database &db, const QString &usernameIn, const QString &displayNameIn,
                                                         const QString &password)
{
    const QString username = normalizedUsername(usernameIn);
    const QString displayName = displayNameIn.trimmed();
    FieldErrors errors = checkNames(username, displayName);
    if (const QString weak = PasswordPolicy::check(username, password); !weak.isEmpty())
        errors.append({QStringLiteral("password"), weak});
    if (!errors.isEmpty())
        return errors;
    const QString hash = PasswordHash::make(password);
    Transaction tx(db);
    if (anyAccounts(db))
        return Result<Session>::fail(QString(), tr("This database already has accounts: sign in instead."));
    const QString now = nowText();
    const qint64 id = sql::insert(db.connection(),
                                  QStringLiteral("INSERT INTO account (username, display_name, role, password_hash, created_at, "
                                                 "password_changed_at, last_login_at) VALUES (?, ?, 'admin', ?, ?, ?, ?)"),
                                  {username, displayName, hash, now, now, now});
    Session session(username, Role::Admin);
    session.setAccount(id, displayName, 0, {});
    Account created;
    created.username = username;
    created.displayName = displayName;
    created.role = Role::Admin;
    AuditLog::record(db, session, QStringLiteral("create"), QStringLiteral("account"), id, AuditLog::diff({}, toMap(created)));
    tx.commit();
    return session;
}

Session AccountService::sessionFor(Database &db, qint64 accountId)
{
    QSqlDatabase conn = db.connection();
    QSqlQuery q = sql::exec(conn, kSelect + QStringLiteral(" WHERE id = ?"), {accountId});
    if (!q.next())
        throw DbError(QStringLiteral("No account %1").arg(accountId));
    const Account a = readAccount(conn, q);
    Session session(a.username, a.role);
    session.setAccount(a.id, a.displayName, a.communityId, a.role == Role::GridWorker ? a.gridIds : QList<qint64>());
    return session;
}

Status AccountService::checkPermission() const
{
    if (!mSession.can(Permission::ManageAccounts))
        return Status::fail(QString(), tr("Only an administrator may manage accounts."));
    return success();
}

QList<Account> AccountService::list() const
{
    if (!mSession.can(Permission::ManageAccounts))
        return {};
    QList<Account> result;
    QSqlDatabase conn = mDb.connection();
    QSqlQuery q = sql::exec(conn, kSelect + QStringLiteral(" ORDER BY active DESC, username"));
    while (q.next())
        result << readAccount(conn, q);
    return result;
}

std::optional<Account> AccountService::find(qint64 id) const
{
    if (!mSession.can(Permission::ManageAccounts) && id != mSession.accountId())
        return std::nullopt;
    QSqlDatabase conn = mDb.connection();
    QSqlQuery q = sql::exec(conn, kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return readAccount(conn, q);
}

int AccountService::activeAdministratorsOtherThan(qint64 accountId) const
{
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM account WHERE role = 'admin' AND active = 1 AND id <> ?"),
                       {accountId}).toInt();
}

Result<qint64> AccountService::save(const Account &input, const QString &password)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed.errors();
    Account a = input;
    a.username = normalizedUsername(a.username);
    a.displayName = a.displayName.trimmed();
    if (a.role != Role::GridWorker)
        a.gridIds.clear();
    QSqlDatabase conn = mDb.connection();
    FieldErrors errors = checkNames(a.username, a.displayName);
    if (sql::scalar(conn, QStringLiteral("SELECT id FROM account WHERE username = ? AND id <> ?"), {a.username, a.id}).isValid())
        errors.append({QStringLiteral("username"), tr("The user name %1 is taken.").arg(a.username)});
    if (a.communityId && !sql::scalar(conn, QStringLiteral("SELECT id FROM community WHERE id = ?"), {a.communityId}).isValid())
        errors.append({QStringLiteral("community"), tr("The community no longer exists.")});
    if (a.role == Role::GridWorker && a.gridIds.isEmpty())
        errors.append({QStringLiteral("grids"), tr("A grid worker needs at least one grid.")});
    for (qint64 grid : a.gridIds) {
        const QVariant community = sql::scalar(conn, QStringLiteral("SELECT community_id FROM grid WHERE id = ?"), {grid});
        if (!community.isValid())
            errors.append({QStringLiteral("grids"), tr("A chosen grid no longer exists.")});
        else if (a.communityId && community.toLongLong() != a.communityId)
            errors.append({QStringLiteral("grids"), tr("The grids must belong to the account's community.")});
    }
    if (!a.id) {
        if (const QString weak = PasswordPolicy::check(a.username, password); !weak.isEmpty())
            errors.append({QStringLiteral("password"), weak});
    } else if (!(a.role == Role::Admin && a.active) && activeAdministratorsOtherThan(a.id) == 0
               && sql::scalar(conn, QStringLiteral("SELECT count(*) FROM account WHERE id = ? AND role = 'admin' AND active = 1"), {a.id}).toInt()) {
        errors.append({QStringLiteral("role"), tr("This is the last active administrator: keep it, or make another one first.")});
    }
    if (!errors.isEmpty())
        return errors;

    const QString hash = a.id ? QString() : PasswordHash::make(password);
    Transaction tx(mDb);
    qint64 id = a.id;
    if (id) {
        const std::optional<Account> before = find(id);
        if (!before)
            return Result<qint64>::fail(QString(), tr("The account no longer exists."));
        sql::exec(conn, QStringLiteral("UPDATE account SET username = ?, display_name = ?, role = ?, community_id = ?, active = ? WHERE id = ?"),
                  {a.username, a.displayName, Session::roleKey(a.role), sql::nullableId(a.communityId), a.active ? 1 : 0, id});
        writeGrids(conn, id, a.gridIds);
        AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("account"), id, AuditLog::diff(toMap(*before), toMap(a)));
    } else {
        // A password someone else chose is known to two people: the user replaces it at first login.
        id = sql::insert(conn, QStringLiteral("INSERT INTO account (username, display_name, role, community_id, password_hash, "
                                              "must_change, active, created_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"),
                         {a.username, a.displayName, Session::roleKey(a.role), sql::nullableId(a.communityId), hash,
                          a.active ? 1 : 0, nowText()});
        writeGrids(conn, id, a.gridIds);
        AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("account"), id, AuditLog::diff({}, toMap(a)));
    }
    tx.commit();
    return id;
}

Status AccountService::resetPassword(qint64 accountId, const QString &password)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    const std::optional<Account> account = find(accountId);
    if (!account)
        return Status::fail(QString(), tr("The account no longer exists."));
    if (const QString weak = PasswordPolicy::check(account->username, password); !weak.isEmpty())
        return Status::fail(QStringLiteral("password"), weak);
    const QString hash = PasswordHash::make(password);
    Transaction tx(mDb);
    sql::exec(mDb.connection(), QStringLiteral("UPDATE account SET password_hash = ?, must_change = 1, failed_logins = 0, "
                                               "retry_after = NULL, locked_until = NULL, password_changed_at = ? WHERE id = ?"),
              {hash, nowText(), accountId});
    AuditLog::record(mDb, mSession, QStringLiteral("reset_password"), QStringLiteral("account"), accountId, {});
    tx.commit();
    return success();
}

Status AccountService::unlock(qint64 accountId)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    const std::optional<Account> account = find(accountId);
    if (!account)
        return Status::fail(QString(), tr("The account no longer exists."));
    Transaction tx(mDb);
    sql::exec(mDb.connection(), QStringLiteral("UPDATE account SET failed_logins = 0, retry_after = NULL, locked_until = NULL WHERE id = ?"),
              {accountId});
    AuditLog::record(mDb, mSession, QStringLiteral("unlock"), QStringLiteral("account"), accountId,
                     AuditLog::diff({{QStringLiteral("failed_logins"), account->failedLogins}}, {{QStringLiteral("failed_logins"), 0}}));
    tx.commit();
    return success();
}

Status AccountService::changeOwnPassword(const QString &current, const QString &password)
{
    if (!mSession.accountId())
        return Status::fail(QString(), tr("Sign in with an account to change its password."));
    QSqlDatabase conn = mDb.connection();
    QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT username, password_hash FROM account WHERE id = ? AND active = 1"),
                            {mSession.accountId()});
    if (!q.next())
        return Status::fail(QString(), tr("The account no longer exists."));
    const QString username = q.value(0).toString();
    if (!PasswordHash::verify(q.value(1).toString(), current))
        return Status::fail(QStringLiteral("current"), tr("The current password is not right."));
    if (password == current)
        return Status::fail(QStringLiteral("password"), tr("Choose a password different from the current one."));
    if (const QString weak = PasswordPolicy::check(username, password); !weak.isEmpty())
        return Status::fail(QStringLiteral("password"), weak);
    const QString hash = PasswordHash::make(password);
    Transaction tx(mDb);
    sql::exec(conn, QStringLiteral("UPDATE account SET password_hash = ?, must_change = 0, password_changed_at = ? WHERE id = ?"),
              {hash, nowText(), mSession.accountId()});
    AuditLog::record(mDb, mSession, QStringLiteral("change_password"), QStringLiteral("account"), mSession.accountId(), {});
    tx.commit();
    return success();
}

} // namespace jy
