#include "accounts/session.h"

#include <QCoreApplication>

namespace jy {

Session Session::localAdministrator()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("local"));
    return Session(user, Role::Admin);
}

bool Session::can(Permission permission) const
{
    switch (permission) {
    case Permission::ViewResidents:
        return true;
    case Permission::EditResidents:
        return mRole == Role::Admin || mRole == Role::Staff || mRole == Role::GridWorker;
    case Permission::ViewPersonalData:
        return mRole == Role::Admin || mRole == Role::Staff;
    case Permission::ManagePlaces:
    case Permission::ImportData:
    case Permission::ManageGridMap:
        return mRole == Role::Admin || mRole == Role::Staff;
    case Permission::PlaceOrders:
        return mRole != Role::Viewer;
    case Permission::RecordGridWork:
        return mRole == Role::Admin || mRole == Role::Staff || mRole == Role::GridWorker;
    case Permission::ManageSupermarket:
        return mRole == Role::Admin || mRole == Role::SupermarketAdmin;
    case Permission::RedeemPoints:
    case Permission::IssueCertificates:
        return mRole == Role::Admin || mRole == Role::SupermarketAdmin || mRole == Role::Staff;
    case Permission::ManageParty:
    case Permission::ManageGovernance:
        return mRole == Role::Admin || mRole == Role::Staff;
    case Permission::ManageAccounts:
        return mRole == Role::Admin;
    case Permission::RecordCases:
        // Grid workers meet disputes and errands on their rounds and register them on the spot.
        return mRole == Role::Admin || mRole == Role::Staff || mRole == Role::GridWorker;
    case Permission::ViewAuditLog:
        // The log holds every person's data before and after each change, and who changed it.
        return mRole == Role::Admin;
    }
    return false;
}

QString Session::roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("jy::Session", "Administrator");
    case Role::Staff:
        return QCoreApplication::translate("jy::Session", "Office staff");
    case Role::GridWorker:
        return QCoreApplication::translate("jy::Session", "Grid worker");
    case Role::SupermarketAdmin:
        return QCoreApplication::translate("jy::Session", "Supermarket administrator");
    case Role::Viewer:
        return QCoreApplication::translate("jy::Session", "Viewer");
    }
    return {};
}

QString Session::roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::GridWorker:
        return QStringLiteral("gridworker");
    case Role::SupermarketAdmin:
        return QStringLiteral("supermarket");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> Session::roleFromKey(const QString &key)
{
    for (Role role : kAllRoles)
        if (roleKey(role) == key)
            return role;
    return std::nullopt;
}

void Session::setAccount(qint64 accountId, const QString &displayName, qint64 communityScope, QList<qint64> gridScope)
{
    mAccountId = accountId;
    mDisplayName = displayName;
    mCommunityScope = communityScope;
    mGridScope = std::move(gridScope);
}

} // namespace jy
