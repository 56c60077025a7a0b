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

// What kind of organisation a co-building unit (共建单位 / 大党委成员单位) is.
namespace unit_kind {
inline const QString Government = QStringLiteral("government");   // 机关
inline const QString Institution = QStringLiteral("institution"); // 事业单位 (school, hospital)
inline const QString Enterprise = QStringLiteral("enterprise");   // 企业 (bank, property company)
inline const QString SocialOrg = QStringLiteral("social_org");    // 社会组织
QStringList all();
QString name(const QString &kind);
} // namespace unit_kind

struct CoBuildingUnit
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString name;
    QString kind = unit_kind::Enterprise;
    QString contact;
    QString phone;
    QString address;
    QDate joinedOn;
    QString notes;
    // Filled by reads.
    QString communityName;
    int members = 0;           // registered in-service party members
    QDate agreementUntil;      // the latest agreement's end, invalid when none or open-ended
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

// A co-building agreement (共建协议): when signed, until when, what it commits to.
struct CoBuildingAgreement
{
    qint64 id = 0;
    qint64 unitId = 0;
    QDate signedOn;
    QDate validUntil;          // invalid: open-ended
    QString content;
    QString contact;
};

// An in-service party member the unit registered in the community (双报到).
struct RegisteredMember
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString name;
    QString phone;
    qint64 residentId = 0;     // when they also live here
    QDate registeredOn;
    QString speciality;        // what they can do for residents
    bool active = true;
};

// Co-building units with their agreements and the party members they registered here.
// Validated, permission-checked (ManageGovernance), audited.
class CoBuildingUnits
{
public:
    CoBuildingUnits(Database &db, const Session &session);
    CoBuildingUnits(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Field errors: name, kind, community, phone, joined_on.
    Result<qint64> save(const CoBuildingUnit &unit);
    Status remove(qint64 id);
    std::optional<CoBuildingUnit> find(qint64 id) const;
    // filter: communityId, kind, text (name, contact); by name.
    QList<CoBuildingUnit> list(const RegisterFilter &filter = {}) const;
    int count(const RegisterFilter &filter = {}) const;

    // Field errors: signed_on, valid_until, content.
    Result<qint64> addAgreement(const CoBuildingAgreement &agreement);
    QList<CoBuildingAgreement> agreements(qint64 unitId) const;

    // Field errors: name, phone, registered_on.
    Result<qint64> registerMember(const RegisteredMember &member);
    QList<RegisteredMember> members(qint64 unitId) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
