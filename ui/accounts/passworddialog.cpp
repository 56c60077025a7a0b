#include "accounts/passworddialog.h"
#include "accounts/accountservice.h"
#include "accounts/passwordpolicy.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jy {

PasswordDialog::PasswordDialog(Database &db, const Session &session, Mode mode, QWidget *parent)
    : QDialog(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Change password"));
    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::Required) {
        auto *why = new QLabel(tr("An administrator set your password. Choose your own before you go on."));
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto *form = new QFormLayout;
    const auto field = [](const char *name) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    mCurrent = field("current");
    mPassword = field("password");
    mRepeat = field("repeat");
    form->addRow(tr("&Current password:"), mCurrent);
    form->addRow(tr("&New password:"), mPassword);
    form->addRow(tr("&Repeat:"), mRepeat);
    layout->addLayout(form);
    auto *rule = new QLabel(tr("At least %1 characters, letters and digits, not containing the user name.")
                                .arg(PasswordPolicy::kMinimumLength));
    rule->setStyleSheet(QStringLiteral("color: #555"));
    layout->addWidget(rule);
    mMessage = new QLabel;
    mMessage->setObjectName(QStringLiteral("message"));
    mMessage->setWordWrap(true);
    mMessage->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(mMessage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (mode == Mode::Required)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void PasswordDialog::submit()
{
    if (mPassword->text() != mRepeat->text()) {
        mMessage->setText(tr("The two new passwords differ."));
        mRepeat->setFocus();
        return;
    }
    const Status changed = AccountService(mDb, mSession).changeOwnPassword(mCurrent->text(), mPassword->text());
    if (!changed.ok()) {
        mMessage->setText(changed.errorText());
        return;
    }
    accept();
}

} // namespace jy
