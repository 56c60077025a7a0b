#include "places/communitysetup.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "regions/regiontable.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace jy {

FieldErrors CommunitySetup::check(const NewCommunity &c)
{
    FieldErrors errors;
    if (c.streetName.trimmed().isEmpty())
        errors.append({QStringLiteral("street"), tr("Enter the street's name, e.g. 辛寨子街道.")});
    if (c.communityName.trimmed().isEmpty())
        errors.append({QStringLiteral("community"), tr("Enter the community's name, e.g. 魅力社区.")});
    static const QRegularExpression twelveDigits(QStringLiteral("^\\d{12}$"));
    const QString code = c.code.trimmed();
    if (!twelveDigits.match(code).hasMatch())
        errors.append({QStringLiteral("code"), tr("The division code has 12 digits (统计用区划代码), e.g. 210211014001.")});
    else if (!RegionTable::builtin().knowsProvince(code.left(2)))
        errors.append({QStringLiteral("code"), tr("No province has the code %1: check the first two digits.").arg(code.left(2))});
    return errors;
}

Result<qint64> CommunitySetup::create(Database &db, const Session &session, const NewCommunity &input)
{
    if (!session.can(Permission::ManagePlaces))
        return Result<qint64>::fail(QString(), tr("Your role (%1) may not set up communities.").arg(Session::roleName(session.role())));
    if (FieldErrors errors = check(input); !errors.isEmpty())
        return errors;
    const QString code = input.code.trimmed();
    const QString streetCode = code.left(9);
    QSqlDatabase conn = db.connection();
    if (sql::scalar(conn, QStringLiteral("SELECT id FROM community WHERE code = ?"), {code}).isValid())
        return Result<qint64>::fail(QStringLiteral("code"), tr("A community with the code %1 exists already.").arg(code));

    Transaction tx(db);
    QVariant street = sql::scalar(conn, QStringLiteral("SELECT id FROM street WHERE code = ?"), {streetCode});
    if (!street.isValid()) {
        // The placeholder street `init` made becomes the real one.
        street = sql::scalar(conn, QStringLiteral("SELECT id FROM street WHERE code = '000000000'"));
        if (street.isValid())
            sql::exec(conn, QStringLiteral("UPDATE street SET code = ?, name = ? WHERE id = ?"), {streetCode, input.streetName.trimmed(), street});
        else
            street = sql::insert(conn, QStringLiteral("INSERT INTO street (code, name) VALUES (?, ?)"), {streetCode, input.streetName.trimmed()});
    }
    const QVariantMap values{{QStringLiteral("code"), code}, {QStringLiteral("name"), input.communityName.trimmed()},
                             {QStringLiteral("street"), input.streetName.trimmed()}, {QStringLiteral("address"), input.address.trimmed()}};
    const QVariant placeholder = sql::scalar(conn, QStringLiteral("SELECT id FROM community WHERE code = '000000000000'"));
    qint64 id = 0;
    if (placeholder.isValid()) {
        id = placeholder.toLongLong();
        sql::exec(conn, QStringLiteral("UPDATE community SET code = ?, name = ?, street_id = ?, address = ? WHERE id = ?"),
                  {code, input.communityName.trimmed(), street, sql::nullableText(input.address.trimmed()), id});
        sql::exec(conn, QStringLiteral("DELETE FROM street WHERE code = '000000000' AND NOT EXISTS "
                                       "(SELECT 1 FROM community WHERE street_id = street.id)"));
    } else {
        id = sql::insert(conn, QStringLiteral("INSERT INTO community (street_id, code, name, address) VALUES (?, ?, ?, ?)"),
                         {street, code, input.communityName.trimmed(), sql::nullableText(input.address.trimmed())});
    }
    AuditLog::record(db, session, QStringLiteral("create"), QStringLiteral("community"), id, AuditLog::diff({}, values));
    tx.commit();
    return id;
}

} // namespace jy
