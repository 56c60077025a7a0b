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

namespace meeting_kind {
inline const QString ResidentCouncil = QStringLiteral("resident_council"); // 居民议事
inline const QString TalkDay = QStringLiteral("talk_day");                 // 居民说事日
inline const QString Courtyard = QStringLiteral("courtyard");              // 坝坝会
inline const QString FiveParty = QStringLiteral("five_party");             // 五方议事
inline const QString OneThreeTwo = QStringLiteral("one_three_two");        // 一征三议两公开
inline const QString Joint = QStringLiteral("joint");                      // 党建联席会 with co-building units
QStringList all();
QString name(const QString &kind);
} // namespace meeting_kind

// Something a meeting decided to do, and whether it is done.
struct FollowUp
{
    qint64 id = 0;
    qint64 meetingId = 0;
    QString item;
    QString owner;
    QDate dueOn;
    bool done = false;
    QDate doneOn;
};

struct GovernanceMeeting
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString kind = meeting_kind::ResidentCouncil;
    QDate heldOn;
    QString place;
    QString topic;
    QString participants;    // who took part, as the minutes name them
    int attendance = 0;
    QString decisions;
    // Filled by reads.
    QString communityName;
    int openFollowUps = 0;
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

// Governance meetings (居民议事, 说事日, 坝坝会, 五方议事, 党建联席会 …) with their decisions and
// follow-up items. ManageGovernance, audited.
class GovernanceMeetings
{
public:
    GovernanceMeetings(Database &db, const Session &session);
    GovernanceMeetings(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Field errors: kind, held_on, topic, attendance, community.
    Result<qint64> save(const GovernanceMeeting &meeting);
    Status remove(qint64 id);
    std::optional<GovernanceMeeting> find(qint64 id) const;
    // filter: communityId, kind, text (topic, place, decisions), from/to; newest first.
    QList<GovernanceMeeting> list(const RegisterFilter &filter = {}) const;
    int count(const RegisterFilter &filter = {}) const;

    // Field errors: item, due_on.
    Result<qint64> addFollowUp(const FollowUp &item);
    // Field errors: done_on.
    Status completeFollowUp(qint64 followUpId, const QDate &doneOn);
    QList<FollowUp> followUps(qint64 meetingId) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
