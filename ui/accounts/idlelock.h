#pragma once
#include <QDialog>
#include <QObject>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace jy {

class Database;
class Session;

// The screen while the workstation is locked: full screen, so no roster stays readable behind
// it; the user's own password opens it again (with the sign-in's waits and lock).
class LockDialog : public QDialog
{
    Q_OBJECT
public:
    LockDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    void submit();
    // Escape and the window's close button must not unlock.
    void reject() override {}

private:
    Database &mDb;
    const Session &mSession;
    QLineEdit *mPassword = nullptr;
    QLabel *mMessage = nullptr;
};

// Locks the application after a time without keyboard or mouse input (QSettings
// security/idleLockMinutes, default 10, 0 = never).
class IdleLock : public QObject
{
    Q_OBJECT
public:
    IdleLock(Database &db, const Session &session, QWidget *window);
    static int minutes();
    static void setMinutes(int minutes);
    void restart();
    void lockNow();
    bool isLocked() const { return mLocked; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Database &mDb;
    const Session &mSession;
    QWidget *mWindow;
    QTimer *mTimer;
    bool mLocked = false;
};

} // namespace jy
