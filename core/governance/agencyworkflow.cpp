#include "governance/agencyworkflow.h"

#include <QCoreApplication>
#include <QHash>

namespace jy {

namespace {
const char *kContext = "jy::AgencyWorkflow";

QString stateName(const QString &state)
{
    static const QHash<QString, const char *> names = {
        {agency_state::Received, QT_TRANSLATE_NOOP("jy::AgencyWorkflow", "received")},
        {agency_state::Handling, QT_TRANSLATE_NOOP("jy::AgencyWorkflow", "being handled")},
        {agency_state::Done, QT_TRANSLATE_NOOP("jy::AgencyWorkflow", "done")},
        {agency_state::Returned, QT_TRANSLATE_NOOP("jy::AgencyWorkflow", "returned")},
    };
    const char *name = names.value(state);
    return name ? QCoreApplication::translate(kContext, name) : state;
}

QString actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("receive"), QT_TRANSLATE_NOOP("jy::AgencyWorkflow", "receive")},
        {QStringLiteral("handle"), QT_TRANSLATE_NOOP("jy::AgencyWorkflow", "take on")},
        {QStringLiteral("finish"), QT_TRANSLATE_NOOP("jy::AgencyWorkflow", "finish")},
        {QStringLiteral("return"), QT_TRANSLATE_NOOP("jy::AgencyWorkflow", "return")},
    };
    const char *name = names.value(action);
    return name ? QCoreApplication::translate(kContext, name) : action;
}

QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("handler"), QT_TRANSLATE_NOOP("jy::AgencyWorkflow", "The handler")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("jy::AgencyWorkflow", "The result")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("jy::AgencyWorkflow", "A reason")},
    };
    const char *name = names.value(field);
    return name ? QCoreApplication::translate(kContext, name) : field;
}
} // namespace

const Workflow &agencyWorkflow()
{
    using namespace agency_state;
    static const Workflow workflow = [] {
        // Grid workers and party-member volunteers run most errands themselves.
        const QList<Role> handlers = {Role::Admin, Role::Staff, Role::GridWorker};
        Workflow w(QStringLiteral("agency_service"), Received, {Received, Handling, agency_state::Done, Returned},
                   {
                       {QStringLiteral("handle"), {Received}, Handling, handlers, {{QStringLiteral("handler"), FieldKind::Text}}},
                       {QStringLiteral("finish"), {Handling}, agency_state::Done, handlers, {{QStringLiteral("result"), FieldKind::Text}}},
                       {QStringLiteral("return"), {Received, Handling}, Returned, handlers, {{QStringLiteral("reason"), FieldKind::Text}}},
                   });
        w.setNamers(stateName, actionName, fieldName);
        return w;
    }();
    return workflow;
}

} // namespace jy
