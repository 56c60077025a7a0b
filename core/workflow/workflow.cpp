#include "workflow/workflow.h"
#include "db/database.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::Workflow", text); }
} // namespace

Workflow::Workflow(QString kind, QString initialState, QStringList states, QList<Transition> transitions)
    : mKind(std::move(kind)), mInitial(std::move(initialState)), mStates(std::move(states)),
      mTransitions(std::move(transitions))
{
}

const Transition *Workflow::find(const QString &action) const
{
    for (const Transition &t : mTransitions)
        if (t.action == action)
            return &t;
    return nullptr;
}

const Transition *Workflow::between(const QString &from, const QString &to) const
{
    for (const Transition &t : mTransitions)
        if (t.to == to && t.from.contains(from))
            return &t;
    return nullptr;
}

QList<const Transition *> Workflow::available(const QString &state, Role role) const
{
    QList<const Transition *> out;
    for (const Transition &t : mTransitions)
        if (t.from.contains(state) && t.roles.contains(role))
            out << &t;
    return out;
}

Result<const Transition *> Workflow::check(const QString &state, const QString &action, Role role,
                                           const QVariantMap &fields) const
{
    using R = Result<const Transition *>;
    const Transition *t = find(action);
    if (!t)
        return R::fail(QString(), tr("There is no step \"%1\" here.").arg(action));
    if (!t->from.contains(state)) {
        QStringList from;
        for (const QString &s : t->from)
            from << stateName(s);
        return R::fail(QString(), tr("\"%1\" is not possible while the case is %2; it is possible only when it is %3.")
                                      .arg(actionName(action), stateName(state), from.join(tr(" or "))));
    }
    if (!t->roles.contains(role))
        return R::fail(QString(), tr("Your role (%1) may not take the step \"%2\".")
                                      .arg(Session::roleName(role), actionName(action)));
    FieldErrors errors;
    for (const RequiredField &f : t->required) {
        const QVariant v = fields.value(f.name);
        bool ok = false;
        switch (f.kind) {
        case FieldKind::Text:
            ok = !v.toString().trimmed().isEmpty();
            break;
        case FieldKind::PositiveNumber: {
            const double d = v.toString().trimmed().toDouble(&ok);
            ok = ok && d > 0 && d < 1e6;
            break;
        }
        case FieldKind::Rating: {
            const int r = v.toString().trimmed().toInt(&ok);
            ok = ok && r >= 1 && r <= 5;
            break;
        }
        case FieldKind::Reference:
            ok = v.toLongLong() > 0;
            break;
        }
        if (ok)
            continue;
        QString message;
        switch (f.kind) {
        case FieldKind::Text:
            message = tr("%1 is required for \"%2\".");
            break;
        case FieldKind::PositiveNumber:
            message = tr("%1 must be a number greater than zero for \"%2\".");
            break;
        case FieldKind::Rating:
            message = tr("%1 must be a whole number from 1 to 5 for \"%2\".");
            break;
        case FieldKind::Reference:
            message = tr("Choose %1 for \"%2\".");
            break;
        }
        errors.append({f.name, message.arg(fieldName(f.name), actionName(action))});
    }
    if (!errors.isEmpty())
        return errors;
    return t;
}

void Workflow::setNamers(Namer stateName, Namer actionName, Namer fieldName)
{
    mStateName = stateName;
    mActionName = actionName;
    mFieldName = fieldName;
}

QString Workflow::stateName(const QString &state) const { return mStateName ? mStateName(state) : state; }
QString Workflow::actionName(const QString &action) const { return mActionName ? mActionName(action) : action; }
QString Workflow::fieldName(const QString &field) const { return mFieldName ? mFieldName(field) : field; }

void CaseHistory::record(Database &db, const QString &kind, qint64 caseId, const QString &action, const QString &from,
                         const QString &to, const QString &actor, const QVariantMap &fields, const QDateTime &at)
{
    sql::exec(db.connection(),
              QStringLiteral("INSERT INTO case_history (case_kind, case_id, action, from_state, to_state, actor, at, fields) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
              {kind, caseId, action, from.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(from), to, actor,
               at.toUTC().toString(Qt::ISODate),
               QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact))});
}

QList<HistoryEntry> CaseHistory::of(Database &db, const QString &kind, qint64 caseId)
{
    QSqlQuery q = sql::exec(db.connection(),
                            QStringLiteral("SELECT id, action, from_state, to_state, actor, at, fields FROM case_history "
                                           "WHERE case_kind = ? AND case_id = ? ORDER BY id"),
                            {kind, caseId});
    QList<HistoryEntry> out;
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.action = q.value(1).toString();
        e.fromState = q.value(2).toString();
        e.toState = q.value(3).toString();
        e.actor = q.value(4).toString();
        e.at = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        e.at.setTimeSpec(Qt::UTC);
        e.fields = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object().toVariantMap();
        out << e;
    }
    return out;
}

} // namespace jy
