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

QString ResidentCodes::residenceTypeFromText(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &code : residenceTypes()) {
        if (t.compare(code, Qt::CaseInsensitive) == 0 || t == residenceTypeLabel(code))
            return code;
    }
    static const QList<QPair<QString, QString>> chinese = {
        {QStringLiteral("户籍"), residence::Registered}, {QStringLiteral("户籍人口"), residence::Registered},
        {QStringLiteral("常住"), residence::Resident},   {QStringLiteral("常住人口"), residence::Resident},
        {QStringLiteral("流动"), residence::Floating},   {QStringLiteral("流动人口"), residence::Floating},
        {QStringLiteral("空挂"), residence::Absent},     {QStringLiteral("人户分离"), residence::Absent},
    };
    for (const auto &[label, code] : chinese) {
        if (t == label)
            return code;
    }
    return {};
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
