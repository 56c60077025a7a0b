#include "accounts/idlelock.h"
#include "accounts/login.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace jy {

namespace {
const QString kMinutesKey = QStringLiteral("security/idleLockMinutes");
} // namespace

LockDialog::LockDialog(Database &db, const Session &session, QWidget *parent) : QDialog(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("lockDialog"));
    setWindowTitle(tr("Jiayuan is locked"));
    setStyleSheet(QStringLiteral("QDialog#lockDialog { background: #2f3e46; } QLabel { color: white; }"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto *card = new QWidget;
    card->setMaximumWidth(420);
    auto *layout = new QVBoxLayout(card);
    auto *title = new QLabel(tr("Jiayuan is locked"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    title->setFont(big);
    layout->addWidget(title);
    layout->addWidget(new QLabel(tr("%1, enter your password to go on.").arg(session.displayName())));
    mPassword = new QLineEdit;
    mPassword->setObjectName(QStringLiteral("password"));
    mPassword->setEchoMode(QLineEdit::Password);
    layout->addWidget(mPassword);
    mMessage = new QLabel;
    mMessage->setObjectName(QStringLiteral("message"));
    mMessage->setWordWrap(true);
    mMessage->setStyleSheet(QStringLiteral("color: #ffb4ab"));
    layout->addWidget(mMessage);
    auto *buttons = new QDialogButtonBox;
    QPushButton *unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("&Quit Jiayuan"), QDialogButtonBox::DestructiveRole);
    connect(unlock, &QPushButton::clicked, this, &LockDialog::submit);
    connect(quit, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Quit Jiayuan"), tr("Quit? What is typed in open dialogs is lost.")) == QMessageBox::Yes)
            QApplication::quit();
    });
    layout->addWidget(buttons);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(card);
    row->addStretch();
    outer->addLayout(row);
    outer->addStretch(3);
}

void LockDialog::submit()
{
    const Login::Outcome o = Login::confirm(mDb, mSession, mPassword->text());
    mPassword->clear();
    if (!o.session) {
        mMessage->setText(o.message);
        return;
    }
    accept();
}

IdleLock::IdleLock(Database &db, const Session &session, QWidget *window)
    : QObject(window), mDb(db), mSession(session), mWindow(window), mTimer(new QTimer(this))
{
    mTimer->setSingleShot(true);
    connect(mTimer, &QTimer::timeout, this, &IdleLock::lockNow);
    qApp->installEventFilter(this);
    restart();
}

int IdleLock::minutes() { return QSettings().value(kMinutesKey, 10).toInt(); }

void IdleLock::setMinutes(int minutes) { QSettings().setValue(kMinutesKey, qBound(0, minutes, 240)); }

void IdleLock::restart()
{
    const int m = minutes();
    if (m > 0)
        mTimer->start(m * 60 * 1000);
    else
        mTimer->stop();
}

void IdleLock::lockNow()
{
    if (mLocked)
        return;
    mLocked = true;
    mTimer->stop();
    // Modal, newest and full screen: above any dialog that was open, which keeps what was typed.
    LockDialog lock(mDb, mSession, mWindow);
    lock.setWindowModality(Qt::ApplicationModal);
    lock.setWindowFlags(Qt::Dialog | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    // The geometry too: without a window manager a full-screen request alone is ignored.
    if (const QScreen *screen = mWindow->screen())
        lock.setGeometry(screen->geometry());
    lock.setWindowState(Qt::WindowFullScreen);
    lock.exec();
    mLocked = false;
    restart();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!mLocked && mTimer->isActive())
            mTimer->start(); // same interval, from now
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace jy
