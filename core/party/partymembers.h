#pragma once
#include "common/registerfilter.h"
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jy {

class Database;
class Session;

namespace member_status {
inline const QString Full = QStringLiteral("full");                  // 正式党员
inline const QString Probationary = QStringLiteral("probationary");  // 预备党员
QStringList all();
QString name(const QString &status);
} // namespace member_status

namespace member_kind {
inline const QString Community = QStringLiteral("community");  // 自管党员
inline const QString WorkUnit = QStringLiteral("work_unit");    // 双报到在职党员
inline const QString Floating = QStringLiteral("floating");     // 流动党员
QStringList all();
QString name(const QString &kind);
} // namespace member_kind

// A resident's party record.
struct PartyMember
{
    qint64 residentId = 0;
    qint64 branchId = 0;
    qint64 groupId = 0;
    QString status = member_status::Full;
    QString kind = member_kind::Community;
    QDate joinedOn;
    int rowVersion = 0;     // as read; a save from an older version is a conflict (0: not checked)
    // Filled by reads.
    QString name;
    QString branchName;
    QString groupName;      // 党小组, when the member is in one
    QString communityName;
    QString posts;          // current posts, joined by "、"
    int points = 0;         // the ledger's balance
};

// A move from one branch to another.
struct PartyTransfer
{
    qint64 id = 0;
    qint64 fromBranchId = 0;
    qint64 toBranchId = 0;
    QString fromBranch;
    QString toBranch;
    QDate movedOn;
    QString reason;
    QString actor;
};

// 认岗领责: a post a member takes on, e.g. 楼栋长 or 文明劝导员.
struct PartyPost
{
    qint64 id = 0;
    qint64 residentId = 0;
    QString post;
    QString duty;
    QDate since;
    QDate until;            // invalid while held
};

// Party members: records linked to residents, branch transfers with their history, posts held.
// Validated, permission-checked (ManageParty), audited.
class PartyMembers
{
public:
    PartyMembers(Database &db, const Session &session);
    PartyMembers(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Creates or updates the record of a resident. A new record names its branch; an existing
    // one keeps its branch (transfer() moves it, with history). Field errors: resident, branch,
    // group, status, kind, joined_on.
    Status save(const PartyMember &member);
    Status remove(qint64 residentId);
    // Field errors: branch, moved_on.
    Status transfer(qint64 residentId, qint64 toBranchId, const QDate &movedOn, const QString &reason);
    QList<PartyTransfer> transfers(qint64 residentId) const;

    // Field errors: post, since.
    Result<qint64> addPost(const PartyPost &post);
    // Field errors: until.
    Status endPost(qint64 postId, const QDate &until);
    QList<PartyPost> posts(qint64 residentId) const;

    // The resident a form names: by 18-digit ID number, or by name when exactly one resident
    // (of the community, when given) bears it. Field error: resident.
    Result<qint64> residentFor(const QString &nameOrIdNumber, qint64 communityId = 0) const;
    std::optional<PartyMember> find(qint64 residentId) const;
    // filter: communityId, ownerId (branch), kind, state (status), text (name or post); by name.
    QList<PartyMember> list(const RegisterFilter &filter = {}) const;
    int count(const RegisterFilter &filter = {}) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
