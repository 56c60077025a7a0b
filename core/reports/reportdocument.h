#pragma once
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace jy {

// A label and its value in a key/value section (姓名 | 张三).
struct ReportField
{
    QString label;
    QString value;
    bool wide = false; // takes the rest of its row
};

// One piece of a report's body, in reading order.
struct ReportBlock
{
    enum class Kind { Heading, Paragraph, Table, Fields, BarChart };
    Kind kind = Kind::Paragraph;

    // Heading and Paragraph
    QString text;
    bool indent = true;           // a paragraph's first line starts two characters in
    bool alignRight = false;

    // Table: cells are QString (text), int / qint64 / double (numbers), QDate, or null (blank).
    QStringList header;
    QList<double> widths;         // in characters: relative widths on paper, real widths in .xlsx
    QList<QVariantList> rows;
    QVariantList totalRow;        // empty: no total row
    double minRowHeightMm = 0;    // e.g. room to sign in each line
    QList<double> minWidthsMm;    // per column, 0: as the content needs (e.g. room to sign)

    // Fields
    QList<ReportField> fields;
    int fieldsPerRow = 2;

    // BarChart: a bar per label, its value written over it; `text` is the caption under it.
    QStringList barLabels;
    QList<double> barValues;
};

// One line to sign on: "制表人：________" (name empty) or "负责人：王红" (name given).
struct ReportSignature
{
    QString label;
    QString name;
};

// A report's content, computed once in core and rendered several ways: to PDF and printers
// (ReportPainter, the same code for preview, paper and file) and to .xlsx (ReportXlsx).
// It holds finished text and numbers, never database handles, so rendering cannot change it.
struct ReportDocument
{
    QString title;
    QString subtitle;             // e.g. the period, under the title
    QString number;               // a document number such as a certificate's, right under the title
    QList<ReportBlock> blocks;
    QList<ReportSignature> signatures; // in one row after the body
    QString organisation;         // the issuing community or organisation, bottom right
    QDate issuedOn;               // under the organisation
    bool sealSpace = true;        // leave room for the official seal over organisation and date

    ReportBlock &addHeading(const QString &text);
    ReportBlock &addParagraph(const QString &text, bool indent = true);
    ReportBlock &addTable(const QStringList &header, const QList<double> &widths);
    ReportBlock &addFields(const QList<ReportField> &fields, int perRow = 2);
    ReportBlock &addBarChart(const QStringList &labels, const QList<double> &values, const QString &caption = {});

    // The first table: what a spreadsheet export holds. Null when there is none.
    const ReportBlock *mainTable() const;

    // Shared wording for every report.
    static QString formatDate(const QDate &date);         // 2026年11月29日
    static QString formatPeriod(const QDate &from, const QDate &to);
    static QString formatNumber(double value);            // 12, 12.5, 12.25
    static QString cellText(const QVariant &cell);         // how a cell reads on paper
    static QString stars(int count);                       // ★★★
};

} // namespace jy
