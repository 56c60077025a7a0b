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

// 三会一课: the branch assembly, the branch committee, the group meeting, and the Party lesson;
// and the monthly theme Party day.
namespace branch_meeting_kind {
inline const QString Assembly = QStringLiteral("assembly");    // 支部党员大会
inline const QString Committee = QStringLiteral("committee");  // 支部委员会
inline const QString Group = QStringLiteral("group");          // 党小组会
inline const QString Lesson = QStringLiteral("lesson");        // 党课
inline const QString ThemeDay = QStringLiteral("theme_day");   // 主题党日
QStringList all();
QString name(const QString &kind);
} // namespace branch_meeting_kind

struct BranchMeeting
{
    qint64 id = 0;
    qint64 branchId = 0;
    QString kind = branch_meeting_kind::Assembly;
    QDate heldOn;
    QString topic;
    QString place;
    int expected = 0;        // members who should attend
    int attended = 0;
    QString notes;
    int rowVersion = 0;      // as read; a save from an older version is a conflict (0: not checked)
    QString branchName;      // filled by reads
};

// The 三会一课 log of every branch.
class BranchMeetings
{
public:
    BranchMeetings(Database &db, const Session &session);
    BranchMeetings(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Field errors: branch, kind, held_on, topic, attended.
    Result<qint64> save(const BranchMeeting &meeting);
    Status remove(qint64 id);
    std::optional<BranchMeeting> find(qint64 id) const;
    // filter: communityId, ownerId (branch), kind, text (topic), from/to; newest first.
    QList<BranchMeeting> list(const RegisterFilter &filter = {}) const;
    int count(const RegisterFilter &filter = {}) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
