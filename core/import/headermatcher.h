#pragma once
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace jy {

// Finds the header row of a roster sheet below its title rows ("XX社区居民信息登记表") and
// maps its columns to roster fields by name, accepting the synonyms offices use.
class HeaderMatcher
{
public:
    struct Match
    {
        int headerRow = -1;              // index into the rows given; -1 when none was found
        QHash<int, QString> fieldByColumn; // column → field key ("name", "id_number", …)
        QStringList unmatchedHeaders;
        bool isValid() const { return headerRow >= 0; }
        int columnOf(const QString &field) const { return fieldByColumn.key(field, -1); }
    };

    // Field keys with their accepted header names, the first being the canonical one.
    static const QList<QPair<QString, QStringList>> &fields();
    // The field a header names, or empty: spaces, full-width letters, "*" required-marks and
    // parenthesised notes ("电话（手机）") are ignored.
    static QString fieldForHeader(const QString &header);
    // Column → field for one header row, each field taken by its first column only.
    static QHash<int, QString> map(const QStringList &headers);
    // Looks at the first maxRows rows for the one naming the most fields (at least "name" and
    // one other).
    static Match find(const QList<QStringList> &rows, int maxRows = 20);
};

} // namespace jy
