#include "party/registersource.h"
#include "workflow/workflow.h"

namespace jy {

QList<double> RegisterSource::widths() const
{
    QList<double> out;
    for (const QString &h : headers())
        out << std::max(8.0, double(h.size()) * 2 + 2);
    return out;
}

QList<FormField> RegisterSource::stepForm(const QString &action) const
{
    QList<FormField> out;
    const Workflow *w = workflow();
    const Transition *t = w ? w->find(action) : nullptr;
    if (!t)
        return out;
    for (const RequiredField &r : t->required) {
        FormField f;
        f.name = r.name;
        f.label = w->fieldName(r.name) + QLatin1Char(':');
        switch (r.kind) {
        case FieldKind::Text:
            f.type = FormField::Type::MultiLine;
            break;
        case FieldKind::PositiveNumber:
            f.type = FormField::Type::Number;
            f.minimum = 1;
            break;
        case FieldKind::Rating:
            f.type = FormField::Type::Number;
            f.minimum = 1;
            f.maximum = 5;
            break;
        case FieldKind::Reference:
            f.type = FormField::Type::Choice;
            f.editable = false;
            f.choices = choicesFor(r.name);
            break;
        }
        out << f;
    }
    return out;
}

} // namespace jy
