#include "import/xlsxpart.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace jy::xlsx {

qint64 gChunkBytes = kChunkBytes;

zip_t *openPackage(const QString &path, const QByteArray &data)
{
    if (data.isEmpty()) {
        int code = 0;
        return zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    }
    zip_error_t error;
    zip_error_init(&error);
    zip_t *zip = nullptr;
    if (zip_source_t *source = zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &error)) {
        zip = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!zip)
            zip_source_free(source);
    }
    zip_error_fini(&error);
    return zip;
}

QString damagedPart(const QString &part, const QString &reason)
{
    return QCoreApplication::translate("jy::XlsxReader", "The Excel file is damaged: the part %1 cannot be read (%2).")
        .arg(part, reason);
}

QString missingPart(const QString &part)
{
    return QCoreApplication::translate("jy::XlsxReader", "The Excel file is damaged: the part %1 is missing.").arg(part);
}

QString tooLargePart(const QString &part, qint64 limit)
{
    return QCoreApplication::translate("jy::XlsxReader",
                                       "The Excel file is too large to read: the part %1 unpacks to more than %2 MB.")
        .arg(part)
        .arg(limit / (1024 * 1024));
}

zip_int64_t locatePart(zip_t *zip, const QString &name)
{
    if (name.isEmpty())
        return -1;
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = zip_name_locate(zip, utf8.constData(), 0);
    // Part names are case-insensitive in the package format; some writers differ from their rels.
    return index >= 0 ? index : zip_name_locate(zip, utf8.constData(), ZIP_FL_NOCASE);
}

QString dirOf(const QString &part)
{
    return part.left(part.lastIndexOf(QLatin1Char('/')) + 1);
}

QString relsPartFor(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) + QLatin1String(".rels");
}

QString resolveTarget(const QString &baseDir, QString target)
{
    target.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QString path = target.startsWith(QLatin1Char('/')) ? target : baseDir + target;
    QStringList parts;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts << segment;
    }
    return parts.join(QLatin1Char('/'));
}

struct PartStream::Ahead
{
    struct Chunk
    {
        QByteArray bytes;
        qint64 size = 0;
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<QByteArray> spare;     // buffers the thread may fill
    std::deque<Chunk> filled;          // in the part's order
    bool ended = false;                // the thread read the end, or failed
    qint64 result = 0;                 // 0 at the end, -1 on error
    QString error;
    bool stop = false;
    Chunk current;                     // the chunk the caller is reading from
    qint64 offset = 0;
    std::thread thread;
};

PartStream::PartStream(zip_t *zip, const QString &name, qint64 maxBytes)
    : mZip(zip), mName(name), mMaxBytes(maxBytes)
{
}

PartStream::~PartStream()
{
    if (mAhead) {
        {
            std::lock_guard lock(mAhead->mutex);
            mAhead->stop = true;
        }
        mAhead->changed.notify_all();
        mAhead->thread.join();
    }
    if (mFile)
        zip_fclose(mFile);
}

void PartStream::readAhead()
{
    // Small parts are read before a thread would have started.
    if (!mFile || mAhead || (mClaimed >= 0 && mClaimed < 4 * gChunkBytes))
        return;
    mAhead = std::make_unique<Ahead>();
    const qint64 chunkBytes = gChunkBytes;
    for (int i = 0; i < 4; ++i)
        mAhead->spare.emplace_back(chunkBytes, Qt::Uninitialized);
    mAhead->thread = std::thread([this, chunkBytes] {
        Ahead &a = *mAhead;
        for (;;) {
            QByteArray buffer;
            {
                std::unique_lock lock(a.mutex);
                a.changed.wait(lock, [&] { return a.stop || !a.spare.empty(); });
                if (a.stop)
                    return;
                buffer = std::move(a.spare.back());
                a.spare.pop_back();
            }
            QString error;
            const qint64 n = readNow(buffer.data(), chunkBytes, &error);
            {
                std::lock_guard lock(a.mutex);
                if (n > 0) {
                    a.filled.push_back({std::move(buffer), n});
                } else {
                    a.ended = true;
                    a.result = n;
                    a.error = error;
                }
            }
            a.changed.notify_all();
            if (n <= 0)
                return;
        }
    });
}

int PartStream::open(QString *error)
{
    const zip_int64_t index = locatePart(mZip, mName);
    if (index < 0)
        return 0;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(mZip, zip_uint64_t(index), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) {
        if (st.size > quint64(mMaxBytes)) {
            *error = tooLargePart(mName, mMaxBytes);
            return -1;
        }
        mClaimed = qint64(st.size);
    }
    mFile = zip_fopen_index(mZip, zip_uint64_t(index), 0);
    if (!mFile) {
        *error = damagedPart(mName, QString::fromLocal8Bit(zip_strerror(mZip)));
        return -1;
    }
    return 1;
}

qint64 PartStream::read(char *buffer, qint64 size, QString *error)
{
    if (!mAhead)
        return readNow(buffer, size, error);
    // As zip_fread does, fill the whole buffer unless the part ends: the XML scanner asks for
    // more than a chunk when one token spans several, and must get it in one read.
    Ahead &a = *mAhead;
    qint64 copied = 0;
    while (copied < size) {
        if (a.offset == a.current.size) {
            std::unique_lock lock(a.mutex);
            if (!a.current.bytes.isNull()) {
                a.spare.push_back(std::move(a.current.bytes));
                a.current = {};
                a.offset = 0;
                a.changed.notify_all();
            }
            a.changed.wait(lock, [&] { return a.ended || !a.filled.empty(); });
            if (a.filled.empty()) {
                if (copied > 0)
                    break; // the end or the error comes with the next read
                if (a.result < 0)
                    *error = a.error;
                return a.result;
            }
            a.current = std::move(a.filled.front());
            a.filled.pop_front();
        }
        const qint64 n = std::min(size - copied, a.current.size - a.offset);
        std::memcpy(buffer + copied, a.current.bytes.constData() + a.offset, size_t(n));
        a.offset += n;
        copied += n;
    }
    return copied;
}

qint64 PartStream::readNow(char *buffer, qint64 size, QString *error)
{
    const zip_int64_t n = zip_fread(mFile, buffer, zip_uint64_t(size));
    if (n < 0) {
        *error = damagedPart(mName, QString::fromLocal8Bit(zip_file_strerror(mFile)));
        return -1;
    }
    mRead += n;
    if (mRead > mMaxBytes || (mClaimed >= 0 && mRead > mClaimed)) {
        *error = tooLargePart(mName, mMaxBytes);
        return -1;
    }
    return n;
}

} // namespace jy::xlsx
