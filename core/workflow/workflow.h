#pragma once
#include "accounts/session.h"
#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace jy {

class Database;

// What a transition asks of the person taking it, checked before anything is written.
enum class FieldKind {
    Text,        // non-empty after trimming
    PositiveNumber,
    Rating,      // whole number 1–5
    Reference,   // a row id (> 0)
};

struct RequiredField
{
    QString name;       // key in the fields map, e.g. "reason", "hours"
    FieldKind kind = FieldKind::Text;
};

struct Transition
{
    QString action;              // "approve", "reject" …
    QStringList from;            // states it may be taken from
    QString to;
    QList<Role> roles;           // who may take it
    QList<RequiredField> required;
};

// One kind of case (volunteer order, grid incident, mediation case …) as a table of states and
// transitions. It decides whether a step is allowed; the case's own service applies it and
// calls CaseHistory, so every kind of case shares the rules and the history.
class Workflow
{
public:
    Workflow(QString kind, QString initialState, QStringList states, QList<Transition> transitions);

    const QString &kind() const { return mKind; }
    const QString &initialState() const { return mInitial; }
    const QStringList &states() const { return mStates; }
    const QList<Transition> &transitions() const { return mTransitions; }
    bool isState(const QString &state) const { return mStates.contains(state); }

    const Transition *find(const QString &action) const;
    // The transition that leads from one state to another (what dragging a card means), if any.
    const Transition *between(const QString &from, const QString &to) const;
    // The actions a role may take from a state, in table order.
    QList<const Transition *> available(const QString &state, Role role) const;

    // Allowed, or field errors with a plain message: unknown action, wrong state, role not
    // allowed, a required field missing or malformed (named by the field).
    Result<const Transition *> check(const QString &state, const QString &action, Role role,
                                     const QVariantMap &fields) const;

    // Names shown to users; each case kind supplies its own words.
    using Namer = QString (*)(const QString &);
    void setNamers(Namer stateName, Namer actionName, Namer fieldName);
    QString stateName(const QString &state) const;
    QString actionName(const QString &action) const;
    QString fieldName(const QString &field) const;

private:
    QString mKind;
    QString mInitial;
    QStringList mStates;
    QList<Transition> mTransitions;
    Namer mStateName = nullptr;
    Namer mActionName = nullptr;
    Namer mFieldName = nullptr;
};

struct HistoryEntry
{
    qint64 id = 0;
    QString action;
    QString fromState;   // empty for the case's creation
    QString toState;
    QString actor;
    QDateTime at;        // UTC
    QVariantMap fields;
};

// The trail of a case's transitions: who took which step, when, with what reason or hours.
// Written inside the transition's own transaction.
class CaseHistory
{
public:
    static void record(Database &db, const QString &kind, qint64 caseId, const QString &action, const QString &from,
                       const QString &to, const QString &actor, const QVariantMap &fields, const QDateTime &at);
    static QList<HistoryEntry> of(Database &db, const QString &kind, qint64 caseId);
};

} // namespace jy
