#pragma once
#include "common/result.h"
#include "import/importreport.h"
#include "import/rowparser.h"

#include <QHash>
#include <QStringList>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace jy {

class Database;
class DeferredForeignKeys;
class Session;

struct ImportOptions
{
    bool dryRun = false;
    bool updateExisting = false; // residents already in the database: update them, or skip them
    qint64 communityId = 0;      // for rows naming no community (0: the only community there is)
    QString source;              // the file's name, for the audit log
};

// A rejected row as the user gave it, for the file they fix and import again.
struct RejectedRow
{
    int row = 0;
    QStringList cells; // filled by ImportJob, which reads them from the file again
    QString reason;
};

// Brings residents and their households in from a roster sheet. Rows are parsed as they are
// fed (nothing is written), then finish() forms households, finds duplicates and writes all
// good rows in one transaction: a cancel, an error or a crash leaves the database as it was.
class ResidentImporter
{
public:
    ResidentImporter(Database &db, const Session &session, ImportOptions options);
    ~ResidentImporter();

    // fieldByColumn: column → roster field key (HeaderMatcher::fields()); needs "name".
    Status begin(const QStringList &headers, const QHash<int, QString> &fieldByColumn);
    void addRow(int sheetRow, const QStringList &cells);
    // progress(done, total) is called now and then while writing; returning false cancels.
    Result<ImportReport> finish(const std::function<bool(int done, int total)> &progress = {});

    const QStringList &headers() const { return mHeaders; }
    // Row numbers and reasons; the cells are not kept (a street's roster would double in memory).
    QList<RejectedRow> rejectedRows() const;

private:
    struct Plan;
    void reject(size_t index, const QString &field, const QString &message);
    void plan(Plan &plan);
    void write(Plan &plan, const std::function<bool(int, int)> &progress, DeferredForeignKeys *foreignKeys);
    QString intern(const QString &text);

    Database &mDb;
    const Session &mSession;
    ImportOptions mOptions;
    QStringList mHeaders;
    std::unique_ptr<RowParser> mParser;
    // Person rows, in sheet order. A deque: a vector of 200,000 rows of 500 bytes would be moved
    // to fresh memory again and again as it grows.
    std::deque<ImportRow> mRows;
    QSet<QString> mInterned;
    // Search keys of each distinct name (a street has far fewer names than people), and which
    // one each row has: an index, so 200,000 rows cost 4 bytes each.
    struct NameKeys { QString pinyin, initials, sortKey, tokens; };
    std::vector<NameKeys> mNameKeys;
    QHash<QString, quint32> mNameKeysIndex;
    std::vector<quint32> mNameKeysOf; // parallel to mRows
    ImportReport mReport;
};

} // namespace jy
