#pragma once
#include "workflow/workflow.h"

namespace jy {

// A red agency service (红色代办): an errand run for a resident at an office they cannot reach.
// received → handling (a handler takes it) → done (result); returned (reason, e.g. papers missing)
// from received or handling.
namespace agency_state {
inline const QString Received = QStringLiteral("received");
inline const QString Handling = QStringLiteral("handling");
inline const QString Done = QStringLiteral("done");
inline const QString Returned = QStringLiteral("returned");
} // namespace agency_state

const Workflow &agencyWorkflow();

} // namespace jy
