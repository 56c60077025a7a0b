#include "residents/residentcodes.h"
#include "residents/resident.h"

#include <QCoreApplication>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::ResidentCodes", text); }
} // namespace

QStringList ResidentCodes::residenceTypes()
{
    return {residence::Registered, residence::Resident, residence::Floating, residence::Absent};
}

QString ResidentCodes::residenceTypeLabel(const QString &code)
{
    if (code == residence::Registered)
        return tr("Registered");
    if (code == residence::Resident)
        return tr("Resident");
    if (code == residence::Floating)
        return tr("Floating");
    if (code == residence::Absent)
        return tr("Registered, absent");
    return code;
}

QStringList ResidentCodes::relations()
{
    return {relation::Head,  relation::Spouse,     relation::Son,     relation::Daughter, relation::Father,
            relation::Mother, relation::Grandchild, relation::ChildInLaw, relation::Sibling, relation::Other};
}

QString ResidentCodes::relationLabel(const QString &code)
{
    if (code == relation::Head)
        return tr("Head of household");
    if (code == relation::Spouse)
        return tr("Spouse");
    if (code == relation::Son)
        return tr("Son");
    if (code == relation::Daughter)
        return tr("Daughter");
    if (code == relation::Father)
        return tr("Father");
    if (code == relation::Mother)
        return tr("Mother");
    if (code == relation::Grandchild)
        return tr("Grandchild");
    if (code == relation::ChildInLaw)
        return tr("Son- or daughter-in-law");
    if (code == relation::Sibling)
        return tr("Sibling");
    if (code == relation::Other)
        return tr("Other");
    return code;
}

QString ResidentCodes::sexLabel(const QString &code)
{
    if (code == QLatin1String("M"))
        return tr("Male");
    if (code == QLatin1String("F"))
        return tr("Female");
    return {};
}

} // namespace jy
