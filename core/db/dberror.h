#pragma once
#include <QSqlError>
#include <QString>
#include <stdexcept>

namespace jy {

// A failure of the database itself (I/O, corruption, constraint the services did not expect).
class DbError : public std::runtime_error
{
public:
    explicit DbError(const QString &message)
        : std::runtime_error(message.toStdString()), mMessage(message) {}
    DbError(const QString &context, const QSqlError &error)
        : DbError(context + QStringLiteral(": ") + error.text()) {}
    const QString &message() const { return mMessage; }

private:
    QString mMessage;
};

// The database is fine but this program will not upgrade it (it is newer, or the copy made
// before an upgrade failed): the message says why, and must not be read as damage.
class UpgradeRefused : public DbError
{
public:
    using DbError::DbError;
};

} // namespace jy
