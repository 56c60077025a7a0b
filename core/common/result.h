#pragma once
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace jy {

// A validation failure tied to a form field, so the UI can point at the field.
struct FieldError
{
    QString field;   // e.g. "id_number"; empty when it concerns the whole record
    QString message; // translated, user-facing
};
using FieldErrors = QList<FieldError>;

// Outcome of a service call: a value or field errors. Database failures throw DbError instead.
template <typename T>
class Result
{
public:
    Result(T value) : mValue(std::move(value)) {}
    Result(FieldErrors errors) : mErrors(std::move(errors)) {}
    static Result fail(const QString &field, const QString &message) { return Result(FieldErrors{{field, message}}); }

    bool ok() const { return mValue.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *mValue; }
    const FieldErrors &errors() const { return mErrors; }
    QString errorText() const
    {
        QStringList lines;
        for (const auto &e : mErrors)
            lines << e.message;
        return lines.join(QLatin1Char('\n'));
    }

private:
    std::optional<T> mValue;
    FieldErrors mErrors;
};

struct Done {};
using Status = Result<Done>;
inline Status success() { return Status(Done{}); }

} // namespace jy
