#pragma once
#include <QString>

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

private:
    QString mUser;
    Role mRole;
};

} // namespace jy
