#include "grids/incidentworkflow.h"

#include <QCoreApplication>
#include <QHash>

namespace jy {

namespace {
const char *kContext = "jy::GridIncidentWorkflow";

QString stateName(const QString &state)
{
    static const QHash<QString, const char *> names = {
        {incident_state::Reported, QT_TRANSLATE_NOOP("jy::GridIncidentWorkflow", "reported")},
        {incident_state::Accepted, QT_TRANSLATE_NOOP("jy::GridIncidentWorkflow", "accepted")},
        {incident_state::InProgress, QT_TRANSLATE_NOOP("jy::GridIncidentWorkflow", "in progress")},
        {incident_state::Resolved, QT_TRANSLATE_NOOP("jy::GridIncidentWorkflow", "resolved")},
        {incident_state::Closed, QT_TRANSLATE_NOOP("jy::GridIncidentWorkflow", "closed")},
    };
    const char *name = names.value(state);
    return name ? QCoreApplication::translate(kContext, name) : state;
}

QString actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("accept"), QT_TRANSLATE_NOOP("jy::GridIncidentWorkflow", "accept")},
        {QStringLiteral("start"), QT_TRANSLATE_NOOP("jy::GridIncidentWorkflow", "start handling")},
        {QStringLiteral("resolve"), QT_TRANSLATE_NOOP("jy::GridIncidentWorkflow", "resolve")},
        {QStringLiteral("close"), QT_TRANSLATE_NOOP("jy::GridIncidentWorkflow", "check and close")},
        {QStringLiteral("reopen"), QT_TRANSLATE_NOOP("jy::GridIncidentWorkflow", "reopen")},
        {QStringLiteral("escalate"), QT_TRANSLATE_NOOP("jy::GridIncidentWorkflow", "escalate")},
    };
    const char *name = names.value(action);
    return name ? QCoreApplication::translate(kContext, name) : action;
}

QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("jy::GridIncidentWorkflow", "A reason")},
        {QStringLiteral("resolution"), QT_TRANSLATE_NOOP("jy::GridIncidentWorkflow", "What was done")},
    };
    const char *name = names.value(field);
    return name ? QCoreApplication::translate(kContext, name) : field;
}
} // namespace

QStringList incident_level::all() { return {Grid, Community, Street}; }

QString incident_level::name(const QString &level)
{
    if (level == Grid)
        return QCoreApplication::translate("jy::GridIncidentWorkflow", "grid");
    if (level == Community)
        return QCoreApplication::translate("jy::GridIncidentWorkflow", "community");
    if (level == Street)
        return QCoreApplication::translate("jy::GridIncidentWorkflow", "street");
    return level;
}

QString incident_level::next(const QString &level)
{
    if (level == Grid)
        return Community;
    if (level == Community)
        return Street;
    return {};
}

int incident_level::deadlineDays(const QString &level)
{
    return level == Grid ? 3 : level == Community ? 7 : 15;
}

QStringList incidentCategories()
{
    return {QCoreApplication::translate("jy::GridIncidentWorkflow", "environment and sanitation"),
            QCoreApplication::translate("jy::GridIncidentWorkflow", "facility repair"),
            QCoreApplication::translate("jy::GridIncidentWorkflow", "safety hazard"),
            QCoreApplication::translate("jy::GridIncidentWorkflow", "neighbour dispute"),
            QCoreApplication::translate("jy::GridIncidentWorkflow", "illegal construction or occupation"),
            QCoreApplication::translate("jy::GridIncidentWorkflow", "residents' request"),
            QCoreApplication::translate("jy::GridIncidentWorkflow", "other")};
}

const Workflow &gridIncidentWorkflow()
{
    using namespace incident_state;
    static const Workflow workflow = [] {
        // Grid workers handle what arrives in their grid; the service keeps them to the grid
        // level. Closing is the office's check that the fix holds.
        const QList<Role> handlers = {Role::Admin, Role::Staff, Role::GridWorker};
        const QList<Role> office = {Role::Admin, Role::Staff};
        const RequiredField reason{QStringLiteral("reason"), FieldKind::Text};
        Workflow w(QStringLiteral("grid_incident"), Reported, {Reported, Accepted, InProgress, Resolved, Closed},
                   {
                       {QStringLiteral("accept"), {Reported}, Accepted, handlers, {}},
                       {QStringLiteral("start"), {Accepted}, InProgress, handlers, {}},
                       {QStringLiteral("resolve"), {Accepted, InProgress}, Resolved, handlers,
                        {{QStringLiteral("resolution"), FieldKind::Text}}},
                       {QStringLiteral("close"), {Resolved}, Closed, office, {}},
                       {QStringLiteral("reopen"), {Resolved}, InProgress, office, {reason}},
                       {QStringLiteral("escalate"), {Reported, Accepted, InProgress}, Reported, handlers, {reason}},
                   });
        w.setNamers(stateName, actionName, fieldName);
        return w;
    }();
    return workflow;
}

} // namespace jy
