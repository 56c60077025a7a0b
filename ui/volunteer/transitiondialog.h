#pragma once
#include "common/fielderrors.h"
#include "common/result.h"
#include "volunteer/serviceorder.h"

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace jy {

class Database;
class Session;
struct Transition;

// Asks what a step requires before it is taken: a reason (reject, cancel, decline), the
// volunteer (dispatch), hours and a note (complete), a rating and feedback (rate). It checks
// the answers against the workflow and shows each problem beside its field; the step itself
// is taken by the caller with fields().
class TransitionDialog : public QDialog
{
    Q_OBJECT

public:
    TransitionDialog(Database &db, const Session &session, const Transition &transition, const ServiceOrder &order,
                     QWidget *parent = nullptr);

    QVariantMap fields() const;
    // Does a step need this dialog at all (required or optional fields)?
    static bool asksFields(const Transition &transition);

    // Shows errors (from the workflow or the service) beside their fields, or above them.
    void showErrors(const FieldErrors &errors);

public slots:
    void accept() override;

private:
    void fillVolunteers(Database &db, const Session &session, qint64 communityId);

    const Session &mSession;
    const Transition &mTransition;
    ServiceOrder mOrder;
    QFormLayout *mForm = nullptr;
    QLabel *mGeneralError = nullptr;
    FieldErrorLabels mErrors;
    QPlainTextEdit *mReason = nullptr;
    QComboBox *mVolunteer = nullptr;
    QDoubleSpinBox *mHours = nullptr;
    QLineEdit *mNote = nullptr;
    QComboBox *mRating = nullptr;
    QLineEdit *mFeedback = nullptr;
};

} // namespace jy
