#include "accounts/passwordpolicy.h"

#include <QCoreApplication>

namespace jy {

QString PasswordPolicy::check(const QString &username, const QString &password)
{
    if (password.size() < kMinimumLength)
        return tr("The password needs at least %1 characters.").arg(kMinimumLength);
    bool letter = false, digit = false;
    for (QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (!letter || !digit)
        return tr("The password needs both letters and digits.");
    if (!username.isEmpty() && password.contains(username, Qt::CaseInsensitive))
        return tr("The password must not contain the user name.");
    return {};
}

} // namespace jy
