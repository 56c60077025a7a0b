#pragma once
#include "common/result.h"
#include "reports/reportdocument.h"

#include <QDate>
#include <QList>

namespace jy {

class Database;
class Session;
struct ServiceCertificate;
struct VolunteerRanking;
struct RedemptionEvent;
struct RedemptionLine;

// The volunteer supermarket's printed documents, as ReportDocuments: content only, so that the
// same document goes to preview, printer, PDF and .xlsx.
namespace VolunteerReports {

// 志愿服务记录证明 (民政部令第67号): the person and their documents, the period, a table of
// services with times and hours and a total, the issuing organisation with its person in
// charge, handler and contact, the issue date and room for the seal.
ReportDocument certificate(const ServiceCertificate &certificate);

// The annual ranking: rank, name, number, team, community, hours, services, points, stars (★),
// and a total row. starHours: the settings' thresholds, named in a note under the table.
ReportDocument ranking(const VolunteerRanking &ranking, const QList<int> &starHours, const QDate &issuedOn);
// The ranking computed from the database for a year and a community (0: the whole street).
ReportDocument ranking(Database &db, int year, qint64 communityId, const QDate &issuedOn = QDate::currentDate());

// The gifts handed out at a redemption event, one line per gift with room to sign (签字).
ReportDocument redemptions(const RedemptionEvent &event, const QList<RedemptionLine> &lines, const QString &organisation);
// The same from the database; field error "event" when there is no such event.
Result<ReportDocument> redemptions(Database &db, const Session &session, qint64 eventId);

} // namespace VolunteerReports

} // namespace jy
