#include "volunteer/orderworkflow.h"

#include <QCoreApplication>
#include <QHash>

namespace jy {

namespace {

QString stateName(const QString &state)
{
    static const QHash<QString, const char *> names = {
        {order_state::Submitted, QT_TRANSLATE_NOOP("jy::OrderWorkflow", "submitted")},
        {order_state::Approved, QT_TRANSLATE_NOOP("jy::OrderWorkflow", "approved")},
        {order_state::Dispatched, QT_TRANSLATE_NOOP("jy::OrderWorkflow", "dispatched")},
        {order_state::Accepted, QT_TRANSLATE_NOOP("jy::OrderWorkflow", "accepted")},
        {order_state::InService, QT_TRANSLATE_NOOP("jy::OrderWorkflow", "in service")},
        {order_state::Completed, QT_TRANSLATE_NOOP("jy::OrderWorkflow", "completed")},
        {order_state::Rated, QT_TRANSLATE_NOOP("jy::OrderWorkflow", "rated")},
        {order_state::Rejected, QT_TRANSLATE_NOOP("jy::OrderWorkflow", "rejected")},
        {order_state::Cancelled, QT_TRANSLATE_NOOP("jy::OrderWorkflow", "cancelled")},
    };
    const char *name = names.value(state);
    return name ? QCoreApplication::translate("jy::OrderWorkflow", name) : state;
}

QString actionName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("submit"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "submit")},
        {QStringLiteral("approve"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "approve")},
        {QStringLiteral("reject"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "reject")},
        {QStringLiteral("dispatch"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "dispatch")},
        {QStringLiteral("accept"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "accept")},
        {QStringLiteral("decline"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "decline")},
        {QStringLiteral("start"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "start service")},
        {QStringLiteral("complete"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "complete")},
        {QStringLiteral("rate"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "rate")},
        {QStringLiteral("cancel"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "cancel")},
    };
    const char *name = names.value(action);
    return name ? QCoreApplication::translate("jy::OrderWorkflow", name) : action;
}

QString fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "A reason")},
        {QStringLiteral("volunteer_id"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "a volunteer")},
        {QStringLiteral("hours"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "Service hours")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "A note on the service")},
        {QStringLiteral("rating"), QT_TRANSLATE_NOOP("jy::OrderWorkflow", "The rating")},
    };
    const char *name = names.value(field);
    return name ? QCoreApplication::translate("jy::OrderWorkflow", name) : field;
}

} // namespace

const Workflow &volunteerOrderWorkflow()
{
    using namespace order_state;
    static const Workflow workflow = [] {
        // The supermarket administrator reviews and dispatches; office staff record what a
        // volunteer says on the phone; grid workers take orders and collect the resident's rating.
        const QList<Role> dispatchers = {Role::Admin, Role::SupermarketAdmin};
        const QList<Role> desk = {Role::Admin, Role::SupermarketAdmin, Role::Staff};
        const QList<Role> anyone = {Role::Admin, Role::SupermarketAdmin, Role::Staff, Role::GridWorker};
        const RequiredField reason{QStringLiteral("reason"), FieldKind::Text};
        Workflow w(QStringLiteral("volunteer_order"), Submitted,
                   {Submitted, Approved, Dispatched, Accepted, InService, Completed, Rated, Rejected, Cancelled},
                   {
                       {QStringLiteral("approve"), {Submitted}, Approved, dispatchers, {}},
                       {QStringLiteral("reject"), {Submitted}, Rejected, dispatchers, {reason}},
                       {QStringLiteral("dispatch"), {Approved}, Dispatched, dispatchers,
                        {{QStringLiteral("volunteer_id"), FieldKind::Reference}}},
                       {QStringLiteral("accept"), {Dispatched}, Accepted, desk, {}},
                       {QStringLiteral("decline"), {Dispatched, Accepted}, Approved, desk, {reason}},
                       {QStringLiteral("start"), {Accepted}, InService, desk, {}},
                       {QStringLiteral("complete"), {InService}, Completed, desk,
                        {{QStringLiteral("hours"), FieldKind::PositiveNumber}, {QStringLiteral("note"), FieldKind::Text}}},
                       {QStringLiteral("rate"), {Completed}, Rated, anyone, {{QStringLiteral("rating"), FieldKind::Rating}}},
                       {QStringLiteral("cancel"), {Submitted, Approved, Dispatched, Accepted}, Cancelled, desk, {reason}},
                   });
        w.setNamers(stateName, actionName, fieldName);
        return w;
    }();
    return workflow;
}

} // namespace jy
