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

namespace {
// Spreadsheet words are data seen in real rosters, not user interface text.
QString lookup(const QString &text, const QList<QPair<QString, QStringList>> &table, const QStringList &codes,
               QString (*label)(const QString &))
{
    const QString key = text.simplified().remove(QLatin1Char(' '));
    if (key.isEmpty())
        return {};
    for (const auto &[code, words] : table) {
        if (words.contains(key))
            return code;
    }
    for (const QString &code : codes) {
        if (key.compare(code, Qt::CaseInsensitive) == 0 || key == label(code))
            return code;
    }
    return {};
}
} // namespace

QString ResidentCodes::sexFromText(const QString &text)
{
    static const QList<QPair<QString, QStringList>> words = {
        {QStringLiteral("M"), {QStringLiteral("男"), QStringLiteral("男性"), QStringLiteral("male")}},
        {QStringLiteral("F"), {QStringLiteral("女"), QStringLiteral("女性"), QStringLiteral("female")}},
    };
    return lookup(text.toLower(), words, {QStringLiteral("M"), QStringLiteral("F")}, sexLabel);
}

QString ResidentCodes::residenceTypeFromText(const QString &text)
{
    static const QList<QPair<QString, QStringList>> words = {
        {residence::Registered, {QStringLiteral("户籍"), QStringLiteral("户籍人口"), QStringLiteral("户籍居民"), QStringLiteral("本地户籍"),
                                 QStringLiteral("户籍在册"), QStringLiteral("人户一致")}},
        {residence::Resident, {QStringLiteral("常住"), QStringLiteral("常住人口"), QStringLiteral("寄住"), QStringLiteral("寄住人口"),
                               QStringLiteral("人在户不在"), QStringLiteral("居住")}},
        {residence::Floating, {QStringLiteral("流动"), QStringLiteral("流动人口"), QStringLiteral("外来"), QStringLiteral("外来人口"),
                               QStringLiteral("暂住"), QStringLiteral("暂住人口"), QStringLiteral("租住")}},
        {residence::Absent, {QStringLiteral("空挂"), QStringLiteral("空挂户"), QStringLiteral("户在人不在"), QStringLiteral("人户分离")}},
    };
    return lookup(text, words, residenceTypes(), residenceTypeLabel);
}

QString ResidentCodes::relationFromText(const QString &text)
{
    static const QList<QPair<QString, QStringList>> words = {
        {relation::Head, {QStringLiteral("户主"), QStringLiteral("本人"), QStringLiteral("户主本人")}},
        {relation::Spouse, {QStringLiteral("配偶"), QStringLiteral("妻"), QStringLiteral("妻子"), QStringLiteral("夫"), QStringLiteral("丈夫"),
                            QStringLiteral("之妻"), QStringLiteral("之夫"), QStringLiteral("爱人")}},
        {relation::Son, {QStringLiteral("子"), QStringLiteral("儿子"), QStringLiteral("长子"), QStringLiteral("次子"), QStringLiteral("三子"),
                         QStringLiteral("独子"), QStringLiteral("养子"), QStringLiteral("继子"), QStringLiteral("之子")}},
        {relation::Daughter, {QStringLiteral("女"), QStringLiteral("女儿"), QStringLiteral("长女"), QStringLiteral("次女"), QStringLiteral("三女"),
                              QStringLiteral("独女"), QStringLiteral("养女"), QStringLiteral("继女"), QStringLiteral("之女")}},
        {relation::Father, {QStringLiteral("父"), QStringLiteral("父亲"), QStringLiteral("之父")}},
        {relation::Mother, {QStringLiteral("母"), QStringLiteral("母亲"), QStringLiteral("之母")}},
        {relation::Grandchild, {QStringLiteral("孙"), QStringLiteral("孙子"), QStringLiteral("孙女"), QStringLiteral("外孙"),
                                QStringLiteral("外孙子"), QStringLiteral("外孙女"), QStringLiteral("之孙"), QStringLiteral("孙子女")}},
        {relation::ChildInLaw, {QStringLiteral("儿媳"), QStringLiteral("媳"), QStringLiteral("儿媳妇"), QStringLiteral("女婿"), QStringLiteral("婿"), QStringLiteral("儿媳/女婿")}},
        {relation::Sibling, {QStringLiteral("兄"), QStringLiteral("弟"), QStringLiteral("姐"), QStringLiteral("妹"), QStringLiteral("兄弟"),
                             QStringLiteral("姐妹"), QStringLiteral("哥哥"), QStringLiteral("弟弟"), QStringLiteral("姐姐"), QStringLiteral("妹妹"), QStringLiteral("兄弟姐妹")}},
    };
    const QString code = lookup(text, words, relations(), relationLabel);
    if (code.isEmpty() && !text.trimmed().isEmpty())
        return relation::Other;
    return code;
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
