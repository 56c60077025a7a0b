#pragma once
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jy {

class Database;
class Session;

namespace party_level {
inline const QString Committee = QStringLiteral("committee");           // 社区党委
inline const QString GeneralBranch = QStringLiteral("general_branch");  // 党总支
inline const QString Branch = QStringLiteral("branch");                 // 党支部
QStringList all();
QString name(const QString &level); // translated
} // namespace party_level

namespace branch_kind {
inline const QString Regular = QStringLiteral("regular");
inline const QString Grid = QStringLiteral("grid");             // 网格党支部
inline const QString Functional = QStringLiteral("functional"); // 功能型党支部 (a property company, an estate)
QStringList all();
QString name(const QString &kind);
} // namespace branch_kind

// The themes the seeds' branches carry; a branch may carry another.
QStringList branchThemes();

// A party organisation of a community: its committee or general branch, the branches under it.
struct PartyBranch
{
    qint64 id = 0;
    qint64 communityId = 0;
    qint64 parentId = 0;
    QString level = party_level::Branch;
    QString kind = branch_kind::Regular;
    QString name;
    QString theme;          // 服务, 学习, 孝老 …
    QString secretary;
    QDate foundedOn;
    int rowVersion = 0;     // as read; a save from an older version is a conflict (0: not checked)
    // Filled by reads.
    QString communityName;
    QString parentName;
    int members = 0;        // its own and those of the organisations under it
};

// 党小组 of a branch.
struct PartyGroup
{
    qint64 id = 0;
    qint64 branchId = 0;
    QString name;
    QString leader;
};

// The organisation tree: committees, general branches and branches (with theme and kind) and
// their groups. Validated, permission-checked (ManageParty) and audited.
class PartyOrganisation
{
public:
    PartyOrganisation(Database &db, const Session &session);
    PartyOrganisation(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Field errors: name, level, kind, parent, community, founded_on.
    Result<qint64> save(const PartyBranch &branch);
    // Refused while members or organisations below it remain.
    Status remove(qint64 branchId);
    std::optional<PartyBranch> find(qint64 id) const;
    // Committees first, then branches by name; communityId 0: every community.
    QList<PartyBranch> list(qint64 communityId = 0, const QString &text = {}) const;

    // Field errors: name, branch.
    Result<qint64> saveGroup(const PartyGroup &group);
    Status removeGroup(qint64 groupId);
    QList<PartyGroup> groups(qint64 branchId) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
