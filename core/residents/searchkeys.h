#pragma once
#include <QString>

namespace jy {

class Database;

// Derived columns that make roster search use indexes: pinyin (full and initials) for prefix
// search, the pinyin sort order, and the ID number and phone reversed so that "last 4–6
// digits" is a prefix search too.
struct SearchKeys
{
    QString pinyin;
    QString initials;
    QString sortKey;
    QString idReversed;
    QString phoneReversed;

    static SearchKeys compute(const QString &name, const QString &idNumber, const QString &phone);
    static QString reversed(const QString &text);

    // The name's characters as separate tokens in the full-text index (SQLite FTS5), so any
    // substring of a name is an indexed phrase query.
    static QString nameTokens(const QString &name);
    static void writeNameIndex(Database &db, qint64 residentId, const QString &name);
    static void removeNameIndex(Database &db, qint64 residentId);
};

} // namespace jy
