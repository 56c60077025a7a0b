#pragma once
#include "party/registersource.h"

#include <memory>

namespace jy {

class Database;
class Session;

// The co-building registers as register tabs show them.
std::unique_ptr<RegisterSource> makeUnitSource(Database &db, const Session &session);
std::unique_ptr<RegisterSource> makeNeedSource(Database &db, const Session &session);
std::unique_ptr<RegisterSource> makeResourceSource(Database &db, const Session &session);
std::unique_ptr<RegisterSource> makeProjectSource(Database &db, const Session &session);

} // namespace jy
