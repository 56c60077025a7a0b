#pragma once
#include "workflow/workflow.h"

namespace jy {

// A dispute mediation case (矛盾纠纷调解): registered → mediating (a mediator takes it) → sessions
// recorded while mediating (a case may take eight) → resolved (outcome, agreement signed or not) or
// unresolved (reason); escalated to the street (reason) or withdrawn by the parties (reason)
// before it closes — "小事不出社区、大事不出街道".
namespace mediation_state {
inline const QString Registered = QStringLiteral("registered");
inline const QString Mediating = QStringLiteral("mediating");
inline const QString Resolved = QStringLiteral("resolved");
inline const QString Unresolved = QStringLiteral("unresolved");
inline const QString Escalated = QStringLiteral("escalated");
inline const QString Withdrawn = QStringLiteral("withdrawn");
} // namespace mediation_state

const Workflow &mediationWorkflow();

} // namespace jy
