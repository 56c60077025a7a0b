#pragma once
#include <QHash>
#include <QString>
#include <QStringList>

namespace jy {

class Database;

// Remembers the column mapping a user settled on for a sheet, keyed by its header row, so the
// next month's file with the same headers maps itself.
class MappingMemory
{
public:
    explicit MappingMemory(Database &db) : mDb(db) {}

    // Empty when these headers were never mapped by hand.
    QHash<int, QString> recall(const QStringList &headers) const;
    void remember(const QStringList &headers, const QHash<int, QString> &fieldByColumn);

    static QString signature(const QStringList &headers);

private:
    Database &mDb;
};

} // namespace jy
