#pragma once
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace jy {

class Database;
class Session;

struct CertificateLine
{
    QString service;   // catalogue item
    int times = 0;
    double hours = 0;
};

// 志愿服务记录证明 (民政部令第67号, 2020): who served, what, how many hours over a period, and
// who vouches for it. Content only; rendering sits above.
struct ServiceCertificate
{
    QString number;            // e.g. 家家乐志证〔2026〕第0001号
    QString name;
    QString idType;            // translated document name
    QString idNumber;          // masked unless the role may see it
    QString volunteerNo;
    QDate from;
    QDate to;
    QList<CertificateLine> lines;
    double otherHours = 0;     // hours recorded by adjustment (e.g. from paper records)
    double totalHours = 0;
    int services = 0;
    QString organisation;
    QString personInCharge;
    QString handler;
    QString contactPhone;
    QDate issuedOn;

    // Builds the content from the ledger and orders, numbers it, records the issue and audits it.
    // Field errors: volunteer, period, permission.
    static Result<ServiceCertificate> issue(Database &db, const Session &session, qint64 volunteerId, const QDate &from,
                                            const QDate &to, const QDate &issuedOn = QDate::currentDate());
};

} // namespace jy
