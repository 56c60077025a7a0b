#pragma once
#include <QStringList>

namespace jy {

class Database;

// Skips foreign key enforcement during a bulk load and checks the written tables once at the
// end, inside the load's transaction. SQLite looks up the parent of every reference in every row
// inserted (a fifth of a 200,000-row import); the loader takes its parents from rows it has just
// written or read, and verify() still finds any row whose parent is missing, before the commit.
// SQLite changes the setting only outside a transaction: construct this before the load's
// Transaction, so that it ends after it. Does nothing inside a transaction or on other databases.
class DeferredForeignKeys
{
public:
    explicit DeferredForeignKeys(Database &db);
    ~DeferredForeignKeys(); // enforcement is back on, verified or not
    DeferredForeignKeys(const DeferredForeignKeys &) = delete;
    DeferredForeignKeys &operator=(const DeferredForeignKeys &) = delete;

    // Throws DbError naming the first row whose parent is missing, if any.
    void verify(const QStringList &tables);

private:
    Database &mDb;
    bool mActive = false;
};

} // namespace jy
