#pragma once
#include <QList>
#include <QString>
#include <optional>

namespace jy {

enum class Role { Admin, Staff, GridWorker, SupermarketAdmin, Viewer };

// Every role, for table-driven checks and role pickers.
inline constexpr Role kAllRoles[] = {Role::Admin, Role::Staff, Role::GridWorker, Role::SupermarketAdmin, Role::Viewer};

enum class Permission {
    ViewResidents,
    EditResidents,
    ViewPersonalData, // unmasked ID numbers and phones
    ManagePlaces,
    ImportData,
    PlaceOrders,        // register a resident's volunteer-service order
    ManageSupermarket,  // catalogue, volunteers, teams, shops, offers, settings, point adjustments
    RedeemPoints,       // hand out gifts at a redemption event
    IssueCertificates,  // volunteer service record certificates
    ManageGridMap,      // draw grids, place buildings, assign them, grid staff, care plans
    RecordGridWork,     // patrols, incidents, care visits
    ManageParty,        // party organisation, members, posts, points, 三会一课, 五星支部
    ManageGovernance,   // co-building units and lists, meetings, activities, merchants
    RecordCases,        // register mediation and agency cases (the steps are the workflows')
    ManageAccounts,     // create staff accounts, set roles and scopes, reset passwords, unlock
    ViewAuditLog,       // read, filter and export the audit log, verify its chain
};

// Who is acting. Every mutation checks a permission against it and names it in the audit log.
class Session
{
public:
    Session(QString user, Role role) : mUser(std::move(user)), mRole(role) {}
    // The person at this desktop, before accounts exist: the OS user, as an administrator.
    static Session localAdministrator();

    const QString &user() const { return mUser; }
    Role role() const { return mRole; }
    bool can(Permission permission) const;
    static QString roleName(Role role); // translated
    // Stable keys stored in the account table: admin, staff, gridworker, supermarket, viewer.
    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString &key);

    // The staff account behind this session; 0 for the command line and tests, which act as the
    // operating-system user (whoever can run them can read the database file anyway).
    qint64 accountId() const { return mAccountId; }
    QString displayName() const { return mDisplayName.isEmpty() ? mUser : mDisplayName; }
    // Where the account works: one community, or the whole street (0).
    qint64 communityScope() const { return mCommunityScope; }
    // A grid worker's own grids; empty for every other role.
    const QList<qint64> &gridScope() const { return mGridScope; }
    void setAccount(qint64 accountId, const QString &displayName, qint64 communityScope, QList<qint64> gridScope);
    // True when no community or grid limits what this session sees and changes. Sessions
    // without an account (the command line, tests) are the operating-system user's: unlimited.
    bool unrestricted() const { return mAccountId == 0 || (mCommunityScope == 0 && mRole != Role::GridWorker); }

private:
    QString mUser;
    Role mRole;
    qint64 mAccountId = 0;
    QString mDisplayName;
    qint64 mCommunityScope = 0;
    QList<qint64> mGridScope;
};

} // namespace jy
