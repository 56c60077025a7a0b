#pragma once
#include "party/registersource.h"

#include <memory>

namespace jy {

class Database;
class Session;

// The governance registers as register tabs show them.
std::unique_ptr<RegisterSource> makeMeetingSource(Database &db, const Session &session);
std::unique_ptr<RegisterSource> makeMediationSource(Database &db, const Session &session);
std::unique_ptr<RegisterSource> makeAgencySource(Database &db, const Session &session);
std::unique_ptr<RegisterSource> makeActivitySource(Database &db, const Session &session);
std::unique_ptr<RegisterSource> makeMerchantSource(Database &db, const Session &session);

} // namespace jy
