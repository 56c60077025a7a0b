#pragma once
#include "party/registersource.h"

#include <memory>

namespace jy {

class Database;
class Session;

// The party organisation's registers as register tabs show them.
std::unique_ptr<RegisterSource> makeBranchSource(Database &db, const Session &session);
std::unique_ptr<RegisterSource> makeMemberSource(Database &db, const Session &session);
std::unique_ptr<RegisterSource> makeBranchMeetingSource(Database &db, const Session &session);

} // namespace jy
