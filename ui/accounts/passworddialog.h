#pragma once
#include <QDialog>

class QLabel;
class QLineEdit;

namespace jy {

class Database;
class Session;

// The signed-in user's own password: asked for when they like, or required after an
// administrator set it (a password two people know is nobody's).
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Voluntary, Required };
    PasswordDialog(Database &db, const Session &session, Mode mode, QWidget *parent = nullptr);
    void submit();

private:
    Database &mDb;
    const Session &mSession;
    QLineEdit *mCurrent = nullptr;
    QLineEdit *mPassword = nullptr;
    QLineEdit *mRepeat = nullptr;
    QLabel *mMessage = nullptr;
};

} // namespace jy
