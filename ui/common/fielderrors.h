#pragma once
#include "common/result.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace jy {

// Error texts under form fields: wrap each input, then show a service's field errors under the
// fields they name (the rest in a general label), so the form stays open with what was typed.
class FieldErrorLabels
{
public:
    // The input with a hidden error line under it; the label's mnemonic reaches the input.
    QWidget *wrap(QWidget *input, const QString &field);
    // A hidden error line of its own (named "error_<field>"), for forms that give it a row.
    QLabel *add(const QString &field);
    void clear();
    // Errors naming a field go under it; the others into `general` (may be null), which shows
    // only when it has something to say.
    void show(const FieldErrors &errors, QLabel *general);
    QString text(const QString &field) const; // "" when no error is shown there
    static QLabel *errorLabel();              // red, wrapping

private:
    QHash<QString, QLabel *> mLabels;
};

} // namespace jy
