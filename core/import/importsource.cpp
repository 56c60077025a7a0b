#include "import/importsource.h"
#include "import/csvreader.h"
#include "import/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::ImportSource", text); }
// A roster CSV of a whole street is ~30 MB; anything far bigger is not a roster.
constexpr qint64 kMaxCsvBytes = 512LL * 1024 * 1024;
} // namespace

ImportSource::ImportSource() = default;
ImportSource::~ImportSource() = default;

bool ImportSource::open(const QString &path)
{
    mPath = path;
    mXlsx.reset();
    mCsvRows.clear();
    const QFileInfo info(path);
    if (!info.exists()) {
        mError = tr("The file %1 does not exist.").arg(path);
        return false;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
        mXlsx = std::make_unique<XlsxReader>();
        if (!mXlsx->open(path)) {
            mError = mXlsx->error();
            mXlsx.reset();
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("xls") || suffix == QLatin1String("et")) {
        mError = tr("%1 is in the old Excel format (.xls). Open it in Excel or WPS and save it as .xlsx, then import that.")
                     .arg(info.fileName());
        return false;
    }
    QFile file(path);
    if (info.size() > kMaxCsvBytes) {
        mError = tr("%1 is too large for a roster (%2 MB).").arg(info.fileName()).arg(info.size() / (1024 * 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        mError = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    mCsvRows = CsvReader::parse(CsvReader::decode(file.readAll()));
    return true;
}

QStringList ImportSource::sheetNames() const
{
    if (mXlsx)
        return mXlsx->sheetNames();
    return {QFileInfo(mPath).completeBaseName()};
}

int ImportSource::sheetIndex(const QString &name) const
{
    return int(sheetNames().indexOf(name));
}

QList<QStringList> ImportSource::preview(int sheet, int maxRows)
{
    if (mXlsx)
        return mXlsx->preview(sheet, maxRows);
    return mCsvRows.mid(0, maxRows);
}

namespace {

// Unpacking and scanning a sheet's XML costs about as much as checking its rows: a thread reads
// ahead while the caller works, handing rows over in batches through a short queue, so memory
// stays bounded whatever the sheet's size. Returning false from onRow stops the reader too.
class ReadAhead
{
public:
    using Rows = std::vector<std::pair<int, QStringList>>;
    static constexpr size_t kBatchRows = 256;
    static constexpr size_t kMaxBatches = 16;

    // Runs on the reading thread; false when the consumer has stopped.
    bool push(int row, const QStringList &cells)
    {
        mFilling.emplace_back(row, cells);
        if (mFilling.size() < kBatchRows)
            return true;
        return flush();
    }

    bool flush()
    {
        std::unique_lock lock(mMutex);
        mChanged.wait(lock, [&] { return mQueue.size() < kMaxBatches || mStopped; });
        if (mStopped)
            return false;
        if (!mFilling.empty())
            mQueue.push_back(std::move(mFilling));
        mFilling = Rows();
        mFilling.reserve(kBatchRows);
        mChanged.notify_all();
        return true;
    }

    void finish()
    {
        flush();
        std::lock_guard lock(mMutex);
        mDone = true;
        mChanged.notify_all();
    }

    // Runs on the caller's thread; false at the end.
    bool take(Rows *rows)
    {
        std::unique_lock lock(mMutex);
        mChanged.wait(lock, [&] { return !mQueue.empty() || mDone; });
        if (mQueue.empty())
            return false;
        *rows = std::move(mQueue.front());
        mQueue.pop_front();
        mChanged.notify_all();
        return true;
    }

    void stop()
    {
        std::lock_guard lock(mMutex);
        mStopped = true;
        mQueue.clear();
        mChanged.notify_all();
    }

private:
    std::mutex mMutex;
    std::condition_variable mChanged;
    std::deque<Rows> mQueue;
    Rows mFilling;
    bool mStopped = false;
    bool mDone = false;
};

} // namespace

bool ImportSource::read(int sheet, const std::function<bool(int, const QStringList &)> &onRow)
{
    if (mXlsx) {
        ReadAhead ahead;
        bool complete = false;
        std::thread reader([&] {
            complete = mXlsx->readSheet(sheet, [&](int row, const QStringList &cells) { return ahead.push(row, cells); });
            ahead.finish();
        });
        // The reader must be stopped and joined however the caller's work ends, a throw included.
        struct Join
        {
            ReadAhead &ahead;
            std::thread &reader;
            ~Join()
            {
                ahead.stop();
                if (reader.joinable())
                    reader.join();
            }
        } join{ahead, reader};
        ReadAhead::Rows rows;
        bool stopped = false;
        while (!stopped && ahead.take(&rows)) {
            for (const auto &[row, cells] : rows) {
                if (!onRow(row, cells)) {
                    stopped = true;
                    break;
                }
            }
        }
        ahead.stop();
        reader.join();
        if (!stopped && !complete) {
            mError = mXlsx->error();
            return false;
        }
        return true;
    }
    for (int i = 0; i < mCsvRows.size(); ++i) {
        if (!onRow(i, mCsvRows.at(i)))
            break;
    }
    return true;
}

} // namespace jy
