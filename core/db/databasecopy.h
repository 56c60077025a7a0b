#pragma once
#include <QList>
#include <QString>
#include <functional>

namespace jy {

class Database;

// Moves an office's SQLite file to the street's shared server (or any database at the same
// schema): every table, row for row with the same ids, in one transaction on the target, then
// the counts compared table by table. Running it again replaces what the previous run copied,
// so an interrupted or repeated move is safe; a target that holds anything else is refused
// rather than mixed with the office's rows. Failures throw DbError with a plain message.
class DatabaseCopy
{
public:
    struct TableCount
    {
        QString table;
        qint64 source = 0, target = 0;
    };
    struct Report
    {
        QList<TableCount> tables;
        qint64 rows = 0;
        bool replacedEarlierCopy = false;
        bool verified() const;
    };
    // progress(rows copied so far, rows in all); returning false cancels (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static Report run(Database &source, Database &target, const Progress &progress = {});

    // What identifies the source, stored in the target so a second run recognises its own copy.
    static QString sourceIdentity(Database &source);
};

} // namespace jy
