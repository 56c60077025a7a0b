#pragma once
#include "db/database.h"

#include <QString>

namespace jy {

// What a user types after --db: a file path, or postgresql://user[:password]@host[:port]/dbname
// (also postgres://) for the street office's shared server. Without a password in the address,
// libpq finds one in PGPASSWORD or ~/.pgpass, so it need not appear in shell history.
bool isServerAddress(const QString &text);
// Throws DbError with a plain message for a malformed server address.
ConnectionSettings parseConnection(const QString &text);

} // namespace jy
