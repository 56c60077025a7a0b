#include "party/registerdialog.h"
#include "common/conflictprompt.h"
#include "workflow/workflow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace jy {

namespace {
// QDateEdit cannot be empty: its minimum stands for "not given".
const QDate kNoDate(1949, 1, 1);
} // namespace

RegisterDialog::RegisterDialog(RegisterSource &source, const QVariantMap &values, QWidget *parent)
    : QDialog(parent), mSource(source), mValues(values)
{
    setObjectName(QStringLiteral("RegisterDialog"));
    const bool creating = values.value(QStringLiteral("id")).toLongLong() == 0;
    setWindowTitle(creating ? tr("New: %1").arg(source.title()) : tr("Edit: %1").arg(source.title()));
    build(source.form(creating), values);
}

RegisterDialog::RegisterDialog(RegisterSource &source, qint64 id, const QString &action, QWidget *parent, Mode mode)
    : QDialog(parent), mSource(source), mCaseId(id), mAction(action), mMode(mode)
{
    if (mode == Mode::Action) {
        setObjectName(QStringLiteral("ActionDialog"));
        QString label = action;
        for (const RegisterAction &a : source.actions())
            if (a.key == action)
                label = a.label;
        label.remove(QLatin1Char('&'));
        label.remove(QChar(0x2026));
        setWindowTitle(tr("%1: %2").arg(label, source.describe(id)));
        build(source.actionForm(action, id), source.actionDefaults(action, id));
        return;
    }
    setObjectName(QStringLiteral("StepDialog"));
    const Workflow *w = source.workflow();
    setWindowTitle(tr("%1: %2").arg(w ? w->actionName(action) : action, source.describe(id)));
    build(source.stepForm(action), {});
}

void RegisterDialog::build(const QList<FormField> &fields, const QVariantMap &values)
{
    mFields = fields;
    auto *form = new QFormLayout;
    for (const FormField &f : fields) {
        QWidget *input = nullptr;
        switch (f.type) {
        case FormField::Type::Text:
            input = new QLineEdit;
            break;
        case FormField::Type::MultiLine: {
            auto *e = new QPlainTextEdit;
            e->setTabChangesFocus(true);
            e->setMaximumHeight(80);
            input = e;
            break;
        }
        case FormField::Type::Date: {
            auto *e = new QDateEdit;
            e->setCalendarPopup(true);
            e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            e->setMinimumDate(kNoDate);
            e->setSpecialValueText(tr("not given"));
            input = e;
            break;
        }
        case FormField::Type::Number: {
            auto *e = new QSpinBox;
            e->setRange(f.minimum, f.maximum);
            input = e;
            break;
        }
        case FormField::Type::Choice: {
            auto *e = new QComboBox;
            e->setEditable(f.editable);
            for (const auto &[label, value] : f.choices)
                e->addItem(label, value);
            input = e;
            break;
        }
        case FormField::Type::Check:
            input = new QCheckBox;
            break;
        case FormField::Type::File: {
            auto *e = new QLineEdit;
            auto *browse = new QToolButton;
            browse->setText(tr("Choose…"));
            connect(browse, &QToolButton::clicked, this, [this, e, filter = f.fileFilter] {
                const QString path = QFileDialog::getOpenFileName(this, QString(), e->text(), filter);
                if (!path.isEmpty())
                    e->setText(QDir::toNativeSeparators(path));
            });
            e->setObjectName(f.name);
            mInputs.insert(f.name, e);
            auto *row = new QWidget;
            row->setFocusProxy(e);
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(e, 1);
            h->addWidget(browse);
            form->addRow(f.label, mErrors.wrap(row, f.name));
            continue;
        }
        }
        input->setObjectName(f.name);
        mInputs.insert(f.name, input);
        form->addRow(f.label, mErrors.wrap(input, f.name));
    }
    fill(values);
    // Choices that follow another field: filled from its value now and again whenever it changes.
    for (const FormField &f : fields) {
        auto *combo = qobject_cast<QComboBox *>(mInputs.value(f.name));
        if (f.dependsOn.isEmpty() || !combo)
            continue;
        auto *parentCombo = qobject_cast<QComboBox *>(mInputs.value(f.dependsOn));
        const QVariant fixed = values.value(f.dependsOn);
        auto refill = [this, combo, parentCombo, fixed, name = f.name] {
            const QVariant keep = combo->currentData().isValid() ? combo->currentData() : mValues.value(name);
            combo->clear();
            for (const auto &[label, value] : mSource.dependentChoices(name, parentCombo ? parentCombo->currentData() : fixed))
                combo->addItem(label, value);
            const int at = combo->findData(keep);
            combo->setCurrentIndex(at >= 0 ? at : 0);
        };
        refill();
        if (parentCombo)
            connect(parentCombo, &QComboBox::currentIndexChanged, combo, refill);
    }
    mGeneralError = FieldErrorLabels::errorLabel();
    auto *buttons = new QDialogButtonBox(mAction.isEmpty() ? QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                                           : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegisterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mGeneralError);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void RegisterDialog::fill(const QVariantMap &values)
{
    for (const FormField &f : mFields) {
        const QVariant v = values.value(f.name);
        QWidget *w = mInputs.value(f.name);
        switch (f.type) {
        case FormField::Type::Text:
        case FormField::Type::File:
            static_cast<QLineEdit *>(w)->setText(v.toString());
            break;
        case FormField::Type::MultiLine:
            static_cast<QPlainTextEdit *>(w)->setPlainText(v.toString());
            break;
        case FormField::Type::Date:
            static_cast<QDateEdit *>(w)->setDate(v.toDate().isValid() ? v.toDate() : kNoDate);
            break;
        case FormField::Type::Number:
            static_cast<QSpinBox *>(w)->setValue(v.isValid() ? v.toInt() : f.minimum);
            break;
        case FormField::Type::Choice: {
            auto *c = static_cast<QComboBox *>(w);
            const int at = c->findData(v);
            if (at >= 0)
                c->setCurrentIndex(at);
            else if (f.editable)
                c->setCurrentText(v.toString());
            break;
        }
        case FormField::Type::Check:
            static_cast<QCheckBox *>(w)->setChecked(v.toBool());
            break;
        }
    }
}

// Someone else saved the record since it was loaded: show theirs, if the user wants, and keep the
// dialog open to make the change again on top of it.
void RegisterDialog::reloadAfterConflict(const FieldErrors &errors)
{
    if (!askToReload(this, errors))
        return;
    const QVariantMap latest = mSource.load(mValues.value(QStringLiteral("id")).toLongLong());
    if (latest.isEmpty()) {
        QMessageBox::warning(this, tr("Saved by someone else"), tr("The record has been deleted in the meantime."));
        return;
    }
    mValues = latest;
    fill(latest);
}

QVariantMap RegisterDialog::collect() const
{
    QVariantMap out = mValues;
    for (const FormField &f : mFields) {
        QWidget *w = mInputs.value(f.name);
        switch (f.type) {
        case FormField::Type::Text:
            out.insert(f.name, static_cast<QLineEdit *>(w)->text());
            break;
        case FormField::Type::MultiLine:
            out.insert(f.name, static_cast<QPlainTextEdit *>(w)->toPlainText());
            break;
        case FormField::Type::Date: {
            const QDate d = static_cast<QDateEdit *>(w)->date();
            out.insert(f.name, d == kNoDate ? QDate() : d);
            break;
        }
        case FormField::Type::Number:
            out.insert(f.name, static_cast<QSpinBox *>(w)->value());
            break;
        case FormField::Type::Choice: {
            auto *c = static_cast<QComboBox *>(w);
            // A typed value that is not one of the choices is taken as written.
            const bool typed = f.editable && c->currentText() != c->itemText(c->currentIndex());
            out.insert(f.name, typed || c->currentIndex() < 0 ? QVariant(c->currentText()) : c->currentData());
            break;
        }
        case FormField::Type::Check:
            out.insert(f.name, static_cast<QCheckBox *>(w)->isChecked());
            break;
        case FormField::Type::File:
            out.insert(f.name, QDir::fromNativeSeparators(static_cast<QLineEdit *>(w)->text().trimmed()));
            break;
        }
    }
    return out;
}

void RegisterDialog::accept()
{
    mErrors.clear();
    mGeneralError->clear();
    if (!mAction.isEmpty()) {
        const Status taken = mMode == Mode::Action ? mSource.act(mAction, mCaseId, collect()) : mSource.take(mCaseId, mAction, collect());
        if (!taken) {
            mErrors.show(taken.errors(), mGeneralError);
            return;
        }
        mSavedId = mCaseId;
        QDialog::accept();
        return;
    }
    const Result<qint64> saved = mSource.save(collect());
    if (!saved && isConflict(saved.errors())) {
        reloadAfterConflict(saved.errors());
        return;
    }
    if (!saved) {
        mErrors.show(saved.errors(), mGeneralError);
        return;
    }
    mSavedId = saved.value();
    QDialog::accept();
}

} // namespace jy
