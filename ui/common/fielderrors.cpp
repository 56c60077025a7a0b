#include "common/fielderrors.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace jy {

QLabel *FieldErrorLabels::errorLabel()
{
    auto *label = new QLabel;
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setWordWrap(true);
    return label;
}

QWidget *FieldErrorLabels::wrap(QWidget *input, const QString &field)
{
    auto *box = new QWidget;
    box->setFocusProxy(input); // the label's mnemonic reaches the field, not its frame
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    v->addWidget(input);
    v->addWidget(add(field));
    return box;
}

QLabel *FieldErrorLabels::add(const QString &field)
{
    QLabel *error = errorLabel();
    error->setObjectName(QStringLiteral("error_") + field);
    error->hide();
    mLabels.insert(field, error);
    return error;
}

void FieldErrorLabels::clear()
{
    for (QLabel *label : std::as_const(mLabels))
        label->hide();
}

void FieldErrorLabels::show(const FieldErrors &errors, QLabel *general)
{
    clear();
    QStringList rest;
    for (const FieldError &e : errors) {
        if (QLabel *label = mLabels.value(e.field)) {
            label->setText(e.message);
            label->show();
        } else {
            rest << e.message;
        }
    }
    if (general) {
        general->setText(rest.join(QLatin1Char('\n')));
        general->setVisible(!rest.isEmpty());
    }
}

QString FieldErrorLabels::text(const QString &field) const
{
    const QLabel *label = mLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace jy
