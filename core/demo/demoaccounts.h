#pragma once
#include <QList>
#include <QString>

namespace jy {

class Database;

// One account per role in the demo street, all with kPassword, so whoever starts the demo can
// sign in and see what each role sees. Only into a database that has no accounts yet.
class DemoAccounts
{
public:
    static inline const QString kPassword = QStringLiteral("demo2026");
    static void generate(Database &db, const QList<qint64> &communityIds);
    // True for a database the demo generator made accounts in: the login dialog shows the hint.
    static bool present(Database &db);
};

} // namespace jy
