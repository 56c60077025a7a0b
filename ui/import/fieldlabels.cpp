#include "import/fieldlabels.h"

#include <QCoreApplication>

namespace jy {

QString importFieldLabel(const QString &field)
{
    static const QList<QPair<const char *, const char *>> labels = {
        {"name", QT_TRANSLATE_NOOP("jy::ImportWizard", "Name")},
        {"id_number", QT_TRANSLATE_NOOP("jy::ImportWizard", "ID number")},
        {"sex", QT_TRANSLATE_NOOP("jy::ImportWizard", "Sex")},
        {"birth_date", QT_TRANSLATE_NOOP("jy::ImportWizard", "Birth date")},
        {"phone", QT_TRANSLATE_NOOP("jy::ImportWizard", "Phone")},
        {"residence_type", QT_TRANSLATE_NOOP("jy::ImportWizard", "Residence type")},
        {"ethnicity", QT_TRANSLATE_NOOP("jy::ImportWizard", "Ethnicity")},
        {"relation", QT_TRANSLATE_NOOP("jy::ImportWizard", "Relationship to the head")},
        {"household_no", QT_TRANSLATE_NOOP("jy::ImportWizard", "Household number")},
        {"community", QT_TRANSLATE_NOOP("jy::ImportWizard", "Community")},
        {"grid", QT_TRANSLATE_NOOP("jy::ImportWizard", "Grid")},
        {"estate", QT_TRANSLATE_NOOP("jy::ImportWizard", "Estate")},
        {"building", QT_TRANSLATE_NOOP("jy::ImportWizard", "Building")},
        {"unit", QT_TRANSLATE_NOOP("jy::ImportWizard", "Unit")},
        {"room", QT_TRANSLATE_NOOP("jy::ImportWizard", "Room")},
        {"address", QT_TRANSLATE_NOOP("jy::ImportWizard", "Address")},
        {"tags", QT_TRANSLATE_NOOP("jy::ImportWizard", "Tags")},
        {"notes", QT_TRANSLATE_NOOP("jy::ImportWizard", "Notes")},
    };
    for (const auto &[key, label] : labels) {
        if (field == QLatin1String(key))
            return QCoreApplication::translate("jy::ImportWizard", label);
    }
    return field;
}

} // namespace jy
