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

} // namespace jy
