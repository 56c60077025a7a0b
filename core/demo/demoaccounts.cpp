#include "demo/demoaccounts.h"
#include "accounts/accountservice.h"
#include "accounts/passwordhash.h"
#include "db/database.h"
#include "db/sql.h"

#include <QDateTime>

namespace jy {

namespace {
const QString kSettingKey = QStringLiteral("demo_accounts");
} // namespace

void DemoAccounts::generate(Database &db, const QList<qint64> &communityIds)
{
    if (communityIds.isEmpty() || AccountService::anyAccounts(db))
        return;
    QSqlDatabase conn = db.connection();
    const qint64 first = communityIds.first();
    const QVariant firstGrid = sql::scalar(conn, QStringLiteral("SELECT min(id) FROM grid WHERE community_id = ?"), {first});
    // The minimal cost keeps demo generation fast; the first sign-in upgrades each hash.
    const QString hash = PasswordHash::make(kPassword, PasswordHash::Cost::Minimal);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    struct Row
    {
        const char *username;
        QString name;
        Role role;
        qint64 community;
    };
    const QList<Row> rows = {
        {"admin", QStringLiteral("街道管理员"), Role::Admin, 0},
        {"staff", QStringLiteral("社区工作人员"), Role::Staff, first},
        {"grid", QStringLiteral("网格员"), Role::GridWorker, first},
        {"market", QStringLiteral("超市管理员"), Role::SupermarketAdmin, first},
        {"viewer", QStringLiteral("街道查看人员"), Role::Viewer, 0},
    };
    for (const Row &row : rows) {
        if (row.role == Role::GridWorker && !firstGrid.isValid())
            continue;
        const qint64 id = sql::insert(conn, QStringLiteral("INSERT INTO account (username, display_name, role, community_id, password_hash, "
                                                           "created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                      {QString::fromLatin1(row.username), row.name, Session::roleKey(row.role),
                                       sql::nullableId(row.community), hash, now, now});
        if (row.role == Role::GridWorker)
            sql::exec(conn, QStringLiteral("INSERT INTO account_grid (account_id, grid_id) VALUES (?, ?)"), {id, firstGrid});
    }
    sql::exec(conn, QStringLiteral("DELETE FROM app_setting WHERE key = ?"), {kSettingKey});
    sql::exec(conn, QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, '1')"), {kSettingKey});
}

bool DemoAccounts::present(Database &db)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT value FROM app_setting WHERE key = ?"), {kSettingKey}).toString()
           == QLatin1String("1");
}

} // namespace jy
