#include "cobuilding/projectworkflow.h"

#include <QCoreApplication>
#include <QHash>

namespace jy {

namespace {
const char *kContext = "jy::ProjectWorkflow";

QString stateName(const QString &state)
{
    static const QHash<QString, const char *> names = {
        {project_state::Ordered, QT_TRANSLATE_NOOP("jy::ProjectWorkflow", "ordered")},
        {project_state::Dispatched, QT_TRANSLATE_NOOP("jy::ProjectWorkflow", "dispatched")},
        {project_state::Accepted, QT_TRANSLATE_NOOP("jy::ProjectWorkflow", "accepted")},
        {project_state::Completed, QT_TRANSLATE_NOOP("jy::ProjectWorkflow", "completed")},
        {project_state::Cancelled, QT_TRANSLATE_NOOP("jy::ProjectWorkflow", "cancelled")},
    };
    const char *name = names.value(state);
    return name ? QCoreApplication::translate(kContext, name) : state;
}

QString actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("dispatch"), QT_TRANSLATE_NOOP("jy::ProjectWorkflow", "dispatch to a unit")},
        {QStringLiteral("accept"), QT_TRANSLATE_NOOP("jy::ProjectWorkflow", "accept")},
        {QStringLiteral("decline"), QT_TRANSLATE_NOOP("jy::ProjectWorkflow", "decline")},
        {QStringLiteral("complete"), QT_TRANSLATE_NOOP("jy::ProjectWorkflow", "complete")},
        {QStringLiteral("cancel"), QT_TRANSLATE_NOOP("jy::ProjectWorkflow", "cancel")},
    };
    const char *name = names.value(action);
    return name ? QCoreApplication::translate(kContext, name) : action;
}

QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("unit_id"), QT_TRANSLATE_NOOP("jy::ProjectWorkflow", "a co-building unit")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("jy::ProjectWorkflow", "A reason")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("jy::ProjectWorkflow", "The result")},
    };
    const char *name = names.value(field);
    return name ? QCoreApplication::translate(kContext, name) : field;
}
} // namespace

const Workflow &coBuildingProjectWorkflow()
{
    using namespace project_state;
    static const Workflow workflow = [] {
        // The office dispatches and closes; units answer through the office, which records it.
        const QList<Role> office = {Role::Admin, Role::Staff};
        const RequiredField reason{QStringLiteral("reason"), FieldKind::Text};
        Workflow w(QStringLiteral("cobuilding_project"), Ordered, {Ordered, Dispatched, Accepted, Completed, Cancelled},
                   {
                       {QStringLiteral("dispatch"), {Ordered}, Dispatched, office, {{QStringLiteral("unit_id"), FieldKind::Reference}}},
                       {QStringLiteral("accept"), {Dispatched}, Accepted, office, {}},
                       {QStringLiteral("decline"), {Dispatched}, Ordered, office, {reason}},
                       {QStringLiteral("complete"), {Accepted}, Completed, office, {{QStringLiteral("result"), FieldKind::Text}}},
                       {QStringLiteral("cancel"), {Ordered, Dispatched, Accepted}, Cancelled, office, {reason}},
                   });
        w.setNamers(stateName, actionName, fieldName);
        return w;
    }();
    return workflow;
}

} // namespace jy
