#pragma once
#include "common/result.h"
#include "residents/rosterfilter.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace jy {

class Database;
class Session;

// The roster view's rows, in its order (pinyin, then id), to an .xlsx or .csv file chosen by
// the path's suffix, under column names our importer recognises. ID numbers and phones are
// masked unless asked otherwise and the session may see them; such an export is audited.
// The file appears under its name only when complete: it is written beside it first.
class RosterExport
{
public:
    // Called every ~1000 rows and at the end; returning false cancels the export.
    using Progress = std::function<bool(int done, int total)>;

    RosterExport(Database &db, const Session &session);
    RosterExport(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Rows written. Errors name the field "path", "unmasked", or "cancelled" (see cancelled()).
    // Database failures throw DbError; the partial file is removed then too.
    Result<int> run(const RosterFilter &filter, const QString &path, bool unmasked = false,
                    const Progress &progress = {}) const;

    static bool cancelled(const Result<int> &result);
    static QStringList headers();

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
