#pragma once
#include "accounts/session.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace jy {

// A staff account as the administrator's list shows it; the password hash never leaves core.
struct Account
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Staff;
    qint64 communityId = 0;      // 0: the whole street
    QList<qint64> gridIds;       // a grid worker's grids
    bool active = true;
    bool mustChangePassword = false;
    int failedLogins = 0;
    QDateTime lockedUntil;       // invalid when not locked
    QDateTime lastLoginAt;
};

} // namespace jy
