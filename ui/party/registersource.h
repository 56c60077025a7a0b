#pragma once
#include "common/conflict.h"
#include "common/registerfilter.h"
#include "common/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace jy {

class Workflow;

// The value load() gives a record's row version under, for save() to hand back to the service:
// the form keeps every loaded value it has no input for.
inline const QString kRowVersionKey = kConflictField;

// One input of a register's form; `name` is the field the service names in its errors.
struct FormField
{
    enum class Type { Text, MultiLine, Date, Number, Choice, Check, File };
    QString name;
    QString label;                            // translated, with a mnemonic
    Type type = Type::Text;
    QList<QPair<QString, QVariant>> choices;  // Choice: (label, value)
    bool editable = true;                     // Choice: the user may type another value
    int minimum = 0;
    int maximum = 100000;
    QString fileFilter;                       // File: e.g. "Photos (*.png *.jpg)"
    // Choice: another field of the form whose value decides the choices (a branch's groups);
    // they come from RegisterSource::dependentChoices and follow that field as it changes.
    QString dependsOn;
};

// Something done to a record besides editing it: a transfer, an agreement, a follow-up item.
struct RegisterAction
{
    QString key;
    QString label;                            // translated, for the menu
};

// A row of a register's list: its id and the cells shown (text, numbers, dates).
struct RegisterRow
{
    qint64 id = 0;
    QVariantList cells;
    bool attention = false;                   // shown in red: black list, open too long …
};

// What a register tab needs to know about one register: its columns and filters, how to read a
// page of rows, its form as a map of fields, and (for cases) its workflow. The tab, the lazy model,
// the form dialog and the .xlsx export are the same for every register; each source only maps
// its service's records to and from these shapes.
class RegisterSource
{
public:
    virtual ~RegisterSource() = default;

    virtual QString key() const = 0;          // stable, untranslated: "mediation"
    virtual QString title() const = 0;        // tab and export title
    virtual QStringList headers() const = 0;
    virtual QList<double> widths() const;      // in characters, for the export
    virtual QList<QPair<QString, QString>> kinds() const { return {}; }   // (label, value) for the kind filter
    virtual QList<QPair<QString, QString>> states() const { return {}; }  // (label, value) for the state filter
    // (label, id) for the filter by the records' parent (RegisterFilter::ownerId), e.g. a member's
    // branch; none: no such filter. ownersLabel() names its "all" choice.
    virtual QList<QPair<QString, QVariant>> owners() const { return {}; }
    virtual QString ownersLabel() const { return {}; }
    virtual int count(const RegisterFilter &filter) const = 0;
    virtual QList<RegisterRow> rows(const RegisterFilter &filter) const = 0; // filter.offset / limit
    // HTML shown beside the list for the selected record: sub-records, history.
    virtual QString details(qint64 id) const { Q_UNUSED(id); return {}; }

    virtual bool mayCreate() const { return mayEdit(); }
    virtual bool mayEdit() const = 0;
    virtual bool mayDelete() const { return mayEdit(); }
    virtual QList<FormField> form(bool creating) const = 0;
    virtual QVariantMap load(qint64 id) const = 0;           // empty when it no longer exists
    virtual QVariantMap blank(qint64 communityId) const = 0; // a new record's values
    virtual Result<qint64> save(const QVariantMap &values) = 0;
    virtual Status remove(qint64 id) { Q_UNUSED(id); return success(); }
    virtual QString describe(qint64 id) const = 0;            // "居民议事：小区停车难 (2025-05-10)"

    // Case registers: the workflow, a record's state, and how to take a step.
    virtual const Workflow *workflow() const { return nullptr; }
    virtual QString state(qint64 id) const { Q_UNUSED(id); return {}; }
    virtual Status take(qint64 id, const QString &action, const QVariantMap &fields) { Q_UNUSED(id); Q_UNUSED(action); Q_UNUSED(fields); return success(); }
    // The inputs a step asks for: by default its required fields (references choose from
    // choicesFor), a source may add optional ones.
    virtual QList<FormField> stepForm(const QString &action) const;
    virtual QList<QPair<QString, QVariant>> choicesFor(const QString &field) const { Q_UNUSED(field); return {}; }
    // The choices of a field that depends on another (FormField::dependsOn), given that one's value.
    virtual QList<QPair<QString, QVariant>> dependentChoices(const QString &field, const QVariant &on) const
    {
        Q_UNUSED(field);
        Q_UNUSED(on);
        return {};
    }

    // Other things done to a selected record, each with its own small form.
    virtual QList<RegisterAction> actions() const { return {}; }
    virtual bool mayAct() const { return mayEdit(); }
    virtual QList<FormField> actionForm(const QString &key, qint64 id) const { Q_UNUSED(key); Q_UNUSED(id); return {}; }
    virtual QVariantMap actionDefaults(const QString &key, qint64 id) const { Q_UNUSED(key); Q_UNUSED(id); return {}; }
    virtual Status act(const QString &key, qint64 id, const QVariantMap &values) { Q_UNUSED(key); Q_UNUSED(id); Q_UNUSED(values); return success(); }

    // The community a new record gets when the filter names none.
    qint64 defaultCommunity = 0;
};

} // namespace jy
