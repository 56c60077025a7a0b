#pragma once
#include "common/fielderrors.h"
#include "party/registersource.h"

#include <QDialog>
#include <QHash>

class QLabel;

namespace jy {

// A form built from a register's fields: a record's form (OK saves through the source) or a
// workflow step's inputs (OK takes the step). Field errors appear under their fields and the
// dialog stays open, so nothing typed is lost.
class RegisterDialog : public QDialog
{
    Q_OBJECT

public:
    // A record: `values` from load() or blank().
    RegisterDialog(RegisterSource &source, const QVariantMap &values, QWidget *parent = nullptr);
    enum class Mode { Step, Action };
    // A workflow step (Mode::Step) or one of the source's actions (Mode::Action) on record `id`.
    RegisterDialog(RegisterSource &source, qint64 id, const QString &action, QWidget *parent = nullptr, Mode mode = Mode::Step);

    QVariantMap collect() const;
    qint64 savedId() const { return mSavedId; }
    QString errorText(const QString &field) const { return mErrors.text(field); }
    QWidget *input(const QString &field) const { return mInputs.value(field); }

public slots:
    void accept() override;

private:
    void build(const QList<FormField> &fields, const QVariantMap &values);
    void fill(const QVariantMap &values);
    void reloadAfterConflict(const FieldErrors &errors);

    RegisterSource &mSource;
    QVariantMap mValues;
    qint64 mCaseId = 0;
    QString mAction;
    Mode mMode = Mode::Step;
    qint64 mSavedId = 0;
    QList<FormField> mFields;
    QHash<QString, QWidget *> mInputs;
    FieldErrorLabels mErrors;
    QLabel *mGeneralError = nullptr;
};

} // namespace jy
