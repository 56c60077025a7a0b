#include "residents/residentrules.h"
#include "idnumber/idnumber.h"
#include "residents/phonenumber.h"
#include "residents/residentcodes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jy {

namespace {
// The context stays "jy::ResidentService", where these messages were first translated.
QString tr(const char *text) { return QCoreApplication::translate("jy::ResidentService", text); }
} // namespace

FieldErrors ResidentRules::normalise(Resident &r, const QDate &today)
{
    FieldErrors errors;
    r.name = r.name.simplified();
    static const QRegularExpression digits(QStringLiteral("\\d"));
    if (r.name.isEmpty())
        errors.append({QStringLiteral("name"), tr("The name is required.")});
    else if (r.name.size() > 40)
        errors.append({QStringLiteral("name"), tr("The name is longer than 40 characters.")});
    else if (r.name.contains(digits))
        errors.append({QStringLiteral("name"), tr("A name cannot contain digits.")});

    r.idNumber = IdNumber::clean(r.idNumber);
    if (!r.idNumber.isEmpty()) {
        const IdCheck check = IdNumber::check(r.idNumber, today);
        if (!check.valid) {
            errors.append({QStringLiteral("id_number"), check.reason});
        } else {
            r.idNumber = check.normalized;
            r.birthDate = check.birthDate;
            r.sex = check.sex;
            r.birthplaceCode = check.regionCode;
        }
    } else {
        r.birthplaceCode.clear();
        if (!r.birthDate.isValid())
            errors.append({QStringLiteral("birth_date"), tr("Without an ID number the birth date is required.")});
        else if (r.birthDate > today)
            errors.append({QStringLiteral("birth_date"), tr("The birth date is in the future.")});
        if (r.sex != QLatin1String("M") && r.sex != QLatin1String("F"))
            errors.append({QStringLiteral("sex"), tr("Without an ID number the sex is required.")});
    }

    if (!r.phone.trimmed().isEmpty()) {
        const PhoneCheck phone = PhoneNumber::check(r.phone);
        if (phone.valid)
            r.phone = phone.normalized;
        else
            errors.append({QStringLiteral("phone"), phone.reason});
    } else {
        r.phone.clear();
    }

    if (!ResidentCodes::residenceTypes().contains(r.residenceType))
        errors.append({QStringLiteral("residence_type"), tr("Choose a residence type.")});
    if (!ResidentCodes::relations().contains(r.relation))
        errors.append({QStringLiteral("relation"), tr("Choose the relationship to the head of household.")});
    r.tags.removeDuplicates();
    r.ethnicity = r.ethnicity.trimmed();
    r.notes = r.notes.trimmed();
    return errors;
}

} // namespace jy
