#include "regions/regiontable.h"
#include "common/digits.h"

#include <QFile>
#include <QStringList>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initCoreTablesResource()
{
    Q_INIT_RESOURCE(core_tables);
}

namespace jy {

namespace {

QString unquote(QString field)
{
    field = field.trimmed();
    if (field.size() >= 2 && field.startsWith(QLatin1Char('"')) && field.endsWith(QLatin1Char('"')))
        field = field.mid(1, field.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return field;
}

} // namespace

const RegionTable &RegionTable::builtin()
{
    static const RegionTable table = [] {
        initCoreTablesResource();
        RegionTable t;
        t.load(QStringLiteral(":/core/regions.csv"));
        return t;
    }();
    return table;
}

void RegionTable::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        qWarning("the region table is missing from the build");
        return;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        if (comma < 0)
            continue;
        const QString code = unquote(line.left(comma));
        const QString name = unquote(line.mid(comma + 1));
        if (!isAsciiDigits(code) || name.isEmpty())
            continue; // the header and blank lines
        mEntries.append({code, name});
        if (code.size() == 2)
            mProvinces.insert(code, name);
        else if (code.size() == 4)
            mPrefectures.insert(code, name);
    }
}

bool RegionTable::isPlaceholder(const QString &name)
{
    return name == QStringLiteral("市辖区") || name == QStringLiteral("县")
        || name == QStringLiteral("省直辖县级行政区划") || name == QStringLiteral("自治区直辖县级行政区划");
}

QString RegionTable::provinceName(const QString &code2) const
{
    return mProvinces.value(code2);
}

QString RegionTable::prefectureName(const QString &code4) const
{
    const QString name = mPrefectures.value(code4);
    return isPlaceholder(name) ? QString() : name;
}

QString RegionTable::describe(const QString &code) const
{
    if (code.size() < 2 || code.size() > 12 || !isAsciiDigits(code))
        return {};
    const QString province = provinceName(code.left(2));
    if (province.isEmpty() || code.size() < 4)
        return province;
    return province + prefectureName(code.left(4));
}

bool RegionTable::knowsProvince(const QString &code2) const
{
    return mProvinces.contains(code2);
}

QList<QPair<QString, QString>> RegionTable::entries() const
{
    return mEntries;
}

} // namespace jy
