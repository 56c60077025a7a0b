#pragma once
#include <QDate>

class QWidget;

namespace jy {

class Database;
class Session;

// The supermarket's printed documents in the GUI: build the report in core, then the print
// preview (print, or save as PDF / .xlsx from there). For pages and dialogs to call, e.g.
// RedemptionDialog::printRequested → VolunteerPrinting::redemptions.
namespace VolunteerPrinting {

// Issues (numbers and records) the certificate, then previews it; says why when it cannot.
void certificate(Database &db, const Session &session, qint64 volunteerId, const QDate &from, const QDate &to, QWidget *parent);
void ranking(Database &db, int year, qint64 communityId, QWidget *parent);
void redemptions(Database &db, const Session &session, qint64 eventId, QWidget *parent);

} // namespace VolunteerPrinting

} // namespace jy
