#pragma once
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace jy {

class Database;
class Session;

// A person who serves: a resident of the roster, or someone from a co-building unit.
struct Volunteer
{
    qint64 id = 0;
    qint64 residentId = 0;        // 0: not on the roster (e.g. from a co-building unit)
    QString name;
    QString idType = QStringLiteral("resident_id"); // 居民身份证; other documents by name
    QString idNumber;
    QString phone;
    QString volunteerNo;          // generated when empty
    qint64 communityId = 0;
    qint64 teamId = 0;
    QString unitName;             // co-building unit, for people from outside the roster
    QDate registeredOn;
    bool active = true;
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

struct VolunteerTeam
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString name;                 // "小王义剪", "老张唠家常" …
    QString leader;
    QString phone;
    QDate foundedOn;
    QString notes;
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

// An affiliated shop (加盟店) that serves for free, e.g. a hair salon.
struct PartnerShop
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString name;
    QString owner;
    QString phone;
    QString address;
    QDate joinedOn;
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

// A service "on the shelf": which item, by whom (exactly one of volunteer, team, shop), where, when.
struct ServiceOffer
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 volunteerId = 0;
    qint64 teamId = 0;
    qint64 shopId = 0;
    QString place;
    QString availability;         // "每周六上午"
    bool active = true;
    QString providerName;         // filled by reads
    QString itemName;             // filled by reads
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

// A volunteer with what the ledger says about them, for lists.
struct VolunteerSummary
{
    Volunteer volunteer;
    QString teamName;
    QString communityName;
    double hours = 0;   // cumulative service hours
    int balance = 0;    // points
    int services = 0;   // completed orders
    int stars = 0;
};

// Volunteers, teams, shops and their offers: validated, permission-checked, audited.
class VolunteerService
{
public:
    VolunteerService(Database &db, const Session &session);
    VolunteerService(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    Result<qint64> saveVolunteer(const Volunteer &volunteer); // id 0: new; a resident's name, ID and phone come from the roster
    Result<qint64> saveTeam(const VolunteerTeam &team);
    Result<qint64> saveShop(const PartnerShop &shop);
    Result<qint64> saveOffer(const ServiceOffer &offer);

    std::optional<Volunteer> volunteer(qint64 id) const;
    // By id, volunteer number, or exact name (the first registered when names repeat).
    std::optional<Volunteer> findVolunteer(const QString &idOrNumberOrName) const;
    QList<VolunteerTeam> teams(qint64 communityId = 0) const;
    QList<PartnerShop> shops(qint64 communityId = 0) const;
    QList<ServiceOffer> offers(qint64 itemId = 0) const;
    // Volunteers of a community (0: all) whose name or number contains the text, with hours,
    // points, services and stars, in pinyin order of names; ID numbers and phones masked unless
    // the role may see them.
    QList<VolunteerSummary> summaries(qint64 communityId = 0, const QString &text = {}, int limit = 500) const;

private:
    Status checkPermission() const;

    Database &mDb;
    const Session &mSession;
};

} // namespace jy
