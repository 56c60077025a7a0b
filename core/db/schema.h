#pragma once
#include <QString>
#include <array>
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

// The tables whose rows carry a row_version besides resident (v14), added in v17: the records
// the register forms edit. An UPDATE raises it and checks it (reg::updateVersioned).
inline constexpr std::array kVersionedRegisters = {
    "party_branch", "party_member", "party_meeting",
    "governance_meeting", "activity", "merchant",
    "cobuilding_unit", "cobuilding_need", "cobuilding_resource",
    "honor",
    "volunteer", "volunteer_team", "partner_shop", "service_offer", "service_category", "service_item",
    "redemption_event", "gift_tier",
    "care_plan", "grid_staff",
};

// Runs DDL written for SQLite, adapted to the connection's dialect ("%PK%" is the id column,
// "%BLOB%" a binary column).
void runDdl(Database &db, const QString &script);

} // namespace jy::schema
