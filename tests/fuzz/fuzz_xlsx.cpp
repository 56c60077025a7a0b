// libFuzzer target: .xlsx bytes from anywhere through XlsxReader, every sheet read to the end.
#include "import/xlsxreader.h"

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>

namespace {

struct Part
{
    QByteArray name;
    QByteArray data;
};

bool unzip(const uint8_t *data, size_t size, QList<Part> *parts)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(data, size, 0, &error);
    zip_t *zip = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!zip) {
        zip_source_free(source);
        return false;
    }
    bool ok = true;
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; ok && i < count && i < 64; ++i) {
        zip_stat_t st;
        if (zip_stat_index(zip, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > (1 << 20)) {
            ok = false;
            break;
        }
        zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(i), 0);
        if (!file) {
            ok = false;
            break;
        }
        QByteArray content(qsizetype(st.size), Qt::Uninitialized);
        ok = zip_fread(file, content.data(), st.size) == zip_int64_t(st.size);
        zip_fclose(file);
        parts->append({QByteArray(st.name), content});
    }
    zip_discard(zip);
    return ok && !parts->isEmpty();
}

QByteArray zipParts(const QList<Part> &parts, bool deflate)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_error_fini(&error);
    if (!buffer)
        return {};
    zip_source_keep(buffer);
    zip_t *zip = zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr);
    QByteArray bytes;
    if (zip) {
        for (const Part &part : parts) {
            zip_source_t *source = zip_source_buffer(zip, part.data.constData(), zip_uint64_t(part.data.size()), 0);
            const zip_int64_t index = source ? zip_file_add(zip, part.name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
            if (index < 0) {
                zip_source_free(source);
                continue; // a duplicate name, say
            }
            zip_set_file_compression(zip, zip_uint64_t(index), deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 1);
        }
        zip_stat_t st;
        if (zip_close(zip) != 0) {
            zip_discard(zip);
        } else if (zip_source_stat(buffer, &st) == 0 && zip_source_open(buffer) == 0) {
            bytes.resize(qsizetype(st.size));
            if (zip_source_read(buffer, bytes.data(), st.size) != zip_int64_t(st.size))
                bytes.clear();
            zip_source_close(buffer);
        }
    }
    zip_source_free(buffer);
    return bytes;
}

} // namespace

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

// Mutating the zip bytes mostly breaks a CRC and never reaches the XML. So three times in four,
// unpack, mutate one part's XML, and pack again; the rest of the time mutate the raw bytes,
// which exercises libzip's side and our size checks.
extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize, unsigned int seed)
{
    std::minstd_rand random(seed);
    QList<Part> parts;
    if (random() % 4 == 0 || !unzip(data, size, &parts))
        return LLVMFuzzerMutate(data, size, maxSize);
    Part &part = parts[qsizetype(random() % quint32(parts.size()))];
    const qsizetype used = part.data.size();
    part.data.resize(used + 256);
    const size_t mutated = LLVMFuzzerMutate(reinterpret_cast<uint8_t *>(part.data.data()), size_t(used), size_t(part.data.size()));
    part.data.resize(qsizetype(mutated));
    const QByteArray packed = zipParts(parts, random() % 2 == 0);
    if (packed.isEmpty() || size_t(packed.size()) > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, packed.constData(), size_t(packed.size()));
    return size_t(packed.size());
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Small limits keep each run quick; the checks are the same code as with the defaults.
    jy::XlsxReader::Limits limits;
    limits.maxPartBytes = 8 * 1024 * 1024;
    limits.maxSharedStrings = 100'000;
    limits.maxColumns = 1024;
    limits.maxRows = 100'000;
    limits.maxMergedRanges = 10'000;
    limits.maxMergedCells = 1'000'000;
    jy::XlsxReader reader;
    reader.setLimits(limits);
    // Reads split in odd places reach every "token continues in the next read" path; the size
    // of the input picks the split so that a crash reproduces.
    jy::XlsxReader::setReadChunkForTesting(size % 4 == 0 ? 0 : int(1 + size % 127));
    if (!reader.openData(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)))) {
        if (reader.error().isEmpty())
            std::abort();
        return 0;
    }
    const int sheets = int(reader.sheetNames().size());
    if (sheets == 0)
        std::abort(); // open() promises at least one worksheet
    for (int i = 0; i < sheets; ++i) {
        // The promises readSheet makes about what it hands over.
        const bool ok = reader.readSheet(i, [&](int row, const QStringList &cells) {
            if (row < 0 || row >= limits.maxRows || cells.isEmpty() || cells.size() > limits.maxColumns || cells.last().isEmpty())
                std::abort();
            return true;
        });
        if (!ok && reader.error().isEmpty())
            std::abort();
        const QList<QStringList> preview = reader.preview(i, 8);
        if (preview.size() > 8)
            std::abort();
    }
    return 0;
}
