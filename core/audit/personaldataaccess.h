#pragma once
#include "common/result.h"

#include <QCoreApplication>

namespace jy {

class Database;
class Session;

// Showing full ID numbers and phones is a deliberate act that leaves a trace: each time a
// view switches to full values, the audit log says who, when, and where.
class PersonalDataAccess
{
    Q_DECLARE_TR_FUNCTIONS(jy::PersonalDataAccess)
public:
    // where: "roster", "cli residents search", …; detail: the search or filter shown.
    static Status reveal(Database &db, const Session &session, const QString &where, const QString &detail = {});
};

} // namespace jy
