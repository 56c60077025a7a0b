#include "common/conflictprompt.h"
#include "common/conflict.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace jy {

bool askToReload(QWidget *parent, const FieldErrors &errors)
{
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("jy::ConflictPrompt", "Saved by someone else"), errors.isEmpty() ? QString() : errors.constFirst().message,
                    QMessageBox::NoButton, parent);
    for (const FieldError &e : errors)
        if (e.field == kConflictField)
            box.setText(e.message);
    QPushButton *reload = box.addButton(QCoreApplication::translate("jy::ConflictPrompt", "&Reload the record"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("reload"));
    box.addButton(QCoreApplication::translate("jy::ConflictPrompt", "&Keep my changes on screen"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    box.exec();
    return box.clickedButton() == reload;
}

} // namespace jy
