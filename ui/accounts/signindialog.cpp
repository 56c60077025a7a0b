#include "accounts/signindialog.h"
#include "accounts/accountservice.h"
#include "accounts/login.h"
#include "accounts/passworddialog.h"
#include "demo/demoaccounts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace jy {

SignInDialog::SignInDialog(Database &db, Mode mode, QWidget *parent) : QDialog(parent), mDb(db), mMode(mode)
{
    setObjectName(QStringLiteral("signInDialog"));
    const bool first = mode == Mode::FirstAdministrator;
    setWindowTitle(first ? tr("Jiayuan — create the administrator") : tr("Jiayuan — sign in"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(first ? tr("This database has no accounts yet. Create the administrator's account: "
                                        "the administrator then creates the accounts of the other staff.")
                                   : tr("Sign in with your Jiayuan account."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    mUser = new QLineEdit;
    mUser->setObjectName(QStringLiteral("username"));
    form->addRow(tr("&User name:"), mUser);
    if (first) {
        mName = new QLineEdit;
        mName->setObjectName(QStringLiteral("displayName"));
        form->addRow(tr("&Name:"), mName);
    }
    mPassword = new QLineEdit;
    mPassword->setObjectName(QStringLiteral("password"));
    mPassword->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), mPassword);
    if (first) {
        mRepeat = new QLineEdit;
        mRepeat->setObjectName(QStringLiteral("repeat"));
        mRepeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat password:"), mRepeat);
    }
    layout->addLayout(form);
    mMessage = new QLabel;
    mMessage->setObjectName(QStringLiteral("message"));
    mMessage->setWordWrap(true);
    mMessage->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(mMessage);
    if (!first && DemoAccounts::present(db)) {
        auto *hint = new QLabel(tr("Demo database: sign in as admin, staff, grid, market or viewer with the password %1.")
                                    .arg(DemoAccounts::kPassword));
        hint->setObjectName(QStringLiteral("demoHint"));
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #555"));
        layout->addWidget(hint);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    mOk = buttons->button(QDialogButtonBox::Ok);
    mOk->setText(first ? tr("Create and sign in") : tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    mWait = new QTimer(this);
    mWait->setInterval(1000);
    // A coarse timer may fire up to 5% early; five early seconds would re-enable the button
    // just before the login's retry time, and the right password would be refused once more.
    mWait->setTimerType(Qt::PreciseTimer);
    connect(mWait, &QTimer::timeout, this, &SignInDialog::countDown);

    // The last user name, so most mornings need only the password.
    if (!first) {
        mUser->setText(QSettings().value(QStringLiteral("accounts/lastUser")).toString());
        if (!mUser->text().isEmpty())
            mPassword->setFocus();
    }
    setMinimumWidth(420);
}

void SignInDialog::submit()
{
    mMessage->clear();
    if (mMode == Mode::FirstAdministrator) {
        if (mPassword->text() != mRepeat->text()) {
            mMessage->setText(tr("The two passwords differ."));
            mRepeat->setFocus();
            return;
        }
        const Result<Session> made = AccountService::createFirstAdministrator(mDb, mUser->text(), mName->text(), mPassword->text());
        if (!made.ok()) {
            mMessage->setText(made.errorText());
            return;
        }
        mSession = made.value();
    } else {
        const Login::Outcome o = Login::signIn(mDb, mUser->text(), mPassword->text());
        if (!o.session) {
            mMessage->setText(o.message);
            mPassword->clear();
            mPassword->setFocus();
            if (o.waitSeconds > 0) {
                mWaitLeft = o.waitSeconds;
                mOk->setEnabled(false);
                mWait->start();
            }
            return;
        }
        mSession = o.session;
        mMustChange = o.mustChangePassword;
    }
    QSettings().setValue(QStringLiteral("accounts/lastUser"), mSession->user());
    accept();
}

void SignInDialog::countDown()
{
    if (--mWaitLeft > 0)
        return;
    mWait->stop();
    mOk->setEnabled(true);
}

std::optional<Session> SignInDialog::run(Database &db)
{
    SignInDialog dialog(db, AccountService::anyAccounts(db) ? Mode::SignIn : Mode::FirstAdministrator);
    if (dialog.exec() != QDialog::Accepted || !dialog.session())
        return std::nullopt;
    if (dialog.mustChangePassword()) {
        PasswordDialog change(db, *dialog.session(), PasswordDialog::Mode::Required);
        if (change.exec() != QDialog::Accepted)
            return std::nullopt;
    }
    return dialog.session();
}

} // namespace jy
