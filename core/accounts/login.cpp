#include "accounts/login.h"
#include "accounts/accountservice.h"
#include "accounts/passwordhash.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace jy {

namespace {
// Unknown user names cost as much time as known ones, so timing does not tell which exist.
const QString &decoyHash()
{
    static const QString hash = PasswordHash::make(QStringLiteral("decoy-password-1"));
    return hash;
}

// The wait after the n-th failure in a row: none for the first few, then 5 s, 15 s, 45 s …
int waitAfterFailures(int failures)
{
    if (failures < Login::kFreeAttempts)
        return 0;
    int seconds = 5;
    for (int i = Login::kFreeAttempts; i < failures; ++i)
        seconds *= 3;
    return seconds;
}

} // namespace

Login::Outcome Login::attempt(Database &db, const QString &where, const QVariant &key, const QString &password, const QDateTime &now,
                              const QString &wrongPassword)
{
    Login::Outcome out;
    QSqlDatabase conn = db.connection();
    QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT id, username, password_hash, active, failed_logins, retry_after, locked_until, "
                                                 "must_change FROM account WHERE ") + where, {key});
    if (!q.next()) {
        PasswordHash::verify(decoyHash(), password);
        out.message = wrongPassword;
        return out;
    }
    const qint64 id = q.value(0).toLongLong();
    const QString username = q.value(1).toString();
    const QString hash = q.value(2).toString();
    const bool active = q.value(3).toBool();
    const int failures = q.value(4).toInt();
    const QDateTime retryAfter = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    const QDateTime lockedUntil = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    const bool mustChange = q.value(7).toBool();

    if (lockedUntil.isValid() && now < lockedUntil) {
        out.waitSeconds = int(now.secsTo(lockedUntil));
        out.message = tr("Too many wrong passwords: the account is locked until %1. An administrator can unlock it sooner.")
                          .arg(QLocale().toString(lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
        return out;
    }
    if (retryAfter.isValid() && now < retryAfter) {
        out.waitSeconds = int(now.secsTo(retryAfter)) + 1;
        out.message = tr("Please wait %n second(s) before trying again.", nullptr, out.waitSeconds);
        return out;
    }
    const Session actor(username, Role::Viewer);
    const bool right = PasswordHash::verify(hash, password);
    if (!right) {
        const int failed = failures + 1;
        Transaction tx(db);
        if (failed >= kLockAfter) {
            const QDateTime until = now.addSecs(kLockMinutes * 60);
            sql::exec(conn, QStringLiteral("UPDATE account SET failed_logins = 0, retry_after = NULL, locked_until = ? WHERE id = ?"),
                      {until.toString(Qt::ISODate), id});
            AuditLog::record(db, actor, QStringLiteral("lock"), QStringLiteral("account"), id,
                             AuditLog::diff({}, {{QStringLiteral("locked_until"), until.toString(Qt::ISODate)}}));
            out.waitSeconds = kLockMinutes * 60;
            out.message = tr("Too many wrong passwords: the account is locked for %n minute(s). An administrator can unlock it sooner.",
                             nullptr, kLockMinutes);
        } else {
            const int wait = waitAfterFailures(failed);
            sql::exec(conn, QStringLiteral("UPDATE account SET failed_logins = ?, retry_after = ? WHERE id = ?"),
                      {failed, wait ? QVariant(now.addSecs(wait).toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>()), id});
            AuditLog::record(db, actor, QStringLiteral("login_failed"), QStringLiteral("account"), id,
                             AuditLog::diff({}, {{QStringLiteral("failed_logins"), failed}}));
            out.waitSeconds = wait;
            out.message = wrongPassword;
            if (wait)
                out.message += QLatin1Char('\n') + tr("Please wait %n second(s) before trying again.", nullptr, wait);
        }
        tx.commit();
        return out;
    }
    // Only someone who knows the password learns that the account is switched off.
    if (!active) {
        out.message = tr("This account is switched off. Ask an administrator.");
        return out;
    }

    Transaction tx(db);
    const QString upgraded = PasswordHash::needsUpgrade(hash) ? PasswordHash::make(password) : hash;
    sql::exec(conn, QStringLiteral("UPDATE account SET failed_logins = 0, retry_after = NULL, locked_until = NULL, last_login_at = ?, "
                                   "password_hash = ? WHERE id = ?"),
              {now.toString(Qt::ISODate), upgraded, id});
    Session session = AccountService::sessionFor(db, id);
    AuditLog::record(db, session, QStringLiteral("login"), QStringLiteral("account"), id, {});
    tx.commit();
    out.session = std::move(session);
    out.mustChangePassword = mustChange;
    return out;
}

Login::Outcome Login::signIn(Database &db, const QString &username, const QString &password, const QDateTime &now)
{
    return attempt(db, QStringLiteral("username = ?"), AccountService::normalizedUsername(username), password, now,
                   tr("The user name or the password is not right."));
}

Login::Outcome Login::confirm(Database &db, const Session &session, const QString &password, const QDateTime &now)
{
    return attempt(db, QStringLiteral("id = ?"), session.accountId(), password, now, tr("The password is not right."));
}

} // namespace jy
