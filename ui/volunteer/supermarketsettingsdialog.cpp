#include "volunteer/supermarketsettingsdialog.h"
#include "accounts/session.h"
#include "volunteer/orderworkflow.h"
#include "volunteer/supermarketsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jy {

SupermarketSettingsDialog::SupermarketSettingsDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), mDb(db), mSession(session)
{
    setWindowTitle(tr("Supermarket rules"));
    setObjectName(QStringLiteral("SupermarketSettingsDialog"));
    const SupermarketSettings s = SupermarketSettings::load(db);

    auto *stars = new QGroupBox(tr("Star volunteers: cumulative service hours for one to five stars"));
    auto *starRow = new QHBoxLayout(stars);
    for (int i = 0; i < 5; ++i) {
        auto *box = new QSpinBox;
        box->setRange(1, 100000);
        box->setSuffix(tr(" h"));
        box->setValue(s.starHours.value(i));
        box->setAccessibleName(tr("%n star(s)", nullptr, i + 1));
        starRow->addWidget(new QLabel(QString(i + 1, QChar(0x2605))));
        starRow->addWidget(box);
        mStars << box;
    }

    auto *overdue = new QGroupBox(tr("An order is overdue after waiting this long"));
    auto *overdueForm = new QFormLayout(overdue);
    const Workflow &w = volunteerOrderWorkflow();
    for (const QString &state : {order_state::Submitted, order_state::Approved, order_state::Dispatched, order_state::Accepted,
                                 order_state::InService}) {
        auto *box = new QSpinBox;
        box->setRange(1, 24 * 60);
        box->setSuffix(tr(" h"));
        box->setValue(s.overdueHours.value(state, 24));
        overdueForm->addRow(tr("%1:").arg(w.stateName(state)), box);
        mOverdue.insert(state, box);
    }

    auto *certificate = new QGroupBox(tr("Service record certificates"));
    auto *certificateForm = new QFormLayout(certificate);
    mOrganisation = new QLineEdit(s.organisation);
    mPersonInCharge = new QLineEdit(s.personInCharge);
    mHandler = new QLineEdit(s.handler);
    mContact = new QLineEdit(s.contactPhone);
    certificateForm->addRow(tr("Issuing &organisation:"), mOrganisation);
    certificateForm->addRow(tr("Person in &charge:"), mPersonInCharge);
    certificateForm->addRow(tr("&Handling officer:"), mHandler);
    certificateForm->addRow(tr("C&ontact phone:"), mContact);

    mError = new QLabel;
    mError->setStyleSheet(QStringLiteral("color: #b00020"));
    mError->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setEnabled(session.can(Permission::ManageSupermarket));
    connect(buttons, &QDialogButtonBox::accepted, this, &SupermarketSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(stars);
    layout->addWidget(overdue);
    layout->addWidget(certificate);
    layout->addWidget(mError);
    layout->addWidget(buttons);
}

void SupermarketSettingsDialog::accept()
{
    SupermarketSettings s = SupermarketSettings::load(mDb);
    s.starHours.clear();
    for (const QSpinBox *box : mStars)
        s.starHours << box->value();
    for (auto it = mOverdue.cbegin(); it != mOverdue.cend(); ++it)
        s.overdueHours.insert(it.key(), it.value()->value());
    s.organisation = mOrganisation->text().trimmed();
    s.personInCharge = mPersonInCharge->text().trimmed();
    s.handler = mHandler->text().trimmed();
    s.contactPhone = mContact->text().trimmed();
    const Status saved = SupermarketSettings::save(mDb, mSession, s);
    if (!saved) {
        mError->setText(saved.errorText());
        return;
    }
    QDialog::accept();
}

} // namespace jy
