#pragma once
#include "workflow/workflow.h"

namespace jy {

// The volunteer order's states and steps:
// submitted → approved → dispatched → accepted → in_service → completed → rated, with rejected
// (from submitted, reason), cancelled (before in_service, reason) and declined (the volunteer
// says no: back to approved for re-dispatch, reason).
namespace order_state {
inline const QString Submitted = QStringLiteral("submitted");
inline const QString Approved = QStringLiteral("approved");
inline const QString Dispatched = QStringLiteral("dispatched");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString InService = QStringLiteral("in_service");
inline const QString Completed = QStringLiteral("completed");
inline const QString Rated = QStringLiteral("rated");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Cancelled = QStringLiteral("cancelled");
} // namespace order_state

const Workflow &volunteerOrderWorkflow();

} // namespace jy
