#pragma once

namespace jy {

class Database;

// Forward-only schema versions. Each step runs in its own transaction and records itself in
// schema_version, so a database from any earlier release is brought up to date on open.
class Migrations
{
public:
    static int latestVersion();
    static int currentVersion(Database &db); // 0 for an empty database
    // Throws DbError; refuses a database newer than this program.
    static void migrate(Database &db, int targetVersion);
};

} // namespace jy
