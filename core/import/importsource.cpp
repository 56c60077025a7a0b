#include "import/importsource.h"
#include "import/csvreader.h"
#include "import/xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

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

bool ImportSource::read(int sheet, const std::function<bool(int, const QStringList &)> &onRow)
{
    if (mXlsx) {
        if (!mXlsx->readSheet(sheet, onRow)) {
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
