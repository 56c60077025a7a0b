#pragma once
#include <QHash>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <utility>
#include <vector>

namespace jy {

// Mandarin readings of Han characters from Unicode's Unihan kMandarin field (extracted at
// build time from Debian's unicode-data), without tones; ü is written v as on keyboards.
class Pinyin
{
public:
    static const Pinyin &instance();

    QString syllable(char32_t ch) const;                 // "zhang"; empty for a non-Han character
    // One token per character: its syllable, or the lower-cased character itself. The first
    // character of a name uses its surname reading (单 shan, 曾 zeng, 解 xie …).
    QStringList syllables(const QString &name) const;
    struct Keys
    {
        QString full;     // "zhangsanfeng"
        QString initials; // "zsf"
        // Dictionary order: syllable by syllable, then the characters themselves ("li\t李" < "li si\t李四").
        QString sortKey;
    };
    Keys keys(const QString &name) const;                // all three from one pass over the name
    QString full(const QString &name) const { return keys(name).full; }
    QString initials(const QString &name) const { return keys(name).initials; }
    QString sortKey(const QString &name) const { return keys(name).sortKey; }
    int size() const { return int(mReadings.size()); }

private:
    Pinyin();
    QHash<char32_t, QString> mReadings;
    QHash<char32_t, QString> mSurnameReadings;
};

// Puts a list of records in the dictionary order of their names (pinyin, syllable by syllable,
// as the roster sorts), keeping the given order among equal names. For lists that have no
// stored sort key column (volunteers, units …): SQL cannot sort them portably by pinyin.
template <typename T, typename NameOf>
void sortByPinyin(QList<T> &items, NameOf nameOf)
{
    const Pinyin &pinyin = Pinyin::instance();
    std::vector<std::pair<QString, qsizetype>> keys;
    keys.reserve(size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i)
        keys.emplace_back(pinyin.sortKey(nameOf(items.at(i))), i);
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<T> sorted;
    sorted.reserve(items.size());
    for (const auto &key : keys)
        sorted << std::move(items[key.second]);
    items = std::move(sorted);
}

} // namespace jy
