#include "accounts/accountsdialog.h"
#include "accounts/accountservice.h"
#include "db/database.h"
#include "db/sql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jy {

AccountEditDialog::AccountEditDialog(Database &db, const Session &session, const Account &account, QWidget *parent)
    : QDialog(parent), mDb(db), mSession(session), mAccount(account)
{
    setObjectName(QStringLiteral("accountEditDialog"));
    setWindowTitle(account.id ? tr("Edit account") : tr("New account"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    mUser = new QLineEdit(account.username);
    mUser->setObjectName(QStringLiteral("username"));
    mName = new QLineEdit(account.displayName);
    mName->setObjectName(QStringLiteral("displayName"));
    mRole = new QComboBox;
    mRole->setObjectName(QStringLiteral("role"));
    for (Role role : kAllRoles)
        mRole->addItem(Session::roleName(role), int(role));
    mRole->setCurrentIndex(mRole->findData(int(account.role)));
    mCommunity = new QComboBox;
    mCommunity->setObjectName(QStringLiteral("community"));
    mCommunity->addItem(tr("The whole street"), qint64(0));
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral("SELECT id, name FROM community ORDER BY code"));
    while (q.next())
        mCommunity->addItem(q.value(1).toString(), q.value(0).toLongLong());
    mCommunity->setCurrentIndex(qMax(0, mCommunity->findData(account.communityId)));
    mGrids = new QListWidget;
    mGrids->setObjectName(QStringLiteral("grids"));
    mGrids->setMaximumHeight(140);
    mActive = new QCheckBox(tr("Can sign in"));
    mActive->setObjectName(QStringLiteral("active"));
    mActive->setChecked(account.active);
    form->addRow(tr("&User name:"), mUser);
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("&Role:"), mRole);
    form->addRow(tr("&Works for:"), mCommunity);
    form->addRow(tr("&Grids:"), mGrids);
    form->addRow(QString(), mActive);
    if (!account.id) {
        mPassword = new QLineEdit;
        mPassword->setObjectName(QStringLiteral("password"));
        mPassword->setEchoMode(QLineEdit::Password);
        form->addRow(tr("First &password:"), mPassword);
    }
    layout->addLayout(form);
    auto *note = new QLabel(tr("Grids matter for grid workers only: they see and record work in these grids."));
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555"));
    layout->addWidget(note);
    mMessage = new QLabel;
    mMessage->setObjectName(QStringLiteral("message"));
    mMessage->setWordWrap(true);
    mMessage->setStyleSheet(QStringLiteral("color: #b00020"));
    layout->addWidget(mMessage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(mCommunity, &QComboBox::currentIndexChanged, this, &AccountEditDialog::fillGrids);
    connect(mRole, &QComboBox::currentIndexChanged, this, [this] { mGrids->setEnabled(Role(mRole->currentData().toInt()) == Role::GridWorker); });
    fillGrids();
    mGrids->setEnabled(account.role == Role::GridWorker);
    setMinimumWidth(440);
}

void AccountEditDialog::fillGrids()
{
    const qint64 community = mCommunity->currentData().toLongLong();
    mGrids->clear();
    QSqlQuery q = sql::exec(mDb.connection(),
                            QStringLiteral("SELECT g.id, c.name, g.name FROM grid g JOIN community c ON c.id = g.community_id "
                                           "WHERE ? = 0 OR g.community_id = ? ORDER BY c.code, g.code"),
                            {community, community});
    while (q.next()) {
        auto *item = new QListWidgetItem(community ? q.value(2).toString() : q.value(1).toString() + QLatin1Char(' ') + q.value(2).toString(),
                                         mGrids);
        item->setData(Qt::UserRole, q.value(0).toLongLong());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(mAccount.gridIds.contains(q.value(0).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

void AccountEditDialog::submit()
{
    Account a = mAccount;
    a.username = mUser->text();
    a.displayName = mName->text();
    a.role = Role(mRole->currentData().toInt());
    a.communityId = mCommunity->currentData().toLongLong();
    a.active = mActive->isChecked();
    a.gridIds.clear();
    for (int i = 0; i < mGrids->count(); ++i)
        if (mGrids->item(i)->checkState() == Qt::Checked)
            a.gridIds << mGrids->item(i)->data(Qt::UserRole).toLongLong();
    const Result<qint64> saved = AccountService(mDb, mSession).save(a, mPassword ? mPassword->text() : QString());
    if (!saved.ok()) {
        mMessage->setText(saved.errorText());
        return;
    }
    mSavedId = saved.value();
    accept();
}

AccountsDialog::AccountsDialog(Database &db, const Session &session, QWidget *parent) : QDialog(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Staff accounts"));
    auto *layout = new QVBoxLayout(this);
    mTable = new QTableWidget(0, 6);
    mTable->setObjectName(QStringLiteral("accounts"));
    mTable->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("Works for"), tr("State"), tr("Last sign-in")});
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(mTable);
    auto *row = new QHBoxLayout;
    QPushButton *add = new QPushButton(tr("&New…"));
    QPushButton *change = new QPushButton(tr("&Edit…"));
    QPushButton *reset = new QPushButton(tr("&Reset password…"));
    QPushButton *open = new QPushButton(tr("&Unlock"));
    for (QPushButton *b : {add, change, reset, open})
        row->addWidget(b);
    row->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    row->addWidget(close);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] { edit(0); });
    connect(change, &QPushButton::clicked, this, [this] { edit(currentId()); });
    connect(mTable, &QTableWidget::doubleClicked, this, [this] { edit(currentId()); });
    connect(reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(open, &QPushButton::clicked, this, &AccountsDialog::unlock);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    resize(820, 420);
    reload();
}

void AccountsDialog::reload()
{
    mAccounts = AccountService(mDb, mSession).list();
    QHash<qint64, QString> communities;
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT id, name FROM community"));
    while (q.next())
        communities.insert(q.value(0).toLongLong(), q.value(1).toString());
    const QLocale locale;
    mTable->setRowCount(int(mAccounts.size()));
    for (int r = 0; r < mAccounts.size(); ++r) {
        const Account &a = mAccounts.at(r);
        QString scope = a.communityId ? communities.value(a.communityId) : tr("The whole street");
        if (a.role == Role::GridWorker)
            scope += tr(" (%n grid(s))", nullptr, int(a.gridIds.size()));
        QString state = a.active ? tr("Active") : tr("Switched off");
        if (a.lockedUntil.isValid() && a.lockedUntil > QDateTime::currentDateTimeUtc())
            state = tr("Locked");
        else if (a.mustChangePassword)
            state += tr(", must change password");
        const QStringList cells = {a.username, a.displayName, Session::roleName(a.role), scope, state,
                                   a.lastLoginAt.isValid() ? locale.toString(a.lastLoginAt.toLocalTime(), QLocale::ShortFormat) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            mTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    mTable->resizeColumnsToContents();
}

qint64 AccountsDialog::currentId() const
{
    const int row = mTable->currentRow();
    return row >= 0 && row < mAccounts.size() ? mAccounts.at(row).id : 0;
}

void AccountsDialog::edit(qint64 id)
{
    Account account;
    if (id) {
        const std::optional<Account> found = AccountService(mDb, mSession).find(id);
        if (!found)
            return;
        account = *found;
    }
    AccountEditDialog dialog(mDb, mSession, account, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void AccountsDialog::resetPassword()
{
    const qint64 id = currentId();
    if (!id)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Reset password"),
                                                   tr("A new password for %1 (they choose their own at the next sign-in):")
                                                       .arg(mAccounts.at(mTable->currentRow()).displayName),
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const Status done = AccountService(mDb, mSession).resetPassword(id, password);
    if (!done.ok())
        QMessageBox::warning(this, tr("Reset password"), done.errorText());
    reload();
}

void AccountsDialog::unlock()
{
    if (const qint64 id = currentId()) {
        const Status done = AccountService(mDb, mSession).unlock(id);
        if (!done.ok())
            QMessageBox::warning(this, tr("Unlock"), done.errorText());
        reload();
    }
}

} // namespace jy
