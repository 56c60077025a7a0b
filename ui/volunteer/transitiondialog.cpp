#include "volunteer/transitiondialog.h"
#include "common/fielderrors.h"
#include "accounts/session.h"
#include "common/result.h"
#include "db/dberror.h"
#include "volunteer/orderworkflow.h"
#include "volunteer/volunteers.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jy {

namespace {

QString stars(int n)
{
    return QString(n, QChar(0x2605)) + QString(5 - n, QChar(0x2606));
}

bool needs(const Transition &t, const QString &field)
{
    for (const RequiredField &f : t.required)
        if (f.name == field)
            return true;
    return false;
}

} // namespace

bool TransitionDialog::asksFields(const Transition &transition)
{
    return !transition.required.isEmpty();
}

TransitionDialog::TransitionDialog(Database &db, const Session &session, const Transition &transition, const ServiceOrder &order,
                                   QWidget *parent)
    : QDialog(parent), mSession(session), mTransition(transition), mOrder(order)
{
    setObjectName(QStringLiteral("TransitionDialog"));
    const Workflow &w = volunteerOrderWorkflow();
    setWindowTitle(tr("%1: order %2").arg(w.actionName(transition.action), order.number));

    auto *intro = new QLabel(tr("<b>%1</b> — %2 → %3<br>%4")
                                 .arg(w.actionName(transition.action).toHtmlEscaped(), w.stateName(order.state).toHtmlEscaped(),
                                      w.stateName(transition.to).toHtmlEscaped(), order.requesterName.toHtmlEscaped()));
    intro->setWordWrap(true);
    mGeneralError = FieldErrorLabels::errorLabel();
    mGeneralError->setObjectName(QStringLiteral("errors"));
    mGeneralError->hide();

    mForm = new QFormLayout;
    if (needs(transition, QStringLiteral("reason"))) {
        mReason = new QPlainTextEdit;
        mReason->setObjectName(QStringLiteral("reason"));
        mReason->setTabChangesFocus(true);
        mReason->setPlaceholderText(tr("Why? The resident may ask, and the history keeps it."));
        mReason->setFixedHeight(mReason->fontMetrics().height() * 4 + 12);
        mForm->addRow(tr("&Reason"), mReason);
        mForm->addRow(QString(), mErrors.add(QStringLiteral("reason")));
    }
    if (needs(transition, QStringLiteral("volunteer_id"))) {
        mVolunteer = new QComboBox;
        mVolunteer->setObjectName(QStringLiteral("volunteer"));
        // Type part of a name or number: the list narrows to the matches.
        mVolunteer->setEditable(true);
        mVolunteer->setInsertPolicy(QComboBox::NoInsert);
        mVolunteer->completer()->setCompletionMode(QCompleter::PopupCompletion);
        mVolunteer->completer()->setFilterMode(Qt::MatchContains);
        mVolunteer->setMinimumWidth(320);
        mVolunteer->lineEdit()->setPlaceholderText(tr("Type part of a name or volunteer number"));
        fillVolunteers(db, session, order.communityId);
        mForm->addRow(tr("&Volunteer"), mVolunteer);
        mForm->addRow(QString(), mErrors.add(QStringLiteral("volunteer_id")));
    }
    if (needs(transition, QStringLiteral("hours"))) {
        mHours = new QDoubleSpinBox;
        mHours->setObjectName(QStringLiteral("hours"));
        mHours->setRange(0, 24);
        mHours->setDecimals(1);
        mHours->setSingleStep(0.5);
        mHours->setSuffix(tr(" h"));
        mHours->setSpecialValueText(tr("enter the hours"));
        mForm->addRow(tr("Service &hours"), mHours);
        mForm->addRow(QString(), mErrors.add(QStringLiteral("hours")));
    }
    if (needs(transition, QStringLiteral("note"))) {
        mNote = new QLineEdit;
        mNote->setObjectName(QStringLiteral("note"));
        mNote->setPlaceholderText(tr("What was done"));
        mForm->addRow(tr("&Note"), mNote);
        mForm->addRow(QString(), mErrors.add(QStringLiteral("note")));
    }
    if (needs(transition, QStringLiteral("rating"))) {
        mRating = new QComboBox;
        mRating->setObjectName(QStringLiteral("rating"));
        mRating->addItem(tr("choose…"), 0);
        for (int n = 5; n >= 1; --n)
            mRating->addItem(stars(n), n);
        mFeedback = new QLineEdit;
        mFeedback->setObjectName(QStringLiteral("feedback"));
        mFeedback->setPlaceholderText(tr("What the resident said (optional)"));
        mForm->addRow(tr("&Rating"), mRating);
        mForm->addRow(QString(), mErrors.add(QStringLiteral("rating")));
        mForm->addRow(tr("&Feedback"), mFeedback);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(w.actionName(transition.action));
    connect(buttons, &QDialogButtonBox::accepted, this, &TransitionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(mForm);
    layout->addWidget(mGeneralError);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

void TransitionDialog::fillVolunteers(Database &db, const Session &session, qint64 communityId)
{
    QList<VolunteerSummary> people;
    try {
        VolunteerService volunteers(db, session);
        people = volunteers.summaries(communityId);
        if (people.isEmpty())
            people = volunteers.summaries(0); // a branch without volunteers borrows the street's
    } catch (const DbError &error) {
        mGeneralError->setText(error.message());
        mGeneralError->show();
    }
    mVolunteer->addItem(QString(), qint64(0));
    for (const VolunteerSummary &s : std::as_const(people)) {
        if (!s.volunteer.active)
            continue;
        QString text = tr("%1 (%2)").arg(s.volunteer.name, s.volunteer.volunteerNo);
        if (!s.teamName.isEmpty())
            text += QStringLiteral(" · ") + s.teamName;
        if (s.stars > 0)
            text += QLatin1Char(' ') + QString(s.stars, QChar(0x2605));
        mVolunteer->addItem(text, s.volunteer.id);
    }
    mVolunteer->setCurrentIndex(0);
}

QVariantMap TransitionDialog::fields() const
{
    QVariantMap out;
    if (mReason)
        out.insert(QStringLiteral("reason"), mReason->toPlainText().trimmed());
    if (mVolunteer) {
        // What is typed counts only when it names an entry of the list.
        const int index = mVolunteer->findText(mVolunteer->currentText(), Qt::MatchFixedString);
        out.insert(QStringLiteral("volunteer_id"), index >= 0 ? mVolunteer->itemData(index).toLongLong() : qint64(0));
    }
    if (mHours)
        out.insert(QStringLiteral("hours"), mHours->value());
    if (mNote)
        out.insert(QStringLiteral("note"), mNote->text().trimmed());
    if (mRating) {
        out.insert(QStringLiteral("rating"), mRating->currentData().toInt());
        if (!mFeedback->text().trimmed().isEmpty())
            out.insert(QStringLiteral("feedback"), mFeedback->text().trimmed());
    }
    return out;
}

void TransitionDialog::showErrors(const FieldErrors &errors)
{
    mErrors.show(errors, mGeneralError);
}

void TransitionDialog::accept()
{
    const Result<const Transition *> ok =
        volunteerOrderWorkflow().check(mOrder.state, mTransition.action, mSession.role(), fields());
    if (!ok) {
        showErrors(ok.errors());
        return;
    }
    QDialog::accept();
}

} // namespace jy
