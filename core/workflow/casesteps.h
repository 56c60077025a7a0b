#pragma once
#include "common/result.h"
#include "workflow/workflow.h"

#include <QDateTime>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace jy {

class Database;
class Session;

// What a case kind adds to a step beyond the state: more columns to set and more to record.
struct CaseStepChanges
{
    QStringList sets;        // "outcome = ?"
    QVariantList values;     // bound to the sets, in order
    QVariantMap recorded;    // into the history entry besides the required fields
};

// Takes a step on a case stored in `table` (columns state and state_since) through its workflow:
// the workflow's check (state, role, required fields), then the update guarded by the old state,
// a history entry and an audit entry, in one transaction. `extra` may refuse (field errors) or
// add columns. The mediation, agency and co-building project services share it.
class CaseSteps
{
public:
    using Extra = std::function<Status(const Transition &, const QVariantMap &fields, CaseStepChanges &)>;

    static Status take(Database &db, const Session &session, const Workflow &workflow, const QString &table, qint64 id,
                       const QString &action, const QVariantMap &fields, const QDateTime &at, const Extra &extra = {});

    // prefix + yyyyMMdd + the day's 4-digit sequence: "TJ202611290003".
    static QString nextNumber(Database &db, const QString &table, const QString &prefix, const QDateTime &at);
};

} // namespace jy
