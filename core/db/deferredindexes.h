#pragma once
#include <QString>
#include <QStringList>

namespace jy {

class Database;

// Drops a table's indexes for a bulk load and builds them again at the end: one sorted build
// per index instead of a dozen random B-tree updates per row. Use inside a transaction (SQLite
// DDL is transactional, so a rollback brings the indexes back as they were). Unique indexes are
// rebuilt too, so a duplicate the load let through fails the rebuild rather than slipping in.
// Does nothing on other databases.
class DeferredIndexes
{
public:
    DeferredIndexes(Database &db, const QString &table);
    void rebuild();
    int count() const { return int(mStatements.size()); }

private:
    Database &mDb;
    QStringList mStatements;
};

} // namespace jy
