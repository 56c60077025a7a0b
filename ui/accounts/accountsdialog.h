#pragma once
#include "accounts/account.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace jy {

class Database;

// One account's form: name, role, community, a grid worker's grids, and the first password.
class AccountEditDialog : public QDialog
{
    Q_OBJECT
public:
    AccountEditDialog(Database &db, const Session &session, const Account &account, QWidget *parent = nullptr);
    void submit();
    qint64 savedId() const { return mSavedId; }

private:
    void fillGrids();

    Database &mDb;
    const Session &mSession;
    Account mAccount;
    QLineEdit *mUser = nullptr;
    QLineEdit *mName = nullptr;
    QComboBox *mRole = nullptr;
    QComboBox *mCommunity = nullptr;
    QListWidget *mGrids = nullptr;
    QCheckBox *mActive = nullptr;
    QLineEdit *mPassword = nullptr;
    QLabel *mMessage = nullptr;
    qint64 mSavedId = 0;
};

// The administrator's list of staff accounts (Account → Manage accounts…).
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountsDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    void reload();
    QTableWidget *table() const { return mTable; }

private:
    qint64 currentId() const;
    void edit(qint64 id);
    void resetPassword();
    void unlock();

    Database &mDb;
    const Session &mSession;
    QTableWidget *mTable = nullptr;
    QList<Account> mAccounts;
};

} // namespace jy
