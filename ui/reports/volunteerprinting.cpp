#include "reports/volunteerprinting.h"
#include "reports/reportpreview.h"
#include "reports/volunteerreports.h"
#include "volunteer/servicecertificate.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace jy::VolunteerPrinting {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::VolunteerPrinting", text); }
} // namespace

void certificate(Database &db, const Session &session, qint64 volunteerId, const QDate &from, const QDate &to, QWidget *parent)
{
    const Result<ServiceCertificate> issued = ServiceCertificate::issue(db, session, volunteerId, from, to);
    if (!issued.ok()) {
        QMessageBox::warning(parent, tr("Service record certificate"), issued.errorText());
        return;
    }
    ReportPreview::show(VolunteerReports::certificate(issued.value()), parent);
}

void ranking(Database &db, int year, qint64 communityId, QWidget *parent)
{
    ReportPreview::show(VolunteerReports::ranking(db, year, communityId), parent);
}

void redemptions(Database &db, const Session &session, qint64 eventId, QWidget *parent)
{
    const Result<ReportDocument> doc = VolunteerReports::redemptions(db, session, eventId);
    if (!doc.ok()) {
        QMessageBox::warning(parent, tr("Redemption list"), doc.errorText());
        return;
    }
    ReportPreview::show(doc.value(), parent);
}

} // namespace jy::VolunteerPrinting
