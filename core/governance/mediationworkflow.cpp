#include "governance/mediationworkflow.h"

#include <QCoreApplication>
#include <QHash>

namespace jy {

namespace {
const char *kContext = "jy::MediationWorkflow";

QString stateName(const QString &state)
{
    static const QHash<QString, const char *> names = {
        {mediation_state::Registered, QT_TRANSLATE_NOOP("jy::MediationWorkflow", "registered")},
        {mediation_state::Mediating, QT_TRANSLATE_NOOP("jy::MediationWorkflow", "mediating")},
        {mediation_state::Resolved, QT_TRANSLATE_NOOP("jy::MediationWorkflow", "resolved")},
        {mediation_state::Unresolved, QT_TRANSLATE_NOOP("jy::MediationWorkflow", "unresolved")},
        {mediation_state::Escalated, QT_TRANSLATE_NOOP("jy::MediationWorkflow", "escalated to the street")},
        {mediation_state::Withdrawn, QT_TRANSLATE_NOOP("jy::MediationWorkflow", "withdrawn")},
    };
    const char *name = names.value(state);
    return name ? QCoreApplication::translate(kContext, name) : state;
}

QString actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("register"), QT_TRANSLATE_NOOP("jy::MediationWorkflow", "register")},
        {QStringLiteral("accept"), QT_TRANSLATE_NOOP("jy::MediationWorkflow", "take up")},
        {QStringLiteral("session"), QT_TRANSLATE_NOOP("jy::MediationWorkflow", "record a session")},
        {QStringLiteral("resolve"), QT_TRANSLATE_NOOP("jy::MediationWorkflow", "resolve")},
        {QStringLiteral("fail"), QT_TRANSLATE_NOOP("jy::MediationWorkflow", "close unresolved")},
        {QStringLiteral("escalate"), QT_TRANSLATE_NOOP("jy::MediationWorkflow", "escalate")},
        {QStringLiteral("withdraw"), QT_TRANSLATE_NOOP("jy::MediationWorkflow", "withdraw")},
    };
    const char *name = names.value(action);
    return name ? QCoreApplication::translate(kContext, name) : action;
}

QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("mediator"), QT_TRANSLATE_NOOP("jy::MediationWorkflow", "The mediator")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("jy::MediationWorkflow", "A note on the session")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("jy::MediationWorkflow", "The outcome")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("jy::MediationWorkflow", "A reason")},
    };
    const char *name = names.value(field);
    return name ? QCoreApplication::translate(kContext, name) : field;
}
} // namespace

const Workflow &mediationWorkflow()
{
    using namespace mediation_state;
    static const Workflow workflow = [] {
        // Mediators are office staff (陶大姐聊天室); a grid worker may pass a case up the same day.
        const QList<Role> office = {Role::Admin, Role::Staff};
        const QList<Role> anyCaseRole = {Role::Admin, Role::Staff, Role::GridWorker};
        const RequiredField reason{QStringLiteral("reason"), FieldKind::Text};
        Workflow w(QStringLiteral("mediation_case"), Registered, {Registered, Mediating, Resolved, Unresolved, Escalated, Withdrawn},
                   {
                       {QStringLiteral("accept"), {Registered}, Mediating, office, {{QStringLiteral("mediator"), FieldKind::Text}}},
                       {QStringLiteral("session"), {Mediating}, Mediating, office, {{QStringLiteral("note"), FieldKind::Text}}},
                       {QStringLiteral("resolve"), {Mediating}, Resolved, office, {{QStringLiteral("outcome"), FieldKind::Text}}},
                       {QStringLiteral("fail"), {Mediating}, Unresolved, office, {reason}},
                       {QStringLiteral("escalate"), {Registered, Mediating}, Escalated, anyCaseRole, {reason}},
                       {QStringLiteral("withdraw"), {Registered, Mediating}, Withdrawn, office, {reason}},
                   });
        w.setNamers(stateName, actionName, fieldName);
        return w;
    }();
    return workflow;
}

} // namespace jy
