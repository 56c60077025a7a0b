#include "settings/serverconnectiondialog.h"
#include "db/dberror.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace jy {

ServerConnectionDialog::ServerConnectionDialog(const ConnectionSettings &initial, const QString &problem, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Street server"));
    mHost = new QLineEdit(initial.host);
    mHost->setPlaceholderText(tr("e.g. 10.0.0.5 or server.street.local"));
    mPort = new QSpinBox;
    mPort->setRange(1, 65535);
    mPort->setValue(initial.port > 0 ? initial.port : 5432);
    mDatabase = new QLineEdit(initial.databaseName);
    mDatabase->setPlaceholderText(tr("the database the server's administrator made, e.g. jiayuan"));
    mUser = new QLineEdit(initial.user);
    mPassword = new QLineEdit(initial.password);
    mPassword->setEchoMode(QLineEdit::Password);
    mStatus = new QLabel(problem);
    mStatus->setWordWrap(true);
    mStatus->setObjectName(QStringLiteral("status"));
    // Room for a server's error of a few lines, so the form above never gets squeezed.
    mStatus->setMinimumHeight(mStatus->fontMetrics().lineSpacing() * 5);
    mStatus->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    const QList<QPair<QWidget *, const char *>> names = {
        {mHost, "host"}, {mPort, "port"}, {mDatabase, "database"}, {mUser, "user"}, {mPassword, "password"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), mHost);
    form->addRow(tr("P&ort:"), mPort);
    form->addRow(tr("&Database:"), mDatabase);
    form->addRow(tr("&User:"), mUser);
    form->addRow(tr("Pass&word:"), mPassword);
    auto *note = new QLabel(tr("The password is not saved; it is asked for at each start unless the computer keeps it "
                               "in ~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf)."));
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *testButton = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    testButton->setObjectName(QStringLiteral("test"));
    connect(testButton, &QPushButton::clicked, this, [this] { test(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(mStatus);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    (initial.host.isEmpty() ? mHost : mPassword)->setFocus();
}

ConnectionSettings ServerConnectionDialog::settings() const
{
    ConnectionSettings s;
    s.dialect = Dialect::PostgreSQL;
    s.host = mHost->text().trimmed();
    s.port = mPort->value();
    s.databaseName = mDatabase->text().trimmed();
    s.user = mUser->text().trimmed();
    s.password = mPassword->text();
    s.options << QStringLiteral("connect_timeout=5"); // an unreachable server must not freeze the form for minutes
    return s;
}

QString ServerConnectionDialog::address() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(mHost->text().trimmed());
    url.setPort(mPort->value());
    url.setUserName(mUser->text().trimmed());
    url.setPath(QLatin1Char('/') + mDatabase->text().trimmed());
    return url.toString();
}

QString ServerConnectionDialog::test()
{
    QString problem;
    if (mHost->text().trimmed().isEmpty() || mDatabase->text().trimmed().isEmpty() || mUser->text().trimmed().isEmpty())
        problem = tr("Fill in the server, the database and the user.");
    if (problem.isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            Database::open(settings(), Database::OpenMode::MustExist);
        } catch (const DbError &e) {
            problem = e.message();
        }
        QApplication::restoreOverrideCursor();
    }
    mStatus->setText(problem.isEmpty() ? tr("Connected: the database is ready.") : problem);
    mStatus->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("color: #b00020"));
    if (height() < sizeHint().height())
        resize(width(), sizeHint().height());
    return problem;
}

void ServerConnectionDialog::accept()
{
    if (test().isEmpty())
        QDialog::accept();
}

} // namespace jy
