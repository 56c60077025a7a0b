#include "residents/resident.h"

namespace jy {

int ageOn(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

int Resident::ageOn(const QDate &day) const
{
    return jy::ageOn(birthDate, day);
}

QVariantMap Resident::toMap() const
{
    return {
        {QStringLiteral("household_id"), householdId ? QVariant(householdId) : QVariant()},
        {QStringLiteral("relation"), relation},
        {QStringLiteral("name"), name},
        {QStringLiteral("id_number"), idNumber},
        {QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate)},
        {QStringLiteral("sex"), sex},
        {QStringLiteral("birthplace_code"), birthplaceCode},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("residence_type"), residenceType},
        {QStringLiteral("ethnicity"), ethnicity},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("tags"), tags.join(QLatin1Char(','))},
    };
}

} // namespace jy
