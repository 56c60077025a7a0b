#pragma once
#include <QString>
#include <functional>
#include <vector>

namespace jy {
class Database;
}

namespace jy::schema {

struct Step
{
    const char *description;
    std::function<void(Database &)> apply;
};

// Every schema version in order; version N is steps()[N - 1]. Never edit a released step:
// add a new one.
const std::vector<Step> &steps();

// Runs DDL written for SQLite, adapted to the connection's dialect ("%PK%" is the id column,
// "%BLOB%" a binary column).
void runDdl(Database &db, const QString &script);

} // namespace jy::schema
