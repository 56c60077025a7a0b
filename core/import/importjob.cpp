#include "import/importjob.h"
#include "export/tablewriter.h"
#include "import/headermatcher.h"
#include "import/importsource.h"
#include "import/mappingmemory.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::ImportJob", text); }
constexpr int kHeaderSearchRows = 20;
} // namespace

Result<ImportOutcome> ImportJob::run(Database &db, const Session &session, const ImportRequest &request,
                                     const Progress &progress, QList<RejectedRow> *rejected)
{
    using R = Result<ImportOutcome>;
    ImportSource source;
    if (!source.open(request.path))
        return R::fail(QStringLiteral("path"), source.error());
    int sheet = 0;
    if (!request.sheet.isEmpty()) {
        sheet = source.sheetIndex(request.sheet);
        if (sheet < 0)
            return R::fail(QStringLiteral("sheet"), tr("The file has no sheet named %1; its sheets are: %2.")
                                                        .arg(request.sheet, source.sheetNames().join(QStringLiteral(", "))));
    } else if (source.sheetNames().isEmpty()) {
        return R::fail(QStringLiteral("sheet"), tr("The file holds no sheet."));
    }

    // One pass over the sheet: its first rows find the header, then the rows stream into the
    // importer. (A preview pass first would unpack a street's 180 MB sheet once more.)
    ImportOutcome outcome;
    ResidentImporter importer(db, session, request.options);
    QList<QStringList> top; // the first rows; list index == row
    bool begun = false;
    std::optional<R> refused;
    const auto begin = [&]() -> bool {
        const HeaderMatcher::Match match = HeaderMatcher::find(top, kHeaderSearchRows);
        outcome.headerRow = request.headerRow >= 0 ? request.headerRow : match.headerRow;
        if (outcome.headerRow < 0 || outcome.headerRow >= top.size()) {
            refused = R::fail(QStringLiteral("header"), tr("No header row with 姓名 and other known column names was found in "
                                                           "the first %1 rows.").arg(kHeaderSearchRows));
            return false;
        }
        outcome.headers = top.at(outcome.headerRow);
        outcome.mapping = request.mapping;
        if (outcome.mapping.isEmpty())
            outcome.mapping = MappingMemory(db).recall(outcome.headers);
        if (outcome.mapping.isEmpty())
            outcome.mapping = HeaderMatcher::map(outcome.headers);
        if (Status started = importer.begin(outcome.headers, outcome.mapping); !started) {
            refused = R(started.errors());
            return false;
        }
        begun = true;
        for (int row = outcome.headerRow + 1; row < top.size(); ++row) {
            if (!top.at(row).isEmpty())
                importer.addRow(row + 1, top.at(row));
        }
        return true;
    };

    int read = 0;
    bool cancelled = false;
    const bool complete = source.read(sheet, [&](int row, const QStringList &cells) {
        if (!begun) {
            if (row < kHeaderSearchRows) {
                while (top.size() < row)
                    top << QStringList();
                top << cells;
                return true;
            }
            if (!begin())
                return false;
        }
        if (row <= outcome.headerRow)
            return true;
        importer.addRow(row + 1, cells);
        if (progress && ++read % 1000 == 0 && !progress(Phase::Reading, read, 0)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!complete)
        return R::fail(QStringLiteral("path"), source.error());
    if (!begun && !refused)
        begin(); // a sheet of fewer rows than the header search looks at
    if (refused)
        return *refused;
    if (cancelled) {
        outcome.report.cancelled = true;
        outcome.report.dryRun = request.options.dryRun;
        return outcome;
    }

    Result<ImportReport> report = importer.finish([&](int done, int total) {
        return !progress || progress(Phase::Writing, done, total);
    });
    if (!report)
        return report.errors();
    outcome.report = report.value();
    QList<RejectedRow> rows;
    const bool wanted = rejected || !request.errorsPath.isEmpty();
    if (wanted && outcome.report.rejected > 0 && !outcome.report.cancelled) {
        // The rejected rows' cells, read again rather than kept for every row.
        rows = importer.rejectedRows();
        QHash<int, qsizetype> indexOfRow;
        for (qsizetype i = 0; i < rows.size(); ++i)
            indexOfRow.insert(rows.at(i).row, i);
        if (!source.read(sheet, [&](int row, const QStringList &cells) {
                if (const auto it = indexOfRow.constFind(row + 1); it != indexOfRow.cend())
                    rows[*it].cells = cells;
                return true;
            }))
            return R::fail(QStringLiteral("path"), source.error());
    }
    if (rejected)
        *rejected = rows;
    if (!request.errorsPath.isEmpty() && outcome.report.rejected > 0 && !outcome.report.cancelled) {
        if (Status written = writeRejected(request.errorsPath, outcome.headers, rows); !written)
            outcome.report.warnings << written.errorText();
        else
            outcome.errorsWritten = request.errorsPath;
    }
    return outcome;
}

Status ImportJob::writeRejected(const QString &path, const QStringList &headers, const QList<RejectedRow> &rows)
{
    const std::optional<TableWriter::Format> format = TableWriter::formatFor(path);
    if (!format)
        return Status::fail(QStringLiteral("errors"), tr("Rejected rows are written as .xlsx or .csv, not %1.")
                                                          .arg(QFileInfo(path).fileName()));
    int columns = int(headers.size());
    for (const RejectedRow &r : rows)
        columns = std::max(columns, int(r.cells.size()));
    QStringList header = headers;
    while (header.size() < columns)
        header << QString();
    header << tr("Reason rejected");
    QList<double> widths;
    for (const QString &h : std::as_const(header))
        widths << std::clamp(double(h.size()) * 2.2 + 2, 8.0, 24.0);
    widths.last() = 60;

    std::unique_ptr<TableWriter> writer = TableWriter::create(*format, path);
    writer->setHeader(header, widths);
    for (const RejectedRow &r : rows) {
        QVariantList cells;
        for (int c = 0; c < columns; ++c)
            cells << (c < r.cells.size() ? r.cells.at(c) : QString());
        cells << tr("Row %1: %2").arg(r.row).arg(r.reason);
        writer->addRow(cells);
    }
    return writer->close();
}

} // namespace jy
