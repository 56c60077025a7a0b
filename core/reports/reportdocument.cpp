#include "reports/reportdocument.h"

#include <QCoreApplication>
#include <cmath>

namespace jy {

namespace {
QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("jy::ReportDocument", text, comment);
}
} // namespace

ReportBlock &ReportDocument::addHeading(const QString &text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Heading;
    b.text = text;
    b.indent = false;
    blocks.append(b);
    return blocks.last();
}

ReportBlock &ReportDocument::addParagraph(const QString &text, bool indent)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.text = text;
    b.indent = indent;
    blocks.append(b);
    return blocks.last();
}

ReportBlock &ReportDocument::addTable(const QStringList &header, const QList<double> &widths)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.header = header;
    b.widths = widths;
    blocks.append(b);
    return blocks.last();
}

ReportBlock &ReportDocument::addBarChart(const QStringList &labels, const QList<double> &values, const QString &caption)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::BarChart;
    b.barLabels = labels;
    b.barValues = values;
    b.text = caption;
    blocks.append(b);
    return blocks.last();
}

ReportBlock &ReportDocument::addFields(const QList<ReportField> &fields, int perRow)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Fields;
    b.fields = fields;
    b.fieldsPerRow = qMax(1, perRow);
    blocks.append(b);
    return blocks.last();
}

const ReportBlock *ReportDocument::mainTable() const
{
    for (const ReportBlock &b : blocks)
        if (b.kind == ReportBlock::Kind::Table)
            return &b;
    return nullptr;
}

QString ReportDocument::formatDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return date.toString(tr("yyyy-MM-dd", "the date format of official documents (zh: yyyy年M月d日)"));
}

QString ReportDocument::formatPeriod(const QDate &from, const QDate &to)
{
    return tr("%1 to %2", "a period of dates (zh: %1至%2)").arg(formatDate(from), formatDate(to));
}

QString ReportDocument::formatNumber(double value)
{
    const double rounded = std::round(value * 100) / 100;
    QString text = QString::number(rounded, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString ReportDocument::cellText(const QVariant &cell)
{
    if (!cell.isValid() || cell.isNull())
        return QString();
    switch (cell.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return formatNumber(cell.toDouble());
    case QMetaType::QDate:
        return formatDate(cell.toDate());
    default:
        return cell.toString();
    }
}

QString ReportDocument::stars(int count)
{
    return QString(qMax(0, count), QChar(0x2605));
}

} // namespace jy
