#pragma once
#include <QString>

namespace jy {

// Mainland mobile (11 digits, 1[3-9]…) and landline numbers (optional area code 0xx/0xxx,
// 7–8 digits, optional extension). Cleans full-width digits, spaces and "+86".
struct PhoneCheck
{
    bool valid = false;
    QString normalized; // digits, landlines as "0411-84123456"
    QString reason;     // translated, empty when valid
};

class PhoneNumber
{
public:
    static PhoneCheck check(const QString &input);
    static QString mask(const QString &phone); // "138****5678"
};

} // namespace jy
