#pragma once
#include "db/database.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace jy {

// Where the street's shared PostgreSQL server is and who signs in to it. "Test" opens the
// database once (building its schema if it is new); the address it gives back holds no password,
// which libpq otherwise finds in PGPASSWORD or ~/.pgpass, or which this dialog asks for each start.
class ServerConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerConnectionDialog(const ConnectionSettings &initial = {}, const QString &problem = {}, QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    // postgresql://user@host:port/dbname
    QString address() const;
    // Tries the connection; shows and returns the problem, empty when it worked.
    QString test();

public slots:
    void accept() override;

private:
    QLineEdit *mHost = nullptr;
    QSpinBox *mPort = nullptr;
    QLineEdit *mDatabase = nullptr;
    QLineEdit *mUser = nullptr;
    QLineEdit *mPassword = nullptr;
    QLabel *mStatus = nullptr;
};

} // namespace jy
