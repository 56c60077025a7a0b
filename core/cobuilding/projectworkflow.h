#pragma once
#include "workflow/workflow.h"

namespace jy {

// A co-building project (项目清单) matching a need with a unit's resource, the seeds' "点单服务":
// ordered (点单: put on the list) → dispatched (派单: to a unit) → accepted (接单) → completed (result),
// declined back to ordered (reason), cancelled before completion (reason).
namespace project_state {
inline const QString Ordered = QStringLiteral("ordered");
inline const QString Dispatched = QStringLiteral("dispatched");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString Completed = QStringLiteral("completed");
inline const QString Cancelled = QStringLiteral("cancelled");
} // namespace project_state

const Workflow &coBuildingProjectWorkflow();

} // namespace jy
