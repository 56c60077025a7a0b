#include "governance/activities.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "common/conflict.h"
#include "common/registerhelpers.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::Activities", text); }
const QString kEntity = QStringLiteral("activity");

QVariantMap toMap(const Activity &a)
{
    return {{QStringLiteral("community_id"), a.communityId}, {QStringLiteral("title"), a.title}, {QStringLiteral("kind"), a.kind},
            {QStringLiteral("held_on"), a.heldOn},           {QStringLiteral("place"), a.place}, {QStringLiteral("organiser"), a.organiser},
            {QStringLiteral("participants"), a.participants}, {QStringLiteral("notes"), a.notes}};
}

const QString kSelect = QStringLiteral("SELECT a.id, a.community_id, a.title, a.kind, a.held_on, a.place, a.organiser, a.participants, a.notes, c.name, "
                                       "(SELECT count(*) FROM activity_photo p WHERE p.activity_id = a.id), a.row_version "
                                       "FROM activity a JOIN community c ON c.id = a.community_id");

Activity fromQuery(const QSqlQuery &q)
{
    Activity a;
    a.id = q.value(0).toLongLong();
    a.communityId = q.value(1).toLongLong();
    a.title = q.value(2).toString();
    a.kind = q.value(3).toString();
    a.heldOn = reg::date(q.value(4));
    a.place = q.value(5).toString();
    a.organiser = q.value(6).toString();
    a.participants = q.value(7).toInt();
    a.notes = q.value(8).toString();
    a.communityName = q.value(9).toString();
    a.photos = q.value(10).toInt();
    a.rowVersion = q.value(11).toInt();
    return a;
}

reg::Where whereOf(const RegisterFilter &f, const Session &session)
{
    reg::Where w;
    w.scope(session, QStringLiteral("a.community_id"));
    if (f.communityId)
        w.add(QStringLiteral("a.community_id = ?"), {f.communityId});
    if (!f.kind.isEmpty())
        w.add(QStringLiteral("a.kind = ?"), {f.kind});
    if (f.from.isValid())
        w.add(QStringLiteral("a.held_on >= ?"), {f.from.toString(Qt::ISODate)});
    if (f.to.isValid())
        w.add(QStringLiteral("a.held_on <= ?"), {f.to.toString(Qt::ISODate)});
    w.text(f.text, {QStringLiteral("a.title"), QStringLiteral("a.organiser"), QStringLiteral("a.place")});
    return w;
}
// What the first bytes say the image is; empty when it is neither PNG nor JPEG.
QString imageType(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    return {};
}
} // namespace

QStringList activity_kind::all() { return {Lecture, Drill, Science, Charity, Culture, Volunteer}; }
QString activity_kind::name(const QString &kind)
{
    const char *text = kind == Lecture ? QT_TRANSLATE_NOOP("jy::Activities", "lecture")
                     : kind == Drill ? QT_TRANSLATE_NOOP("jy::Activities", "emergency drill")
                     : kind == Science ? QT_TRANSLATE_NOOP("jy::Activities", "popular science")
                     : kind == Charity ? QT_TRANSLATE_NOOP("jy::Activities", "charity")
                     : kind == Culture ? QT_TRANSLATE_NOOP("jy::Activities", "culture and festivals")
                     : kind == Volunteer ? QT_TRANSLATE_NOOP("jy::Activities", "volunteer service")
                                         : nullptr;
    return text ? QCoreApplication::translate("jy::Activities", text) : kind;
}

Activities::Activities(Database &db, const Session &session) : mDb(db), mSession(session) {}

Result<qint64> Activities::save(const Activity &input)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the activities register")); !allowed)
        return allowed.errors();
    Activity a = input;
    a.title = a.title.trimmed();
    a.place = a.place.trimmed();
    a.organiser = a.organiser.trimmed();
    FieldErrors errors;
    if (a.title.isEmpty())
        errors.append({QStringLiteral("title"), tr("Enter the activity's title.")});
    if (!activity_kind::all().contains(a.kind))
        errors.append({QStringLiteral("kind"), tr("Choose the kind of activity.")});
    if (!reg::plausible(a.heldOn))
        errors.append({QStringLiteral("held_on"), tr("Enter the date of the activity.")});
    if (a.participants < 0 || a.participants > 100000)
        errors.append({QStringLiteral("participants"), tr("The number of participants is from 0 up.")});
    if (!reg::communityExists(mDb, a.communityId))
        errors.append({QStringLiteral("community"), tr("Choose the community.")});
    else if (Status inScope = reg::inScope(mDb, mSession, a.communityId); !inScope)
        errors.append(inScope.errors());
    if (!errors.isEmpty())
        return errors;
    QSqlDatabase conn = mDb.connection();
    const QVariantList values = {a.communityId, a.title, a.kind, reg::date(a.heldOn), sql::nullableText(a.place), sql::nullableText(a.organiser),
                                 a.participants, sql::nullableText(a.notes.trimmed())};
    Transaction tx(mDb);
    qint64 id = a.id;
    if (id) {
        const std::optional<Activity> old = find(id);
        if (!old)
            return Result<qint64>::fail(QString(), tr("The activity no longer exists."));
        if (!reg::updateVersioned(conn, QStringLiteral("activity"),
                                  QStringLiteral("community_id = ?, title = ?, kind = ?, held_on = ?, place = ?, organiser = ?, participants = ?, notes = ?"),
                                  values, id, a.rowVersion))
            return reg::conflict(old->title);
        AuditLog::record(mDb, mSession, QStringLiteral("update"), kEntity, id, AuditLog::diff(toMap(*old), toMap(a)));
    } else {
        id = sql::insert(conn, QStringLiteral("INSERT INTO activity (community_id, title, kind, held_on, place, organiser, participants, notes) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"), values);
        AuditLog::record(mDb, mSession, QStringLiteral("create"), kEntity, id, AuditLog::diff({}, toMap(a)));
    }
    tx.commit();
    return id;
}

Status Activities::remove(qint64 id)
{
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the activities register")); !allowed)
        return allowed;
    const std::optional<Activity> old = find(id);
    if (!old)
        return Status::fail(QString(), tr("The activity no longer exists."));
    Transaction tx(mDb);
    sql::exec(mDb.connection(), QStringLiteral("DELETE FROM activity WHERE id = ?"), {id});
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), kEntity, id, AuditLog::diff(toMap(*old), {}));
    tx.commit();
    return success();
}

std::optional<Activity> Activities::find(qint64 id) const
{
    const reg::Where w = reg::byId(mSession, QStringLiteral("a.id"), id, QStringLiteral("a.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + w.clause(), w.values);
    return reg::first(q, fromQuery);
}

QList<Activity> Activities::list(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    QSqlQuery q = sql::exec(mDb.connection(), kSelect + w.clause() + QStringLiteral(" ORDER BY a.held_on DESC, a.id DESC") + reg::page(f), w.values);
    return reg::rows(q, fromQuery);
}

Result<qint64> Activities::addPhoto(qint64 activityId, const QString &fileName, const QByteArray &data)
{
    using R = Result<qint64>;
    if (Status allowed = reg::require(mSession, Permission::ManageGovernance, tr("the activities register")); !allowed)
        return allowed.errors();
    if (data.isEmpty())
        return R::fail(QStringLiteral("photo"), tr("The file is empty."));
    if (data.size() > kMaxPhotoBytes)
        return R::fail(QStringLiteral("photo"), tr("The photo is larger than %1 MB; save it smaller.").arg(kMaxPhotoBytes / 1024 / 1024));
    const QString mime = imageType(data);
    if (mime.isEmpty())
        return R::fail(QStringLiteral("photo"), tr("Only PNG or JPEG photos can be kept."));
    if (!find(activityId))
        return R::fail(QString(), tr("The activity no longer exists."));
    const QString name = QFileInfo(fileName).fileName();
    Transaction tx(mDb);
    const qint64 id = sql::insert(mDb.connection(), QStringLiteral("INSERT INTO activity_photo (activity_id, file_name, mime_type, data, added_at) VALUES (?, ?, ?, ?, ?)"),
                                  {activityId, name, mime, data, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    AuditLog::record(mDb, mSession, QStringLiteral("attach"), kEntity, activityId,
                     {{QStringLiteral("photo"), name}, {QStringLiteral("bytes"), qint64(data.size())}});
    tx.commit();
    return id;
}

QList<ActivityPhoto> Activities::photos(qint64 activityId) const
{
    if (!mSession.unrestricted() && !find(activityId))
        return {}; // outside the account's scope: as if there were none
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT id, file_name, mime_type, data FROM activity_photo WHERE activity_id = ? ORDER BY id"),
                            {activityId});
    QList<ActivityPhoto> out;
    while (q.next())
        out << ActivityPhoto{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toByteArray()};
    return out;
}

int Activities::count(const RegisterFilter &f) const
{
    const reg::Where w = whereOf(f, mSession);
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM activity a") + w.clause(), w.values).toInt();
}

} // namespace jy
