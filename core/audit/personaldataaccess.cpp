#include "audit/personaldataaccess.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/transaction.h"

#include <QJsonObject>

namespace jy {

Status PersonalDataAccess::reveal(Database &db, const Session &session, const QString &where, const QString &detail)
{
    if (!session.can(Permission::ViewPersonalData))
        return Status::fail(QString(), tr("Your role (%1) may not see full ID numbers and phone numbers.").arg(Session::roleName(session.role())));
    Transaction tx(db);
    QJsonObject changes{{QStringLiteral("view"), where}};
    if (!detail.isEmpty())
        changes.insert(QStringLiteral("detail"), detail);
    AuditLog::record(db, session, QStringLiteral("unmask"), QStringLiteral("resident"), 0, changes);
    tx.commit();
    return success();
}

} // namespace jy
