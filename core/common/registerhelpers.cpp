#include "common/registerhelpers.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"

#include <QCoreApplication>

namespace jy::reg {

Status require(const Session &session, Permission permission, const QString &what)
{
    if (session.can(permission))
        return success();
    return Status::fail(QString(), QCoreApplication::translate("jy::Registers", "Your role (%1) may not change %2.")
                                       .arg(Session::roleName(session.role()), what));
}

bool communityExists(Database &db, qint64 communityId)
{
    return communityId && sql::scalar(db.connection(), QStringLiteral("SELECT id FROM community WHERE id = ?"), {communityId}).isValid();
}

Status inScope(Database &db, const Session &session, qint64 communityId)
{
    if (session.unrestricted() || communityId == Scope::homeCommunity(db, session))
        return success();
    return Status::fail(QStringLiteral("community"), QCoreApplication::translate("jy::Scope", "Your account works for another community."));
}

Status changeInScope(Database &db, const Session &session, qint64 newCommunityId, const QString &currentCommunitySql, qint64 id)
{
    if (session.unrestricted())
        return success();
    if (Status target = inScope(db, session, newCommunityId); !target)
        return target;
    if (id) {
        const QVariant current = sql::scalar(db.connection(), currentCommunitySql, {id});
        if (current.isValid())
            return inScope(db, session, current.toLongLong());
    }
    return success();
}

QVariant date(const QDate &d) { return sql::nullableText(d.isValid() ? d.toString(Qt::ISODate) : QString()); }
QDate date(const QVariant &stored) { return QDate::fromString(stored.toString(), Qt::ISODate); }

bool plausible(const QDate &d)
{
    return d.isValid() && d >= QDate(1949, 1, 1) && d.year() <= QDate::currentDate().year() + 1;
}

void Where::add(const QString &condition, const QVariantList &bound)
{
    conditions << condition;
    values << bound;
}

void Where::text(const QString &words, const QStringList &columns)
{
    const QString t = words.trimmed();
    if (t.isEmpty())
        return;
    QStringList likes;
    for (const QString &c : columns) {
        likes << c + QStringLiteral(" LIKE ?");
        values << QLatin1Char('%') + t + QLatin1Char('%');
    }
    conditions << QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

void Where::scope(const Session &session, const QString &communityColumn)
{
    Scope::restrictList(session, conditions, values, communityColumn);
}

Where byId(const Session &session, const QString &idColumn, qint64 id, const QString &communityColumn)
{
    Where w;
    w.add(idColumn + QStringLiteral(" = ?"), {id});
    w.scope(session, communityColumn);
    return w;
}

QString Where::clause() const
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString page(const RegisterFilter &filter)
{
    if (filter.limit < 0)
        return {};
    return QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(std::max(0, filter.offset));
}

} // namespace jy::reg
