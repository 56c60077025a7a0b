#pragma once
#include "common/result.h"
#include "import/importreport.h"
#include "import/residentimporter.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>

namespace jy {

class Database;
class Session;

struct ImportRequest
{
    QString path;
    QString sheet;                // by name; empty: the first sheet
    ImportOptions options;
    int headerRow = -1;           // 0-based; -1: found below the title rows
    QHash<int, QString> mapping;  // column → field; empty: remembered for these headers, else by name
    QString errorsPath;           // rejected rows go there (.xlsx or .csv) when there are any
};

struct ImportOutcome
{
    ImportReport report;
    QStringList headers;
    QHash<int, QString> mapping;
    int headerRow = -1;
    QString errorsWritten;        // the rejected-rows file, when one was written
};

// A whole import of a roster file, as the CLI and the wizard run it: open, find the header,
// map the columns, stream the rows into ResidentImporter, write, and hand back rejected rows
// in a file the user can fix and import again.
class ImportJob
{
public:
    enum class Phase { Reading, Writing };
    // total is 0 while reading (the row count is not known before the end).
    using Progress = std::function<bool(Phase phase, int done, int total)>;

    // rejected, when given, receives the rejected rows as well.
    static Result<ImportOutcome> run(Database &db, const Session &session, const ImportRequest &request,
                                     const Progress &progress = {}, QList<RejectedRow> *rejected = nullptr);
    // The original columns and a reason column; .xlsx or .csv by the path's suffix.
    static Status writeRejected(const QString &path, const QStringList &headers, const QList<RejectedRow> &rows);
};

} // namespace jy
