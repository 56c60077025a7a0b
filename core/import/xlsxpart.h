#pragma once
#include <QByteArray>
#include <QString>

#include <memory>

#include <zip.h>

// Reading the parts of the zip package: where a part is, what its relationships file is called,
// and its bytes in chunks. Internal to XlsxReader.
namespace jy::xlsx {

constexpr qint64 kChunkBytes = 256 * 1024;
extern qint64 gChunkBytes; // smaller in tests and under the fuzzer (XlsxReader::setReadChunkForTesting)

// The package's zip handle: from the bytes of data in place when there are any (they must outlive
// the handle), else from the file at path. Null when it is not a zip. One handle per thread.
zip_t *openPackage(const QString &path, const QByteArray &data);

QString damagedPart(const QString &part, const QString &reason);
QString missingPart(const QString &part);
QString tooLargePart(const QString &part, qint64 limit);

zip_int64_t locatePart(zip_t *zip, const QString &name);
QString dirOf(const QString &part);
QString relsPartFor(const QString &part);
// A relationship target, relative to baseDir or absolute ("/xl/worksheets/sheet1.xml"), as a zip entry name.
QString resolveTarget(const QString &baseDir, QString target);

// One part of the package, read in chunks. Its unpacked size is checked before reading and
// counted while reading, because a zip bomb's header can lie.
class PartStream
{
public:
    PartStream(zip_t *zip, const QString &name, qint64 maxBytes);
    ~PartStream();
    PartStream(const PartStream &) = delete;
    PartStream &operator=(const PartStream &) = delete;

    // 1 opened, 0 no such part, -1 error
    int open(QString *error);

    // Bytes read, 0 at the end, -1 on error.
    qint64 read(char *buffer, qint64 size, QString *error);

    // After open(), for a large part read from start to end: a thread unpacks the next chunks
    // while the caller works on this one (unpacking is a tenth of a big import's time). The zip
    // handle must then be left alone until this stream is gone.
    void readAhead();

    const QString &name() const { return mName; }

private:
    struct Ahead;
    qint64 readNow(char *buffer, qint64 size, QString *error);
    std::unique_ptr<Ahead> mAhead;
    zip_t *mZip;
    QString mName;
    qint64 mMaxBytes;
    zip_file_t *mFile = nullptr;
    qint64 mClaimed = -1;
    qint64 mRead = 0;
};

} // namespace jy::xlsx
