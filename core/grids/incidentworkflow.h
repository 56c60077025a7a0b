#pragma once
#include "workflow/workflow.h"

namespace jy {

// A grid incident (网格事件) follows the city-management loop: reported → accepted →
// in_progress → resolved → closed (checked and closed by the office), with reopen (the check
// fails) and escalate: "微事不出格、小事不出社区、大事不出街道" — what the grid cannot settle goes
// to the community, then to the street, arriving there as newly reported.
namespace incident_state {
inline const QString Reported = QStringLiteral("reported");
inline const QString Accepted = QStringLiteral("accepted");
inline const QString InProgress = QStringLiteral("in_progress");
inline const QString Resolved = QStringLiteral("resolved");
inline const QString Closed = QStringLiteral("closed");
} // namespace incident_state

namespace incident_level {
inline const QString Grid = QStringLiteral("grid");
inline const QString Community = QStringLiteral("community");
inline const QString Street = QStringLiteral("street");
QStringList all();
QString name(const QString &level);   // 网格 / 社区 / 街道
QString next(const QString &level);   // empty at the street
// Days from report to resolution that count as "handled in time" at each level.
int deadlineDays(const QString &level);
} // namespace incident_level

QStringList incidentCategories();     // 环境卫生, 设施维修 … (translated)

const Workflow &gridIncidentWorkflow();

} // namespace jy
