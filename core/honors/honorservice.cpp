#include "honors/honorservice.h"
#include "accounts/scope.h"
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
QString tr(const char *text) { return QCoreApplication::translate("jy::HonorService", text); }
const QString kEntity = QStringLiteral("honor");
QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODate); }

QVariantMap toMap(const Honor &h)
{
    return {{QStringLiteral("community_id"), h.communityId}, {QStringLiteral("year"), h.year},
            {QStringLiteral("title"), h.title},             {QStringLiteral("level"), h.level},
            {QStringLiteral("recipient_kind"), h.recipientKind}, {QStringLiteral("recipient"), h.recipient},
            {QStringLiteral("awarded_by"), h.awardedBy},    {QStringLiteral("awarded_on"), h.awardedOn},
            {QStringLiteral("notes"), h.notes}};
}

const QString kColumns = QStringLiteral(
    "h.id, h.community_id, h.year, h.title, h.level, h.recipient_kind, h.recipient, h.awarded_by, h.awarded_on, h.notes, "
    "EXISTS (SELECT 1 FROM honor_certificate c WHERE c.honor_id = h.id), m.name, h.row_version "
    "FROM honor h LEFT JOIN community m ON m.id = h.community_id");

Honor fromQuery(const QSqlQuery &q)
{
    Honor h;
    h.id = q.value(0).toLongLong();
    h.communityId = q.value(1).toLongLong();
    h.year = q.value(2).toInt();
    h.title = q.value(3).toString();
    h.level = q.value(4).toString();
    h.recipientKind = q.value(5).toString();
    h.recipient = q.value(6).toString();
    h.awardedBy = q.value(7).toString();
    h.awardedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    h.notes = q.value(9).toString();
    h.hasCertificate = q.value(10).toBool();
    h.communityName = q.value(11).toString();
    h.rowVersion = q.value(12).toInt();
    return h;
}

// What the first bytes say the file is; empty when it is none of the accepted kinds.
QString mimeOf(const QByteArray &data)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (data.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}
} // namespace

HonorService::HonorService(Database &db, const Session &session) : mDb(db), mSession(session) {}

Status HonorService::checkPermission() const
{
    if (!mSession.can(Permission::ManagePlaces))
        return Status::fail(QString(), tr("Your role (%1) may not change the honors register.").arg(Session::roleName(mSession.role())));
    return success();
}

Result<qint64> HonorService::save(const Honor &input)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed.errors();
    Honor h = input;
    h.title = h.title.trimmed();
    h.recipient = h.recipient.trimmed();
    h.awardedBy = h.awardedBy.trimmed();
    FieldErrors errors;
    const int thisYear = QDate::currentDate().year();
    if (h.year < 1949 || h.year > thisYear + 1)
        errors.append({QStringLiteral("year"), tr("The year must be between 1949 and %1.").arg(thisYear + 1)});
    if (h.title.isEmpty())
        errors.append({QStringLiteral("title"), tr("Enter the honor's title.")});
    if (!honor_level::all().contains(h.level))
        errors.append({QStringLiteral("level"), tr("Choose the level: national, provincial, municipal, district or street.")});
    if (!honor_recipient::all().contains(h.recipientKind))
        errors.append({QStringLiteral("recipient_kind"), tr("Choose who received it: the community, a branch, a team or a person.")});
    if (h.recipient.isEmpty())
        errors.append({QStringLiteral("recipient"), tr("Name the recipient.")});
    if (h.awardedOn.isValid() && h.awardedOn.year() != h.year && h.awardedOn.year() != h.year + 1)
        errors.append({QStringLiteral("awarded_on"), tr("An honor for %1 is awarded in %1 or early the next year.").arg(h.year)});
    QSqlDatabase conn = mDb.connection();
    if (h.communityId && !sql::scalar(conn, QStringLiteral("SELECT id FROM community WHERE id = ?"), {h.communityId}).isValid())
        errors.append({QStringLiteral("community"), tr("The community does not exist.")});
    else if (Status scoped = reg::changeInScope(mDb, mSession, h.communityId, QStringLiteral("SELECT community_id FROM honor WHERE id = ?"), h.id);
             !scoped)
        errors.append(scoped.errors());
    if (!errors.isEmpty())
        return errors;

    const QVariantList values = {sql::nullableId(h.communityId), h.year, h.title, h.level, h.recipientKind, h.recipient,
                                 sql::nullableText(h.awardedBy), sql::nullableText(h.awardedOn.toString(Qt::ISODate)),
                                 sql::nullableText(h.notes.trimmed())};
    Transaction tx(mDb);
    qint64 id = h.id;
    if (id) {
        const std::optional<Honor> old = find(id);
        if (!old)
            return Result<qint64>::fail(QString(), tr("The honor no longer exists."));
        if (!reg::updateVersioned(conn, QStringLiteral("honor"),
                                  QStringLiteral("community_id = ?, year = ?, title = ?, level = ?, recipient_kind = ?, recipient = ?, awarded_by = ?, awarded_on = ?, notes = ?, updated_at = ?"),
                                  values + QVariantList{now()}, id, h.rowVersion))
            return reg::conflict(old->title);
        AuditLog::record(mDb, mSession, QStringLiteral("update"), kEntity, id, AuditLog::diff(toMap(*old), toMap(h)));
    } else {
        id = sql::insert(conn, QStringLiteral("INSERT INTO honor (community_id, year, title, level, recipient_kind, recipient, "
                                              "awarded_by, awarded_on, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         values + QVariantList{now(), now()});
        AuditLog::record(mDb, mSession, QStringLiteral("create"), kEntity, id, AuditLog::diff({}, toMap(h)));
    }
    tx.commit();
    return id;
}

Status HonorService::remove(qint64 id)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    const std::optional<Honor> old = find(id);
    if (!old)
        return Status::fail(QString(), tr("The honor no longer exists."));
    if (Status scoped = reg::changeInScope(mDb, mSession, old->communityId, QString(), 0); !scoped)
        return scoped; // a street honor, which community accounts see but do not change
    Transaction tx(mDb);
    sql::exec(mDb.connection(), QStringLiteral("DELETE FROM honor WHERE id = ?"), {id});
    // The audit entry keeps the whole record, so a deletion can be undone by hand.
    AuditLog::record(mDb, mSession, QStringLiteral("delete"), kEntity, id, AuditLog::diff(toMap(*old), {}));
    tx.commit();
    return success();
}

std::optional<Honor> HonorService::find(qint64 id) const
{
    // The street's own honors (no community) are everyone's; another community's are not there.
    QStringList where{QStringLiteral("h.id = ?")};
    QVariantList values{id};
    Scope::restrictListOrStreet(mSession, where, values, QStringLiteral("h.community_id"));
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT %1 WHERE %2").arg(kColumns, where.join(QStringLiteral(" AND "))), values);
    if (!q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<Honor> HonorService::list(const HonorFilter &f) const
{
    QStringList where;
    QVariantList values;
    Scope::restrictListOrStreet(mSession, where, values, QStringLiteral("h.community_id"));
    if (f.fromYear) {
        where << QStringLiteral("h.year >= ?");
        values << f.fromYear;
    }
    if (f.toYear) {
        where << QStringLiteral("h.year <= ?");
        values << f.toYear;
    }
    if (f.communityId) {
        where << QStringLiteral("h.community_id = ?");
        values << f.communityId;
    }
    if (!f.level.isEmpty()) {
        where << QStringLiteral("h.level = ?");
        values << f.level;
    }
    if (!f.text.trimmed().isEmpty()) {
        const QString like = QLatin1Char('%') + f.text.trimmed() + QLatin1Char('%');
        where << QStringLiteral("(h.title LIKE ? OR h.recipient LIKE ? OR h.awarded_by LIKE ?)");
        values << like << like << like;
    }
    // Highest level first within a year, newest year first.
    QSqlQuery q = sql::exec(mDb.connection(),
                            QStringLiteral("SELECT %1 %2 ORDER BY h.year DESC, CASE h.level WHEN 'national' THEN 0 WHEN 'provincial' THEN 1 "
                                           "WHEN 'municipal' THEN 2 WHEN 'district' THEN 3 ELSE 4 END, h.id")
                                .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
                            values);
    QList<Honor> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

int HonorService::count() const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList values;
    Scope::restrictListOrStreet(mSession, where, values, QStringLiteral("h.community_id"));
    return sql::scalar(mDb.connection(), QStringLiteral("SELECT count(*) FROM honor h WHERE %1").arg(where.join(QStringLiteral(" AND "))), values).toInt();
}

Status HonorService::attachCertificate(qint64 honorId, const QString &fileName, const QByteArray &data)
{
    if (Status allowed = checkPermission(); !allowed)
        return allowed;
    if (data.isEmpty())
        return Status::fail(QStringLiteral("certificate"), tr("The file is empty."));
    if (data.size() > kMaxCertificateBytes)
        return Status::fail(QStringLiteral("certificate"), tr("The file is larger than %1 MB; scan it at a lower resolution.").arg(kMaxCertificateBytes / 1024 / 1024));
    const QString mime = mimeOf(data);
    if (mime.isEmpty())
        return Status::fail(QStringLiteral("certificate"), tr("Only PNG or JPEG images and PDF files can be kept as certificate scans."));
    if (!find(honorId))
        return Status::fail(QString(), tr("The honor no longer exists."));
    Transaction tx(mDb);
    QSqlDatabase conn = mDb.connection();
    sql::exec(conn, QStringLiteral("DELETE FROM honor_certificate WHERE honor_id = ?"), {honorId});
    sql::exec(conn, QStringLiteral("INSERT INTO honor_certificate (honor_id, file_name, mime_type, data) VALUES (?, ?, ?, ?)"),
              {honorId, QFileInfo(fileName).fileName(), mime, data});
    AuditLog::record(mDb, mSession, QStringLiteral("attach"), kEntity, honorId,
                     {{QStringLiteral("certificate"), QFileInfo(fileName).fileName()}, {QStringLiteral("bytes"), qint64(data.size())}});
    tx.commit();
    return success();
}

std::optional<HonorCertificate> HonorService::certificate(qint64 honorId) const
{
    if (!mSession.unrestricted() && !find(honorId))
        return std::nullopt;
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT file_name, mime_type, data FROM honor_certificate WHERE honor_id = ?"), {honorId});
    if (!q.next())
        return std::nullopt;
    return HonorCertificate{q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray()};
}

} // namespace jy
