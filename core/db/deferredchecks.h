#pragma once
#include <QStringList>

namespace jy {

class Database;

// Skips CHECK constraints during a bulk load and verifies them once at the end. SQLite tests
// `x IN ('a', 'b', 'c', 'd')` by building a temporary table for every row inserted (a tenth of a
// 200,000-row import); the loader has checked its rows already, and verify() walks the written
// tables that have CHECKs once (PRAGMA quick_check), so a row that breaks one still fails the load, inside its
// transaction. Statements prepared (or re-prepared after a schema change) while this lives carry
// no checks, so verify() must name every table written meanwhile. Does nothing on other databases.
class DeferredChecks
{
public:
    explicit DeferredChecks(Database &db);
    ~DeferredChecks();
    DeferredChecks(const DeferredChecks &) = delete;
    DeferredChecks &operator=(const DeferredChecks &) = delete;

    // Turns the checks back on and throws DbError naming the first violation, if any.
    void verify(const QStringList &tables);

private:
    void restore();

    Database &mDb;
    bool mActive = false;
};

} // namespace jy
