#pragma once
#include <QCoreApplication>
#include <QString>

namespace jy {

// What an office password must be: long enough to resist guessing at the desk, and not the
// user name. Deliberately no rules about symbols: staff write passwords down when rules annoy.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(jy::PasswordPolicy)
public:
    static constexpr int kMinimumLength = 8;
    // Empty when acceptable, otherwise the reason in plain words.
    static QString check(const QString &username, const QString &password);
};

} // namespace jy
