#include "testsupport.h"
#include "volunteer/orderworkflow.h"

#include <QSet>

using namespace jy;

namespace {

// The order workflow written out independently of core: (from state, action) → (to state, roles).
struct Expected
{
    const char *from;
    const char *action;
    const char *to;
    QList<Role> roles;
};

QList<Expected> expectedTable()
{
    const QList<Role> dispatchers = {Role::Admin, Role::SupermarketAdmin};
    const QList<Role> desk = {Role::Admin, Role::SupermarketAdmin, Role::Staff};
    const QList<Role> anyone = {Role::Admin, Role::SupermarketAdmin, Role::Staff, Role::GridWorker};
    return {
        {"submitted", "approve", "approved", dispatchers},
        {"submitted", "reject", "rejected", dispatchers},
        {"approved", "dispatch", "dispatched", dispatchers},
        {"dispatched", "accept", "accepted", desk},
        {"dispatched", "decline", "approved", desk},
        {"accepted", "decline", "approved", desk},
        {"accepted", "start", "in_service", desk},
        {"in_service", "complete", "completed", desk},
        {"completed", "rate", "rated", anyone},
        {"submitted", "cancel", "cancelled", desk},
        {"approved", "cancel", "cancelled", desk},
        {"dispatched", "cancel", "cancelled", desk},
        {"accepted", "cancel", "cancelled", desk},
    };
}

// Fields that satisfy every action's requirements.
QVariantMap allFields()
{
    return {{QStringLiteral("reason"), QStringLiteral("居民临时外出")}, {QStringLiteral("volunteer_id"), 7},
            {QStringLiteral("hours"), 1.5}, {QStringLiteral("note"), QStringLiteral("已上门理发")}, {QStringLiteral("rating"), 5}};
}

} // namespace

TEST_CASE("every state, action and role of the order workflow is allowed exactly as the table says", "[workflow]")
{
    const Workflow &w = volunteerOrderWorkflow();
    const QList<Expected> table = expectedTable();
    QStringList actions;
    for (const Transition &t : w.transitions())
        actions << t.action;
    actions << QStringLiteral("submit") << QStringLiteral("reopen");
    int allowed = 0, refused = 0;
    for (const QString &state : w.states()) {
        for (const QString &action : actions) {
            for (Role role : kAllRoles) {
                const Expected *row = nullptr;
                for (const Expected &e : table)
                    if (state == QLatin1String(e.from) && action == QLatin1String(e.action))
                        row = &e;
                const bool expectAllowed = row && row->roles.contains(role);
                const Result<const Transition *> r = w.check(state, action, role, allFields());
                INFO(state.toStdString() << " / " << action.toStdString() << " / " << Session::roleName(role).toStdString());
                REQUIRE(r.ok() == expectAllowed);
                if (expectAllowed) {
                    CHECK(r.value()->to == QLatin1String(row->to));
                    ++allowed;
                } else {
                    CHECK_FALSE(r.errorText().isEmpty());
                    ++refused;
                }
            }
        }
    }
    CHECK(allowed == 37);
    CHECK(refused > 400);
}

TEST_CASE("a refused step says why in plain words", "[workflow]")
{
    const Workflow &w = volunteerOrderWorkflow();
    SECTION("wrong state names the states it is possible from")
    {
        const auto r = w.check(QStringLiteral("completed"), QStringLiteral("approve"), Role::Admin, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorText().contains(QStringLiteral("已提交")));
    }
    SECTION("a role that may not take the step is named")
    {
        const auto r = w.check(QStringLiteral("submitted"), QStringLiteral("approve"), Role::Staff, {});
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorText().contains(Session::roleName(Role::Staff)));
    }
    SECTION("required fields are named, each on its own")
    {
        const auto r = w.check(QStringLiteral("in_service"), QStringLiteral("complete"), Role::Staff,
                               {{QStringLiteral("hours"), 0}, {QStringLiteral("note"), QStringLiteral("  ")}});
        REQUIRE_FALSE(r.ok());
        REQUIRE(r.errors().size() == 2);
        CHECK(r.errors().at(0).field == QLatin1String("hours"));
        CHECK(r.errors().at(1).field == QLatin1String("note"));
    }
    SECTION("a rating must be 1 to 5")
    {
        CHECK_FALSE(w.check(QStringLiteral("completed"), QStringLiteral("rate"), Role::Staff, {{QStringLiteral("rating"), 6}}).ok());
        CHECK_FALSE(w.check(QStringLiteral("completed"), QStringLiteral("rate"), Role::Staff, {{QStringLiteral("rating"), QStringLiteral("好")}}).ok());
        CHECK(w.check(QStringLiteral("completed"), QStringLiteral("rate"), Role::Staff, {{QStringLiteral("rating"), 1}}).ok());
    }
}

TEST_CASE("the transition between two states is what dragging a card means", "[workflow]")
{
    const Workflow &w = volunteerOrderWorkflow();
    REQUIRE(w.between(QStringLiteral("dispatched"), QStringLiteral("approved")) != nullptr);
    CHECK(w.between(QStringLiteral("dispatched"), QStringLiteral("approved"))->action == QLatin1String("decline"));
    CHECK(w.between(QStringLiteral("submitted"), QStringLiteral("completed")) == nullptr);
    CHECK(w.between(QStringLiteral("in_service"), QStringLiteral("cancelled")) == nullptr); // not once the service began
    QStringList viewerActions;
    for (const QString &state : w.states())
        for (const Transition *t : w.available(state, Role::Viewer))
            viewerActions << t->action;
    CHECK(viewerActions.isEmpty());
}
