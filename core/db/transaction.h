#pragma once
#include <QString>

namespace jy {

class Database;

// A unit of work that rolls back unless commit() is called: an early return or an
// exception leaves the database as it was. Nested scopes become savepoints.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();

private:
    Database &mDb;
    int mLevel = 0;
    bool mOpen = false;
};

} // namespace jy
