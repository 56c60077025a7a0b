#include "import/xlsxmerges.h"

#include "import/xlsxcellformat.h"
#include "import/xlsxpart.h"
#include "import/xmlscanner.h"

#include <QByteArrayMatcher>
#include <QCoreApplication>

#include <cstring>
#include <utility>

namespace jy::xlsx {

bool scanMerges(zip_t *zip, const QString &partName, const XlsxReader::Limits &limits, QList<Merge> *merges,
                QString *error, const std::atomic<bool> *stop)
{
    PartStream stream(zip, partName, limits.maxPartBytes);
    const int opened = stream.open(error);
    if (opened < 0)
        return false;
    if (opened == 0) {
        *error = missingPart(partName);
        return false;
    }
    const qint64 chunkBytes = gChunkBytes; // read once: the buffer and every read must agree
    static const QByteArrayMatcher matcher(QByteArrayLiteral("mergeCells"));
    constexpr qsizetype kCarry = 64; // room for a namespace prefix split across chunks
    const qint64 tailCap = std::min<qint64>(limits.maxPartBytes, limits.maxMergedRanges * 64 + 65536);
    // The last bytes of the previous chunk stay in front of the next one, so a tag split
    // between two reads is still found.
    QByteArray buffer(kCarry + chunkBytes, Qt::Uninitialized);
    qsizetype carry = 0;
    QByteArray tail;
    bool collecting = false;
    for (;;) {
        if (stop && stop->load(std::memory_order_relaxed))
            return false;
        const qint64 n = stream.read(buffer.data() + carry, chunkBytes, error);
        if (n < 0)
            return false;
        if (n == 0)
            break;
        if (collecting) {
            tail.append(buffer.constData() + carry, n);
            if (tail.size() > tailCap)
                break; // what fits still counts; the range check below refuses the rest
            continue;
        }
        const qsizetype size = carry + n;
        const char *data = buffer.constData();
        for (qsizetype from = 0;;) {
            const qsizetype hit = matcher.indexIn(data, size, from);
            if (hit < 0)
                break;
            from = hit + 1;
            // A start tag: '<' right before the name or before "prefix:". Text cannot hold a raw '<'.
            qsizetype j = hit - 1;
            if (j >= 0 && data[j] == ':') {
                --j;
                while (j >= 0 && !kNameEnd.end[uchar(data[j])] && data[j] != ':')
                    --j;
            }
            if (j >= 0 && data[j] == '<') {
                tail = QByteArray(data + j, size - j);
                collecting = true;
                carry = 0;
                break;
            }
        }
        if (!collecting) {
            carry = std::min(kCarry, size);
            std::memmove(buffer.data(), data + size - carry, size_t(carry));
        }
    }
    if (!collecting)
        return true;

    XmlScanner xml(tail, partName);
    qint64 coveredCells = 0;
    for (bool done = false; !done;) {
        switch (xml.next()) {
        case XmlScanner::Invalid:
        case XmlScanner::EndDocument:
            done = true; // the real pass judges the XML; a cut tail still gave what it had
            break;
        case XmlScanner::EndElement:
            done = is(xml.name(), "mergeCells");
            break;
        case XmlScanner::StartElement: {
            if (!is(xml.name(), "mergeCell"))
                break;
            const QByteArrayView ref = xml.attribute("ref");
            const qsizetype colon = ref.indexOf(':');
            qint64 c1, r1, c2, r2;
            if (colon < 0 || !parseCellRef(ref.first(colon), &c1, &r1) || !parseCellRef(ref.sliced(colon + 1), &c2, &r2)
                || c1 < 0 || r1 < 0 || c2 < 0 || r2 < 0)
                break;
            if (c1 > c2)
                std::swap(c1, c2);
            if (r1 > r2)
                std::swap(r1, r2);
            if (c1 >= columnLimit(limits) || r1 >= rowLimit(limits))
                break;
            c2 = std::min(c2, columnLimit(limits) - 1);
            r2 = std::min(r2, rowLimit(limits) - 1);
            if (c1 == c2 && r1 == r2)
                break;
            coveredCells += (c2 - c1 + 1) * (r2 - r1 + 1);
            if (merges->size() >= limits.maxMergedRanges || coveredCells > limits.maxMergedCells) {
                *error = QCoreApplication::translate("jy::XlsxReader", "The sheet has too many merged cells to read (part %1).")
                             .arg(partName);
                return false;
            }
            merges->append({int(r1), int(c1), int(r2), int(c2), QString()});
            break;
        }
        case XmlScanner::Text:
            break;
        }
    }
    if (merges->isEmpty() && tail.size() > tailCap) {
        *error = QCoreApplication::translate("jy::XlsxReader", "The sheet has too many merged cells to read (part %1).")
                     .arg(partName);
        return false;
    }
    std::stable_sort(merges->begin(), merges->end(), [](const Merge &a, const Merge &b) { return a.r1 < b.r1; });
    return true;
}

void MergeFiller::apply(int row, QStringList &cells)
{
    advance(row);
    for (int i : std::as_const(mActive)) {
        Merge &m = mMerges[i];
        if (row == m.r1)
            m.value = m.c1 < cells.size() ? cells.at(m.c1) : QString();
        if (!m.value.isEmpty()) {
            if (cells.size() <= m.c2)
                cells.resize(m.c2 + 1);
            for (int c = m.c1; c <= m.c2; ++c)
                cells[c] = m.value;
        } else {
            // Excel shows a merged range with an empty corner as empty, whatever the covered cells hold.
            for (int c = m.c1; c <= m.c2 && c < cells.size(); ++c)
                cells[c] = QString();
        }
    }
}

int MergeFiller::nextCoveredRow(int row)
{
    advance(row);
    if (!mActive.isEmpty())
        return row;
    return mNext < mMerges.size() ? mMerges.at(mNext).r1 : -1;
}

void MergeFiller::advance(int row)
{
    while (mNext < mMerges.size() && mMerges.at(mNext).r1 <= row)
        mActive.append(mNext++);
    mActive.removeIf([&](int i) { return mMerges.at(i).r2 < row; });
}

void trimTrailingEmpty(QStringList &cells)
{
    qsizetype n = cells.size();
    while (n > 0 && cells.at(n - 1).isEmpty())
        --n;
    if (n < cells.size())
        cells.resize(n);
}

MergeScanThread::MergeScanThread(std::function<zip_t *()> openZip, const QString &partName,
                                 const XlsxReader::Limits &limits)
{
    mThread = std::thread([this, openZip = std::move(openZip), partName, limits] {
        if (zip_t *zip = openZip()) {
            mOk = scanMerges(zip, partName, limits, &mMerges, &mError, &mStop);
            zip_discard(zip);
        } else {
            mError = damagedPart(partName, QStringLiteral("zip"));
        }
        mFinished.store(true, std::memory_order_release);
    });
}

MergeScanThread::~MergeScanThread()
{
    mStop.store(true);
    if (mThread.joinable())
        mThread.join();
}

bool MergeScanThread::result(QList<Merge> *merges, QString *error)
{
    if (mThread.joinable())
        mThread.join();
    if (!mOk) {
        *error = mError;
        return false;
    }
    *merges = mMerges;
    return true;
}

} // namespace jy::xlsx
