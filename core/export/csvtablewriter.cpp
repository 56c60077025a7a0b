#include "export/csvtablewriter.h"

#include <QCoreApplication>
#include <QDate>

namespace jy {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("jy::CsvTableWriter", text); }

// Text Excel would change on opening: long digit runs (ID numbers and phones become
// 2.10211E+17 or lose their last digits), leading zeros, and formula starts (= + - @).
bool excelWouldConvert(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@'))
        return true;
    for (QChar ch : text) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return false;
    }
    return text.size() >= 11 || (text.size() > 1 && first == QLatin1Char('0'));
}

} // namespace

CsvTableWriter::CsvTableWriter(const QString &path)
    : mFile(path)
{
    mFailed = !mFile.open(QIODevice::WriteOnly | QIODevice::Truncate) || mFile.write("\xEF\xBB\xBF", 3) != 3;
}

CsvTableWriter::~CsvTableWriter()
{
    if (!mClosed && mFile.isOpen()) {
        mFile.close();
        mFile.remove();
    }
}

QString CsvTableWriter::field(const QVariant &cell)
{
    QString text;
    if (!cell.isValid() || cell.isNull())
        return text;
    if (cell.typeId() == QMetaType::QDate)
        return cell.toDate().toString(QStringLiteral("yyyy-MM-dd"));
    text = cell.toString();
    // A tab inside the quotes makes Excel keep the cell as text, and our importer's trim
    // (CellValue::halfWidth) reads the value back unchanged — unlike ="…" or a leading '.
    if (cell.typeId() == QMetaType::QString && excelWouldConvert(text))
        text.prepend(QLatin1Char('\t'));
    static const QString special = QStringLiteral(",\"\r\n\t");
    bool quote = !text.isEmpty() && (text.at(0).isSpace() || text.at(text.size() - 1).isSpace());
    for (int i = 0; !quote && i < text.size(); ++i)
        quote = special.contains(text.at(i));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvTableWriter::writeLine(const QStringList &fields)
{
    if (mFailed)
        return;
    const QByteArray line = (fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    if (mFile.write(line) != line.size())
        mFailed = true;
}

void CsvTableWriter::setTitle(const QString &title)
{
    writeLine({field(title)});
}

void CsvTableWriter::setHeader(const QStringList &headers, const QList<double> &)
{
    QStringList fields;
    for (const QString &header : headers)
        fields << field(header);
    writeLine(fields);
}

void CsvTableWriter::addRow(const QVariantList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QVariant &cell : cells)
        fields << field(cell);
    writeLine(fields);
}

Status CsvTableWriter::close()
{
    if (mClosed)
        return Status::fail(QStringLiteral("path"), tr("The file %1 was already closed.").arg(mFile.fileName()));
    mClosed = true;
    const bool opened = mFile.isOpen();
    if (!mFailed)
        mFailed = !mFile.flush();
    QString reason = mFile.errorString();
    if (opened) {
        mFile.close();
        if (!mFailed && mFile.error() != QFileDevice::NoError) {
            mFailed = true;
            reason = mFile.errorString();
        }
    }
    if (!mFailed)
        return success();
    if (opened) // never a file we could not open: it is someone else's
        mFile.remove();
    return Status::fail(QStringLiteral("path"), tr("Could not write %1: %2").arg(mFile.fileName(), reason));
}

} // namespace jy
