#include "tags/tagstore.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jy {

QList<Tag> TagStore::all(bool withCounts) const
{
    const QString statement = withCounts
        ? QStringLiteral("SELECT t.id, t.name, t.category, t.builtin, (SELECT count(*) FROM resident_tag rt WHERE rt.tag_id = t.id) "
                         "FROM tag t ORDER BY t.id")
        : QStringLiteral("SELECT id, name, category, builtin, 0 FROM tag ORDER BY id");
    QSqlQuery q = sql::exec(mDb.connection(), statement);
    QList<Tag> out;
    while (q.next())
        out << Tag{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(), q.value(4).toInt()};
    return out;
}

qint64 TagStore::idOf(const QString &name) const
{
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT id FROM tag WHERE name = ?"), {name}).toLongLong();
}

Result<qint64> TagStore::create(const QString &name, const QString &category)
{
    const QString clean = name.simplified();
    if (!mSession.can(Permission::EditResidents))
        return Result<qint64>::fail(QString(), QCoreApplication::translate("jy::TagStore", "Your role may not define tags."));
    if (clean.isEmpty() || clean.size() > 20)
        return Result<qint64>::fail(QStringLiteral("name"), QCoreApplication::translate("jy::TagStore", "A tag name has 1 to 20 characters."));
    if (idOf(clean))
        return Result<qint64>::fail(QStringLiteral("name"), QCoreApplication::translate("jy::TagStore", "The tag %1 already exists.").arg(clean));
    Transaction tx(mDb);
    const qint64 id = sql::insert(mDb.connection(), QStringLiteral("INSERT INTO tag (name, category, builtin) VALUES (?, ?, 0)"),
                                  {clean, category});
    AuditLog::record(mDb, mSession, QStringLiteral("create"), QStringLiteral("tag"), id,
                     AuditLog::diff({}, {{QStringLiteral("name"), clean}, {QStringLiteral("category"), category}}));
    tx.commit();
    return id;
}

} // namespace jy
