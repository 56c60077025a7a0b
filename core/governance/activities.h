#pragma once
#include "common/registerfilter.h"
#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jy {

class Database;
class Session;

namespace activity_kind {
inline const QString Lecture = QStringLiteral("lecture");   // 讲座 (安全教育, 健康)
inline const QString Drill = QStringLiteral("drill");       // 应急演练
inline const QString Science = QStringLiteral("science");   // 科普
inline const QString Charity = QStringLiteral("charity");   // 慈善日, 爱心捐赠
inline const QString Culture = QStringLiteral("culture");   // 文艺, 节日活动
inline const QString Volunteer = QStringLiteral("volunteer"); // 志愿服务活动
QStringList all();
QString name(const QString &kind);
} // namespace activity_kind

struct Activity
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString title;
    QString kind = activity_kind::Lecture;
    QDate heldOn;
    QString place;
    QString organiser;        // the team or unit that ran it
    int participants = 0;
    QString notes;
    QString communityName;    // filled by reads
    int photos = 0;           // filled by reads
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

// A photo kept with an activity (optional; the office's record of who came).
struct ActivityPhoto
{
    qint64 id = 0;
    QString fileName;
    QString mimeType;         // image/png or image/jpeg
    QByteArray data;
};

// Activities and events with their attendance. ManageGovernance, audited.
class Activities
{
public:
    Activities(Database &db, const Session &session);
    Activities(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Field errors: title, kind, held_on, participants, community.
    Result<qint64> save(const Activity &activity);
    Status remove(qint64 id);
    std::optional<Activity> find(qint64 id) const;
    // filter: communityId, kind, text (title, organiser, place), from/to; newest first.
    QList<Activity> list(const RegisterFilter &filter = {}) const;
    int count(const RegisterFilter &filter = {}) const;

    static constexpr qint64 kMaxPhotoBytes = 10 * 1024 * 1024;
    // Field errors: photo (empty, too large, not PNG or JPEG).
    Result<qint64> addPhoto(qint64 activityId, const QString &fileName, const QByteArray &data);
    QList<ActivityPhoto> photos(qint64 activityId) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
