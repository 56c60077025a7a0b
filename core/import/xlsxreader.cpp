#include "import/xlsxreader.h"

#include "import/xlsxcellformat.h"
#include "import/xlsxmerges.h"
#include "import/xlsxpart.h"
#include "import/xmlscanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <zip.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <optional>
#include <string>
#include <utility>

// The workbook, its relationships, styles and shared strings, and the row-by-row read of a
// sheet. Reading parts, scanning XML, cell formats and merged cells live in the files included above.
namespace jy {

using namespace xlsx;

namespace {

constexpr int kMaxCellStyles = 1 << 20;

struct Sheet
{
    QString name;
    QString part;
};

struct Rel
{
    QString id;
    QString type;
    QString target; // resolved to a zip entry name
};

} // namespace

struct XlsxReader::Private
{
    Limits limits;
    QByteArray data; // openData's bytes: libzip reads them in place
    QString path;    // open's file
    zip_t *zip = nullptr;
    QString error;
    QList<Sheet> sheets;
    QString sharedStringsPart;
    QString stylesPart;
    bool date1904 = false;
    bool stringsLoaded = false;
    bool stylesLoaded = false;
    QStringList sharedStrings;
    QList<NumKind> styleKinds; // by cellXfs index
    QHash<int, QList<Merge>> mergeCache;

    ~Private() { close(); }

    qint64 rowLimit() const { return xlsx::rowLimit(limits); }
    qint64 columnLimit() const { return xlsx::columnLimit(limits); }

    void close()
    {
        if (zip)
            zip_discard(zip);
        zip = nullptr;
        data.clear();
        path.clear();
        sheets.clear();
        sharedStringsPart.clear();
        stylesPart.clear();
        date1904 = false;
        stringsLoaded = stylesLoaded = false;
        sharedStrings.clear();
        styleKinds.clear();
        mergeCache.clear();
    }

    bool failOpen(const QString &message)
    {
        close();
        error = message;
        return false;
    }

    static QString notAWorkbook(const QByteArray &head)
    {
        // Old .xls files and password-protected .xlsx files are both OLE compound files.
        if (head.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")))
            return QCoreApplication::translate("jy::XlsxReader",
                                               "This is an old Excel 97-2003 (.xls) file or a password-protected workbook. "
                                               "Open it in Excel or WPS and save it as .xlsx without a password.");
        return QCoreApplication::translate("jy::XlsxReader", "The file is not a valid Excel workbook (.xlsx).");
    }

    // Missing part: true with *found false.
    bool readRels(const QString &relsPart, const QString &baseDir, QList<Rel> *rels, bool *found)
    {
        XmlScanner xml(zip, relsPart, limits.maxPartBytes);
        const int opened = xml.open(&error);
        *found = opened > 0;
        if (opened <= 0)
            return opened == 0;
        for (;;) {
            const auto token = xml.next();
            if (token == XmlScanner::Invalid) {
                error = xml.error();
                return false;
            }
            if (token == XmlScanner::EndDocument)
                return true;
            if (token != XmlScanner::StartElement || !is(xml.name(), "Relationship"))
                continue;
            if (is(xml.attribute("TargetMode"), "External"))
                continue;
            rels->append({XmlScanner::decoded(xml.attribute("Id")), XmlScanner::decoded(xml.attribute("Type")),
                          resolveTarget(baseDir, XmlScanner::decoded(xml.attribute("Target")))});
        }
    }

    bool readWorkbook()
    {
        QList<Rel> rootRels;
        bool found = false;
        if (!readRels(QStringLiteral("_rels/.rels"), QString(), &rootRels, &found))
            return failOpen(error);
        QString workbookPart;
        for (const Rel &rel : std::as_const(rootRels)) {
            if (rel.type.endsWith(QLatin1String("/officeDocument"))) {
                workbookPart = rel.target;
                break;
            }
        }
        const QString usual = QStringLiteral("xl/workbook.xml");
        if (locatePart(zip, workbookPart) < 0) {
            if (workbookPart.endsWith(QLatin1String(".bin"), Qt::CaseInsensitive))
                return failOpen(QCoreApplication::translate("jy::XlsxReader",
                                                            "This is a binary Excel workbook (.xlsb). Save it as .xlsx in Excel first."));
            if (locatePart(zip, usual) < 0) {
                if (locatePart(zip, QStringLiteral("content.xml")) >= 0)
                    return failOpen(QCoreApplication::translate("jy::XlsxReader",
                                                                "This is an OpenDocument spreadsheet (.ods). Save it as .xlsx first."));
                return failOpen(QCoreApplication::translate("jy::XlsxReader",
                                                            "The file is not a valid Excel workbook: it contains no workbook."));
            }
            workbookPart = usual;
        }

        struct Entry
        {
            QString name, relId;
        };
        QList<Entry> entries;
        {
            XmlScanner xml(zip, workbookPart, limits.maxPartBytes);
            if (xml.open(&error) < 0)
                return failOpen(error);
            for (bool done = false; !done;) {
                switch (xml.next()) {
                case XmlScanner::Invalid:
                    return failOpen(xml.error());
                case XmlScanner::EndDocument:
                    done = true;
                    break;
                case XmlScanner::EndElement:
                    done = is(xml.name(), "sheets"); // what follows (defined names …) does not matter here
                    break;
                case XmlScanner::StartElement:
                    if (is(xml.name(), "workbookPr")) {
                        const QByteArrayView v = xml.attribute("date1904");
                        date1904 = is(v, "1") || is(v, "true");
                    } else if (is(xml.name(), "sheet")) {
                        entries.append({XmlScanner::decoded(xml.attribute("name")), XmlScanner::decoded(xml.prefixedAttribute("id"))});
                    }
                    break;
                case XmlScanner::Text:
                    break;
                }
            }
        }

        const QString baseDir = dirOf(workbookPart);
        QList<Rel> rels;
        if (!readRels(relsPartFor(workbookPart), baseDir, &rels, &found))
            return failOpen(error);
        QHash<QString, Rel> byId;
        for (const Rel &rel : std::as_const(rels)) {
            byId.insert(rel.id, rel);
            if (rel.type.endsWith(QLatin1String("/sharedStrings")))
                sharedStringsPart = rel.target;
            else if (rel.type.endsWith(QLatin1String("/styles")))
                stylesPart = rel.target;
        }
        if (!found) {
            sharedStringsPart = baseDir + QLatin1String("sharedStrings.xml");
            stylesPart = baseDir + QLatin1String("styles.xml");
        }
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const auto rel = byId.constFind(entries.at(i).relId);
            if (rel != byId.cend()) {
                // Chart sheets, dialog and macro sheets hold no cells.
                if (rel->type.endsWith(QLatin1String("/worksheet")))
                    sheets.append({entries.at(i).name, rel->target});
            } else if (!found) {
                sheets.append({entries.at(i).name, baseDir + QStringLiteral("worksheets/sheet%1.xml").arg(i + 1)});
            }
        }
        if (sheets.isEmpty())
            return failOpen(QCoreApplication::translate("jy::XlsxReader", "The Excel file contains no worksheet."));
        return true;
    }

    bool loadStyles()
    {
        if (stylesLoaded)
            return true;
        XmlScanner xml(zip, stylesPart, limits.maxPartBytes);
        const int opened = xml.open(&error);
        if (opened < 0)
            return false;
        QHash<int, NumKind> custom;
        QList<NumKind> kinds;
        bool inNumFmts = false, inCellXfs = false;
        for (bool done = opened == 0; !done;) {
            switch (xml.next()) {
            case XmlScanner::Invalid:
                error = xml.error();
                return false;
            case XmlScanner::EndDocument:
                done = true;
                break;
            case XmlScanner::EndElement:
                if (is(xml.name(), "numFmts"))
                    inNumFmts = false;
                else if (is(xml.name(), "cellXfs"))
                    done = true; // nothing further matters for cell values
                break;
            case XmlScanner::StartElement:
                if (is(xml.name(), "numFmts")) {
                    inNumFmts = true;
                } else if (is(xml.name(), "cellXfs")) {
                    inCellXfs = true;
                } else if (is(xml.name(), "numFmt") && inNumFmts) {
                    bool ok = false;
                    const int id = xml.attribute("numFmtId").toInt(&ok);
                    if (ok && custom.size() < kMaxCellStyles)
                        custom.insert(id, formatKind(XmlScanner::decoded(xml.attribute("formatCode"))));
                } else if (is(xml.name(), "xf") && inCellXfs && kinds.size() < kMaxCellStyles) {
                    const int id = xml.attribute("numFmtId").toInt();
                    kinds.append(custom.value(id, builtinKind(id)));
                }
                break;
            case XmlScanner::Text:
                break;
            }
        }
        styleKinds = kinds;
        stylesLoaded = true;
        return true;
    }

    bool loadSharedStrings()
    {
        if (stringsLoaded)
            return true;
        XmlScanner xml(zip, sharedStringsPart, limits.maxPartBytes);
        const int opened = xml.open(&error);
        if (opened < 0)
            return false;
        xml.readAhead();
        QStringList strings;
        for (bool done = opened == 0; !done;) {
            switch (xml.next()) {
            case XmlScanner::Invalid:
                error = xml.error();
                return false;
            case XmlScanner::EndDocument:
                done = true;
                break;
            case XmlScanner::StartElement:
                if (is(xml.name(), "sst")) {
                    // uniqueCount is a claim, not a promise: reserve modestly.
                    const qint64 count = xml.attribute("uniqueCount").toLongLong();
                    strings.reserve(std::clamp<qint64>(std::min(count, limits.maxSharedStrings), 0, 65536));
                } else if (is(xml.name(), "si")) {
                    if (strings.size() >= limits.maxSharedStrings) {
                        error = QCoreApplication::translate("jy::XlsxReader",
                                                            "The Excel file is too large to read: it has more than %L1 different texts.")
                                    .arg(limits.maxSharedStrings);
                        return false;
                    }
                    QString text;
                    if (!xml.readRichText(text)) {
                        error = xml.error();
                        return false;
                    }
                    decodeEscapes(text);
                    strings.append(text);
                }
                break;
            default:
                break;
            }
        }
        sharedStrings = strings;
        stringsLoaded = true;
        return true;
    }


    // The text a cell shows, from its <v> bytes or its inline string.
    QString cellText(CellType type, int style, QByteArrayView raw, const QString &inlineText) const
    {
        switch (type) {
        case CellType::Shared: {
            const qint64 index = smallNumber(raw.trimmed());
            return index >= 0 && index < sharedStrings.size() ? sharedStrings.at(index) : QString();
        }
        case CellType::Inline:
            if (!inlineText.isEmpty()) {
                QString text = inlineText;
                decodeEscapes(text);
                return text;
            }
            Q_FALLTHROUGH();
        case CellType::Str: {
            QString text = decodeRaw(raw);
            decodeEscapes(text);
            return text;
        }
        case CellType::Bool:
            if (is(raw, "1"))
                return QStringLiteral("TRUE");
            if (is(raw, "0"))
                return QStringLiteral("FALSE");
            break;
        case CellType::Error:
            break;
        case CellType::IsoDate:
            return isoCellToText(decodeRaw(raw));
        case CellType::Number:
            if (style >= 0 && style < styleKinds.size() && styleKinds.at(style) != NumKind::Number) {
                QString date = serialToText(raw, styleKinds.at(style), date1904);
                if (!date.isNull())
                    return date;
            }
            break; // as stored: 13812345678 and 2.10211E+17 both survive
        }
        return decodeRaw(raw);
    }
};

XlsxReader::XlsxReader() : d(std::make_unique<Private>()) {}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::open(const QString &path)
{
    d->close();
    d->error.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        d->error = QCoreApplication::translate("jy::XlsxReader", "Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray head = file.read(8);
    file.close();
    d->zip = openPackage(path, {});
    if (!d->zip)
        return d->failOpen(Private::notAWorkbook(head));
    d->path = path;
    return d->readWorkbook();
}

bool XlsxReader::openData(const QByteArray &bytes)
{
    d->close();
    d->error.clear();
    d->data = bytes;
    d->zip = openPackage(QString(), d->data);
    if (!d->zip)
        return d->failOpen(Private::notAWorkbook(bytes.left(8)));
    return d->readWorkbook();
}

QString XlsxReader::error() const
{
    return d->error;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : std::as_const(d->sheets))
        names << sheet.name;
    return names;
}

bool XlsxReader::readSheet(int index, const std::function<bool(int row, const QStringList &cells)> &onRow)
{
    d->error.clear();
    if (!d->zip) {
        d->error = QCoreApplication::translate("jy::XlsxReader", "No Excel file is open.");
        return false;
    }
    if (index < 0 || index >= d->sheets.size()) {
        d->error = QCoreApplication::translate("jy::XlsxReader", "The Excel file has no sheet number %1.").arg(index + 1);
        return false;
    }
    if (!d->loadStyles() || !d->loadSharedStrings())
        return false;
    const QString partName = d->sheets.at(index).part;
    // The merged ranges come after the rows in the XML. Unless an earlier read found them, a
    // thread looks for them while the rows are read here; rows wait in `pending` until the
    // ranges are known (it unpacks the part alone, so it is usually done long before).
    std::optional<MergeFiller> merges;
    std::unique_ptr<MergeScanThread> mergeScan;
    if (const auto cached = d->mergeCache.constFind(index); cached != d->mergeCache.cend()) {
        merges.emplace(*cached);
    } else {
        mergeScan = std::make_unique<MergeScanThread>([path = d->path, data = d->data] { return openPackage(path, data); }, partName,
                                                      d->limits);
    }

    XmlScanner xml(d->zip, partName, d->limits.maxPartBytes);
    const int opened = xml.open(&d->error);
    if (opened <= 0) {
        if (opened == 0)
            d->error = missingPart(partName);
        return false;
    }
    xml.readAhead(); // nothing else reads d->zip until the rows are read

    QStringList cells;
    std::string value;  // reused for every <v>; short ones need no allocation at all
    QString inlineText; // and every <is>
    int previousRow = -1;
    bool inSheetData = false;
    qint64 reportedCells = 0; // a sheet of far-right cells must not take hours to hand over
    bool tooManyCells = false;
    const auto report = [&](int row, const QStringList &rowCells) {
        reportedCells += rowCells.size();
        if (reportedCells > d->limits.maxCells) {
            tooManyCells = true;
            return false;
        }
        return onRow(row, rowCells);
    };
    const auto cellLimitError = [&] {
        d->error = QCoreApplication::translate("jy::XlsxReader", "The sheet has more than %L1 cells (part %2).")
                       .arg(d->limits.maxCells)
                       .arg(partName);
        return false;
    };

    // Rows the XML leaves out but a merged range covers, for rows from..to-1.
    const auto emitCoveredRows = [&](int from, int to) {
        QStringList covered;
        for (int row = merges->nextCoveredRow(from); row >= 0 && row < to; row = merges->nextCoveredRow(row + 1)) {
            covered.clear();
            merges->apply(row, covered);
            trimTrailingEmpty(covered);
            if (!covered.isEmpty() && !report(row, covered))
                return false;
        }
        return true;
    };
    // A row read, with the merged ranges known: false when reading stops here.
    int deliveredRow = -1;
    const auto deliver = [&](int row, bool ascending, QStringList &rowCells) {
        if (ascending && !merges->isEmpty()) {
            if (!emitCoveredRows(deliveredRow + 1, row))
                return false;
            merges->apply(row, rowCells);
        }
        if (ascending)
            deliveredRow = row;
        trimTrailingEmpty(rowCells);
        return rowCells.isEmpty() || report(row, rowCells);
    };
    struct PendingRow
    {
        int row;
        bool ascending;
        QStringList cells;
    };
    std::vector<PendingRow> pending;
    qint64 pendingCells = 0; // up to limits.maxPendingCells, then wait for the scan
    bool stopped = false;
    // The ranges once the scan is done (waiting for it when `wait`), and the rows held back
    // until then handed over. False on a scan error.
    const auto settleMerges = [&](bool wait) {
        if (merges || (!wait && !mergeScan->finished()))
            return true;
        QList<Merge> found;
        if (!mergeScan->result(&found, &d->error))
            return false;
        mergeScan.reset();
        d->mergeCache.insert(index, found);
        merges.emplace(found);
        for (PendingRow &p : pending) {
            if (!deliver(p.row, p.ascending, p.cells)) {
                stopped = true;
                break;
            }
        }
        pending.clear();
        pendingCells = 0;
        return true;
    };
    // An error after some rows: the rows before it are handed over first, as when the ranges
    // were known from the start (unless the ranges themselves could not be read).
    const auto failWith = [&](const QString &message) {
        if (!settleMerges(true))
            return false;
        if (stopped) // the caller had enough before the error
            return tooManyCells ? cellLimitError() : true;
        d->error = message;
        return false;
    };
    const auto failed = [&] { return failWith(xml.error()); };

    for (;;) {
        const auto token = xml.next();
        if (token == XmlScanner::Invalid)
            return failed();
        if (token == XmlScanner::EndDocument)
            break;
        if (token == XmlScanner::EndElement && is(xml.name(), "sheetData"))
            break; // the rest is page setup and the merges we already have
        if (token != XmlScanner::StartElement)
            continue;
        if (!inSheetData) {
            inSheetData = is(xml.name(), "sheetData");
            continue;
        }
        if (!is(xml.name(), "row"))
            continue;

        qint64 row = previousRow + 1;
        {
            qint64 c, r;
            if (parseCellRef(xml.attribute("r"), &c, &r) && c < 0 && r >= 0)
                row = r;
        }
        if (row >= d->rowLimit())
            return failWith(QCoreApplication::translate("jy::XlsxReader", "The sheet has more than %L1 rows (part %2).")
                                .arg(d->limits.maxRows)
                                .arg(partName));
        const bool ascending = row > previousRow;
        cells.clear();
        qint64 col = -1;
        for (bool rowDone = false; !rowDone;) {
            switch (xml.next()) {
            case XmlScanner::Invalid:
            case XmlScanner::EndDocument:
                return failed();
            case XmlScanner::EndElement:
                rowDone = true;
                break;
            case XmlScanner::Text:
                break;
            case XmlScanner::StartElement: {
                if (!is(xml.name(), "c")) {
                    if (!xml.skipElement())
                        return failed();
                    break;
                }
                qint64 c, r;
                if (parseCellRef(xml.attribute("r"), &c, &r) && c >= 0)
                    col = c;
                else
                    col = std::min<qint64>(col + 1, qint64(1) << 40);
                const int style = int(std::min<qint64>(smallNumber(xml.attribute("s")), INT_MAX));
                const QByteArrayView t = xml.attribute("t");
                CellType type = CellType::Number;
                if (is(t, "s"))
                    type = CellType::Shared;
                else if (is(t, "inlineStr"))
                    type = CellType::Inline;
                else if (is(t, "str"))
                    type = CellType::Str;
                else if (is(t, "b"))
                    type = CellType::Bool;
                else if (is(t, "e"))
                    type = CellType::Error;
                else if (is(t, "d"))
                    type = CellType::IsoDate;

                value.clear();
                inlineText.resize(0);
                for (bool cellDone = false; !cellDone;) {
                    switch (xml.next()) {
                    case XmlScanner::Invalid:
                    case XmlScanner::EndDocument:
                        return failed();
                    case XmlScanner::EndElement:
                        cellDone = true;
                        break;
                    case XmlScanner::Text:
                        break;
                    case XmlScanner::StartElement:
                        if (is(xml.name(), "v")) {
                            if (!xml.readRawText(value))
                                return failed();
                        } else if (is(xml.name(), "is")) {
                            if (!xml.readRichText(inlineText))
                                return failed();
                        } else if (!xml.skipElement()) {
                            return failed();
                        }
                        break;
                    }
                }
                if (col >= d->columnLimit())
                    break;
                if (value.empty() && inlineText.isEmpty())
                    break;
                QString text = d->cellText(type, style, QByteArrayView(value.data(), qsizetype(value.size())), inlineText);
                if (text.isEmpty())
                    break;
                if (cells.size() <= col)
                    cells.resize(col + 1);
                cells[col] = std::move(text);
                break;
            }
            }
        }

        if (ascending)
            previousRow = int(row);
        if (!merges) {
            pendingCells += cells.size() + 1;
            pending.push_back({int(row), ascending, std::move(cells)});
            cells = QStringList();
            if (!settleMerges(pendingCells >= d->limits.maxPendingCells))
                return false;
            if (stopped)
                return tooManyCells ? cellLimitError() : true;
            continue;
        }
        if (!deliver(int(row), ascending, cells))
            return tooManyCells ? cellLimitError() : true;
    }
    if (!settleMerges(true))
        return false;
    if (stopped)
        return tooManyCells ? cellLimitError() : true;
    if (!merges->isEmpty())
        if (!emitCoveredRows(deliveredRow + 1, int(d->rowLimit())) && tooManyCells)
            return cellLimitError();
    return true;
}


QList<QStringList> XlsxReader::preview(int index, int maxRows)
{
    QList<QStringList> rows;
    if (maxRows <= 0)
        return rows;
    readSheet(index, [&](int row, const QStringList &cells) {
        if (row >= maxRows)
            return false;
        if (rows.size() <= row)
            rows.resize(row + 1);
        rows[row] = cells;
        return true;
    });
    return rows;
}

void XlsxReader::setLimits(const Limits &limits)
{
    d->limits = limits;
    d->mergeCache.clear(); // ranges were clipped to the old limits
}

XlsxReader::Limits XlsxReader::limits() const
{
    return d->limits;
}

void XlsxReader::setReadChunkForTesting(int bytes)
{
    gChunkBytes = bytes > 0 ? bytes : kChunkBytes;
}

} // namespace jy
