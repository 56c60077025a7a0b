#pragma once
#include "accounts/session.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace jy {

class Database;

// The start of every GUI session: the first administrator on a database without accounts,
// otherwise user name and password. Waits and locks are core's (Login); this only shows them.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { SignIn, FirstAdministrator };
    SignInDialog(Database &db, Mode mode, QWidget *parent = nullptr);

    const std::optional<Session> &session() const { return mSession; }
    bool mustChangePassword() const { return mMustChange; }
    void submit();

    // The whole start: this dialog, then the forced password change if the account needs one.
    static std::optional<Session> run(Database &db);

private:
    void countDown();

    Database &mDb;
    Mode mMode;
    QLineEdit *mUser = nullptr;
    QLineEdit *mName = nullptr;
    QLineEdit *mPassword = nullptr;
    QLineEdit *mRepeat = nullptr;
    QLabel *mMessage = nullptr;
    QPushButton *mOk = nullptr;
    QTimer *mWait = nullptr;
    int mWaitLeft = 0;
    std::optional<Session> mSession;
    bool mMustChange = false;
};

} // namespace jy
