#pragma once
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace jy {

// The program's own province- and prefecture-level table (resource :/core/regions.csv), so
// names can be shown without any import. Counties and streets come from DivisionImport.
class RegionTable
{
public:
    static const RegionTable &builtin();            // loaded once, thread-safe

    QString provinceName(const QString &code2) const;     // empty if unknown
    QString prefectureName(const QString &code4) const;   // empty if unknown or a placeholder
    // Any 2..12-digit code → "辽宁省大连市", "北京市" (110101); empty if the province is unknown.
    QString describe(const QString &code) const;
    bool knowsProvince(const QString &code2) const;
    QList<QPair<QString, QString>> entries() const;   // every (code, name) as shipped

    // Names like "市辖区" stand for "no prefecture of its own" and are left out of descriptions.
    static bool isPlaceholder(const QString &name);

private:
    RegionTable() = default;
    void load(const QString &path);

    QList<QPair<QString, QString>> mEntries;
    QHash<QString, QString> mProvinces;   // "21" → "辽宁省"
    QHash<QString, QString> mPrefectures; // "2102" → "大连市", placeholders included
};

} // namespace jy
