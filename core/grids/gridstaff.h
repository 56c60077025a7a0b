#pragma once
#include "common/result.h"

#include <QList>
#include <QString>

namespace jy {

class Database;
class Session;

// 一长三员 and the other roles an office gives its grid staff; roles are data, so an office can
// add 网格指导员 or rename 信息员 without a new version.
struct GridRole
{
    qint64 id = 0;
    QString name;
};

struct GridStaffMember
{
    qint64 id = 0;
    qint64 gridId = 0;
    qint64 roleId = 0;
    QString role;
    QString name;
    QString phone;
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

class GridStaff
{
public:
    GridStaff(Database &db, const Session &session);
    GridStaff(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    QList<GridRole> roles() const;
    Result<qint64> addRole(const QString &name);
    QList<GridStaffMember> members(qint64 gridId) const;   // in the roles' order
    Result<qint64> save(const GridStaffMember &member);     // id 0: a new assignment
    Status remove(qint64 memberId);

private:
    Status checkPermission() const;

    Database &mDb;
    const Session &mSession;
};

} // namespace jy
