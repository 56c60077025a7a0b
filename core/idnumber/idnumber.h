#pragma once
#include <QDate>
#include <QString>
#include <QStringView>

namespace jy {

// The outcome of checking a 公民身份号码 (GB 11643). Derived fields are set only when valid.
struct IdCheck
{
    bool valid = false;
    QString reason;          // translated and precise, empty when valid
    QString normalized;      // cleaned input; for a valid 15-digit number its 18-digit upgrade
    bool upgradedFrom15 = false;
    QDate birthDate;
    QString sex;             // "M" or "F"
    QString regionCode;      // first 6 digits
    QString regionName;      // "辽宁省大连市", "香港特别行政区", or "Foreign permanent resident"
    enum class Kind { Mainland, HkMoTwResident, ForeignPermanent } kind = Kind::Mainland;
};

// Citizen ID numbers, the residence permits of Hong Kong, Macao and Taiwan residents
// (810000/820000/830000) and the 2023 foreign permanent residence card (starting with 9):
// all 18 characters under the same check rule.
class IdNumber
{
public:
    static IdCheck check(const QString &input, const QDate &today = QDate::currentDate());
    // Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, mod 11 → "10X98765432"; null if not 17 digits.
    static QChar checkDigit(QStringView first17);
    // "19" before the 2-digit year and the check digit appended; empty if not 15 digits.
    static QString upgrade15(const QString &fifteen);
    // Trims, drops spaces, full-width digits and X → ASCII, x → X.
    static QString clean(const QString &input);
    // "210211********1234": first 6 and last 4 kept from 15 characters on, shorter ones all masked.
    static QString mask(const QString &number);
};

} // namespace jy
