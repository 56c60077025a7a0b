#include "volunteer/servicecertificate.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "idnumber/idnumber.h"
#include "volunteer/supermarketsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::ServiceCertificate", text); }
QString utcStart(const QDate &d) { return QDateTime(d, QTime(0, 0)).toUTC().toString(Qt::ISODate); }
} // namespace

Result<ServiceCertificate> ServiceCertificate::issue(Database &db, const Session &session, qint64 volunteerId,
                                                     const QDate &from, const QDate &to, const QDate &issuedOn)
{
    using R = Result<ServiceCertificate>;
    if (!session.can(Permission::IssueCertificates))
        return R::fail(QStringLiteral("permission"), tr("Your role (%1) may not issue certificates.").arg(Session::roleName(session.role())));
    if (!from.isValid() || !to.isValid() || from > to)
        return R::fail(QStringLiteral("period"), tr("Choose a period whose start is not after its end."));
    QSqlDatabase conn = db.connection();
    QSqlQuery v = sql::exec(conn, QStringLiteral("SELECT name, id_type, id_number, volunteer_no FROM volunteer WHERE id = ?"), {volunteerId});
    if (!v.next())
        return R::fail(QStringLiteral("volunteer"), tr("The volunteer does not exist."));

    ServiceCertificate c;
    c.name = v.value(0).toString();
    c.idType = v.value(1).toString() == QLatin1String("resident_id") ? tr("Resident identity card") : v.value(1).toString();
    c.idNumber = session.can(Permission::ViewPersonalData) ? v.value(2).toString() : IdNumber::mask(v.value(2).toString());
    c.volunteerNo = v.value(3).toString();
    c.from = from;
    c.to = to;
    c.issuedOn = issuedOn;
    const SupermarketSettings settings = SupermarketSettings::load(db);
    c.organisation = settings.organisation;
    c.personInCharge = settings.personInCharge;
    c.handler = settings.handler;
    c.contactPhone = settings.contactPhone;

    const QString start = utcStart(from), end = utcStart(to.addDays(1));
    QSqlQuery lines = sql::exec(conn, QStringLiteral(
        "SELECT i.name, count(*), SUM(l.hours) FROM points_ledger l JOIN service_order o ON o.id = l.order_id "
        "JOIN service_item i ON i.id = o.item_id WHERE l.volunteer_id = ? AND l.kind = 'credit' AND l.at >= ? AND l.at < ? "
        "GROUP BY i.name ORDER BY SUM(l.hours) DESC, i.name"), {volunteerId, start, end});
    while (lines.next()) {
        c.lines.append({lines.value(0).toString(), lines.value(1).toInt(), lines.value(2).toDouble()});
        c.services += lines.value(1).toInt();
        c.totalHours += lines.value(2).toDouble();
    }
    c.otherHours = sql::scalar(conn, QStringLiteral("SELECT COALESCE(SUM(hours), 0) FROM points_ledger WHERE volunteer_id = ? "
                                                    "AND kind = 'adjust' AND at >= ? AND at < ?"), {volunteerId, start, end}).toDouble();
    c.totalHours += c.otherHours;

    Transaction tx(db);
    const int year = issuedOn.year();
    const int seq = sql::scalar(conn, QStringLiteral("SELECT count(*) FROM service_certificate WHERE issued_on >= ? AND issued_on < ?"),
                                {QDate(year, 1, 1).toString(Qt::ISODate), QDate(year + 1, 1, 1).toString(Qt::ISODate)}).toInt() + 1;
    c.number = tr("JJL Cert. [%1] No. %2").arg(year).arg(seq, 4, 10, QLatin1Char('0'));
    const qint64 id = sql::insert(conn, QStringLiteral("INSERT INTO service_certificate (number, volunteer_id, period_from, period_to, hours, "
                                                       "issued_on, issued_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                  {c.number, volunteerId, from.toString(Qt::ISODate), to.toString(Qt::ISODate), c.totalHours,
                                   issuedOn.toString(Qt::ISODate), session.user()});
    AuditLog::record(db, session, QStringLiteral("issue"), QStringLiteral("service_certificate"), id,
                     {{QStringLiteral("number"), c.number}, {QStringLiteral("volunteer_id"), volunteerId},
                      {QStringLiteral("hours"), c.totalHours}});
    tx.commit();
    return c;
}

} // namespace jy
