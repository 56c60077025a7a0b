#include "residents/residentcodes.h"
#include "residents/resident.h"

#include <QCoreApplication>
#include <QHash>

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

QString ResidentCodes::residenceTypeRosterText(const QString &code)
{
    static const QHash<QString, QString> words = {
        {residence::Registered, QStringLiteral("户籍")}, {residence::Resident, QStringLiteral("常住")},
        {residence::Floating, QStringLiteral("流动")},   {residence::Absent, QStringLiteral("空挂")},
    };
    return words.value(code, code);
}

QString ResidentCodes::relationRosterText(const QString &code)
{
    static const QHash<QString, QString> words = {
        {relation::Head, QStringLiteral("户主")},          {relation::Spouse, QStringLiteral("配偶")},
        {relation::Son, QStringLiteral("子")},             {relation::Daughter, QStringLiteral("女")},
        {relation::Father, QStringLiteral("父亲")},        {relation::Mother, QStringLiteral("母亲")},
        {relation::Grandchild, QStringLiteral("孙子女")},  {relation::ChildInLaw, QStringLiteral("儿媳/女婿")},
        {relation::Sibling, QStringLiteral("兄弟姐妹")},   {relation::Other, QStringLiteral("其他")},
    };
    return words.value(code, code);
}

QString ResidentCodes::sexRosterText(const QString &code)
{
    if (code == QLatin1String("M"))
        return QStringLiteral("男");
    if (code == QLatin1String("F"))
        return QStringLiteral("女");
    return {};
}

} // namespace jy
