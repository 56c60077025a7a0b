#include "reports/reportpainter.h"
#include "reports/pdffile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace jy {

namespace {

QString tr(const char *text, const char *comment = nullptr)
{
    return QCoreApplication::translate("jy::ReportPainter", text, comment);
}

const QString kSong = QStringLiteral("AR PL UMing CN");
const QString kHei = QStringLiteral("WenQuanYi Zen Hei");

// Millimetres of the page (GB/T 9704 puts the type area at 156 × 225 mm, 37 mm from the top;
// reports with tables get a little more height).
constexpr double kTop = 30, kBottom = 30, kLeft = 28, kRight = 26, kFooterFromBottom = 18;
constexpr int kResolution = 600; // dots per inch of PDF coordinates
constexpr double kCellPadX = 1.2, kCellPadY = 1.4, kMinRowHeight = 7.5, kLineWidth = 0.25;

enum FontRole { Title, Subtitle, Number, Heading, Body, Cell, CellHead, Small, TitleFitted, FontCount };

struct Op
{
    enum Kind { Text, Stroke, Fill, Line, Bar } kind = Text;
    QRectF rect;       // Line: from topLeft to bottomRight
    QString text;
    int font = Body;
    int flags = 0;
    bool grey = false;
};

struct Page
{
    QList<Op> ops;
};

class Layout
{
public:
    Layout(const ReportDocument &doc, QPaintDevice *device) : mDoc(doc), mDevice(device)
    {
        mMm = device->logicalDpiX() / 25.4;
        mArea = QRectF(kLeft * mMm, kTop * mMm, device->width() - (kLeft + kRight) * mMm,
                       device->height() - (kTop + kBottom) * mMm);
        const struct { QString family; double points; } spec[FontCount] = {
            {kHei, 22}, {kSong, 14}, {kSong, 12}, {kHei, 14}, {kSong, 12}, {kSong, 10.5}, {kHei, 10.5}, {kSong, 10.5}, {kHei, 22}};
        for (int i = 0; i < FontCount; ++i) {
            QFont f(spec[i].family);
            f.setPointSizeF(spec[i].points);
            f.setWeight(QFont::Normal); // never bold: synthetic bold extracts twice
            f.setHintingPreference(QFont::PreferNoHinting);
            // Glyphs missing from the report face come from the other one before anything else.
            f.setFamilies({spec[i].family, spec[i].family == kSong ? kHei : kSong});
            mFonts[i] = f;
        }
    }

    QList<Page> run()
    {
        mPages.clear();
        newPage();
        titleBlock();
        for (const ReportBlock &b : mDoc.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Heading:
                heading(b);
                break;
            case ReportBlock::Kind::Paragraph:
                paragraph(b, Body);
                break;
            case ReportBlock::Kind::Table:
                table(b);
                break;
            case ReportBlock::Kind::Fields:
                fields(b);
                break;
            case ReportBlock::Kind::BarChart:
                barChart(b);
                break;
            }
        }
        ensure(closingHeight()); // signatures, organisation, date and seal stay together
        signatures();
        issuer();
        return mPages;
    }

    const QFont &font(int role) const { return mFonts[role]; }
    double mm() const { return mMm; }

private:
    double bottom() const { return mArea.bottom(); }
    void newPage()
    {
        mPages.append(Page());
        mY = mArea.top();
    }
    void ensure(double height)
    {
        if (mY + height > bottom() && mY > mArea.top())
            newPage();
    }
    void add(const Op &op) { mPages.last().ops.append(op); }
    void text(const QRectF &rect, const QString &text, int font, int flags, bool grey = false)
    {
        Op op;
        op.kind = Op::Text;
        op.rect = rect;
        op.text = text;
        op.font = font;
        op.flags = flags;
        op.grey = grey;
        add(op);
    }
    void box(const QRectF &rect, Op::Kind kind)
    {
        Op op;
        op.kind = kind;
        op.rect = rect;
        add(op);
    }
    void line(const QPointF &a, const QPointF &b)
    {
        Op op;
        op.kind = Op::Line;
        op.rect = QRectF(a, b);
        add(op);
    }
    double textHeight(const QString &text, int font, double width) const
    {
        const QFontMetricsF fm(mFonts[font], mDevice);
        if (text.isEmpty())
            return fm.height();
        return fm.boundingRect(QRectF(0, 0, width, 1e7), Qt::TextWordWrap | Qt::AlignLeft, text).height();
    }
    double textWidth(const QString &text, int font) const { return QFontMetricsF(mFonts[font], mDevice).horizontalAdvance(text); }

    void centred(const QString &s, int font, double gapAfter)
    {
        if (s.isEmpty())
            return;
        const double h = textHeight(s, font, mArea.width());
        text(QRectF(mArea.left(), mY, mArea.width(), h), s, font, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap);
        mY += h + gapAfter * mMm;
    }

    void titleBlock()
    {
        // A title a little too long for the line is set smaller, down to 16 pt, rather than
        // leaving its last character alone on a second line (…统计 / 表).
        int title = Title;
        const double width = textWidth(mDoc.title, Title);
        if (width > mArea.width()) {
            title = TitleFitted;
            mFonts[TitleFitted].setPointSizeF(std::max(16.0, mFonts[Title].pointSizeF() * mArea.width() / width * 0.98));
        }
        centred(mDoc.title, title, mDoc.subtitle.isEmpty() && mDoc.number.isEmpty() ? 8 : 3);
        centred(mDoc.subtitle, Subtitle, mDoc.number.isEmpty() ? 6 : 2);
        if (!mDoc.number.isEmpty()) {
            const double h = textHeight(mDoc.number, Number, mArea.width());
            text(QRectF(mArea.left(), mY, mArea.width(), h), mDoc.number, Number, Qt::AlignRight | Qt::AlignTop);
            mY += h + 5 * mMm;
        }
    }

    void heading(const ReportBlock &b)
    {
        const double h = textHeight(b.text, Heading, mArea.width());
        ensure(h + 12 * mMm); // never the last line of a page
        mY += 2 * mMm;
        text(QRectF(mArea.left(), mY, mArea.width(), h), b.text, Heading, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        mY += h + 3 * mMm;
    }

    // Line by line, so that a long paragraph may continue on the next page; the first line is
    // indented by two characters.
    void paragraph(const ReportBlock &b, int font)
    {
        const QFontMetricsF fm(mFonts[font], mDevice);
        const double indent = b.indent ? 2 * fm.horizontalAdvance(QChar(0x4E2D)) : 0;
        const double lineHeight = fm.height() * 1.55;
        QTextLayout layout(b.text, mFonts[font], mDevice);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        bool first = true;
        for (;;) {
            QTextLine tl = layout.createLine();
            if (!tl.isValid())
                break;
            const double x = first ? indent : 0;
            tl.setLineWidth(mArea.width() - x);
            ensure(lineHeight);
            const QString part = b.text.mid(tl.textStart(), tl.textLength()).trimmed();
            text(QRectF(mArea.left() + x, mY, mArea.width() - x, lineHeight), part, font,
                 (b.alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
            mY += lineHeight;
            first = false;
        }
        layout.endLayout();
        mY += 2 * mMm;
    }

    // A bar chart drawn with the page's own pens and faces (vector, its labels searchable in the
    // PDF): a value axis with four steps, a bar per label with its value over it, the caption below.
    void barChart(const ReportBlock &b)
    {
        const int n = int(std::min(b.barLabels.size(), b.barValues.size()));
        if (n == 0)
            return;
        const double height = 58 * mMm, captionHeight = b.text.isEmpty() ? 0 : 7 * mMm;
        ensure(height + captionHeight + 4 * mMm);
        double top = 0;
        for (int i = 0; i < n; ++i)
            top = std::max(top, b.barValues.at(i));
        // A round step: 1, 2 or 5 times a power of ten, four of them above the highest bar.
        double step = 1;
        if (top > 0) {
            const double raw = top / 4;
            const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
            step = raw <= magnitude ? magnitude : raw <= 2 * magnitude ? 2 * magnitude : raw <= 5 * magnitude ? 5 * magnitude : 10 * magnitude;
        }
        const double axisMax = step * 4;
        const double labelWidth = 14 * mMm, valueHeight = 4.5 * mMm;
        // Labels under the bars may take two lines (服务类别 names) but never run into the caption.
        double labelHeight = 5 * mMm;
        const double slotWidth = (mArea.width() - labelWidth) / n;
        for (int i = 0; i < n; ++i)
            labelHeight = std::max(labelHeight, textHeight(b.barLabels.at(i), Small, slotWidth) + 1.5 * mMm);
        const QRectF plot(mArea.left() + labelWidth, mY + valueHeight, mArea.width() - labelWidth,
                          height - labelHeight - valueHeight);
        for (int k = 0; k <= 4; ++k) {
            const double y = plot.bottom() - plot.height() * k / 4;
            line(QPointF(plot.left(), y), QPointF(k == 0 ? plot.right() : plot.left() + 1.5 * mMm, y));
            text(QRectF(mArea.left(), y - 2.5 * mMm, labelWidth - 1.5 * mMm, 5 * mMm), ReportDocument::formatNumber(step * k), Small,
                 Qt::AlignRight | Qt::AlignVCenter, true);
        }
        line(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()));
        const double slot = slotWidth;
        for (int i = 0; i < n; ++i) {
            const double value = b.barValues.at(i);
            const double h = axisMax > 0 ? plot.height() * value / axisMax : 0;
            const QRectF bar(plot.left() + slot * (i + 0.2), plot.bottom() - h, slot * 0.6, h);
            if (h > 0) {
                Op op;
                op.kind = Op::Bar;
                op.rect = bar;
                add(op);
            }
            text(QRectF(plot.left() + slot * i, bar.top() - valueHeight, slot, valueHeight), ReportDocument::formatNumber(value),
                 Small, Qt::AlignHCenter | Qt::AlignBottom);
            text(QRectF(plot.left() + slot * i, plot.bottom() + 0.8 * mMm, slot, labelHeight), b.barLabels.at(i), Small,
                 Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap);
        }
        mY += height;
        if (!b.text.isEmpty()) {
            text(QRectF(mArea.left(), mY, mArea.width(), captionHeight), b.text, Small, Qt::AlignHCenter | Qt::AlignTop);
            mY += captionHeight;
        }
        mY += 4 * mMm;
    }

    // Widths from the content: every column gets at least its widest unbreakable word (so "★★★★★"
    // and volunteer numbers never clip), then its longest line if room allows; spare room goes
    // by the block's relative widths.
    QList<double> columnWidths(const ReportBlock &b) const
    {
        const int n = int(b.header.size());
        const double pad = 2 * kCellPadX * mMm + 0.5 * mMm;
        QList<double> least(n, 0), natural(n, 0), share(n, 0);
        // A header may take two lines (服务时长 / （小时）); body cells should keep to one.
        const auto measure = [&](int c, const QString &cell, int font, double lines) {
            const QFontMetricsF fm(mFonts[font], mDevice);
            for (const QString &word : cell.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                least[c] = qMax(least[c], (isBreakable(word) ? fm.horizontalAdvance(word.left(2)) : fm.horizontalAdvance(word)) + pad);
            for (const QString &line : cell.split(QLatin1Char('\n')))
                natural[c] = qMax(natural[c], fm.horizontalAdvance(line) / lines + pad);
        };
        for (int c = 0; c < n; ++c) {
            share[c] = c < b.widths.size() && b.widths.at(c) > 0 ? b.widths.at(c) : 10;
            measure(c, b.header.at(c), CellHead, 2);
            for (const QVariantList &row : b.rows)
                measure(c, ReportDocument::cellText(row.value(c)), Cell, 1);
            if (!b.totalRow.isEmpty())
                measure(c, ReportDocument::cellText(b.totalRow.value(c)), CellHead, 1);
            least[c] = qMax(least[c], b.minWidthsMm.value(c) * mMm);
            natural[c] = qMax(natural[c], least[c]);
        }
        const double room = mArea.width();
        QList<double> w(n, 0);
        if (sum(least) >= room) { // too many columns: squeeze them all alike
            for (int c = 0; c < n; ++c)
                w[c] = least[c] * room / sum(least);
            return w;
        }
        if (sum(natural) <= room) { // everything fits on one line: share out what is left
            const double spare = room - sum(natural);
            for (int c = 0; c < n; ++c)
                w[c] = natural[c] + spare * share[c] / sum(share);
            return w;
        }
        // Between the two: the columns that need least to stay on one line get it first (names,
        // numbers, dates), so that wrapping falls on the long texts; what is left is shared by
        // the rest in proportion to what each still lacks.
        for (int c = 0; c < n; ++c)
            w[c] = least[c];
        double left = room - sum(least);
        QList<int> order;
        for (int c = 0; c < n; ++c)
            order << c;
        std::sort(order.begin(), order.end(), [&](int a, int b) { return natural[a] - least[a] < natural[b] - least[b]; });
        // A column whose one line would take more than its relative share waits for the second
        // round, so that a long "awarded by" cannot starve the title column beside it.
        const double shares = sum(share);
        QList<int> rest;
        for (int c : order) {
            const double lack = natural[c] - least[c];
            if (lack <= left && natural[c] <= room * share[c] / shares) {
                left -= lack;
                w[c] = natural[c];
            } else {
                rest << c;
            }
        }
        double lacking = 0;
        for (int c : rest)
            lacking += natural[c] - least[c];
        for (int c : rest)
            if (lacking > 0)
                w[c] += (natural[c] - least[c]) * std::min(1.0, left / lacking);
        return w;
    }

    // CJK text may break between any two characters; Latin words and symbol runs may not.
    static bool isBreakable(const QString &word)
    {
        for (const QChar ch : word)
            if (ch.script() == QChar::Script_Han)
                return true;
        return false;
    }

    double rowHeight(const QStringList &cells, const QList<double> &widths, int font, double minMm) const
    {
        double h = qMax(kMinRowHeight, minMm) * mMm;
        for (int c = 0; c < cells.size() && c < widths.size(); ++c)
            h = qMax(h, textHeight(cells.at(c), font, widths.at(c) - 2 * kCellPadX * mMm) + 2 * kCellPadY * mMm);
        return h;
    }

    void row(const QStringList &cells, const QList<double> &widths, double height, int font, bool shaded)
    {
        double x = mArea.left();
        for (int c = 0; c < widths.size(); ++c) {
            const QRectF cell(x, mY, widths.at(c), height);
            if (shaded)
                box(cell, Op::Fill);
            box(cell, Op::Stroke);
            const QString s = c < cells.size() ? cells.at(c) : QString();
            if (!s.isEmpty()) {
                const QRectF inner = cell.adjusted(kCellPadX * mMm, kCellPadY * mMm, -kCellPadX * mMm, -kCellPadY * mMm);
                // Centred when it fits on one line; text that wraps reads better from the left.
                const bool wraps = textWidth(s, font) > inner.width();
                text(inner, s, font, (wraps ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter) | Qt::TextWordWrap);
            }
            x += widths.at(c);
        }
        mY += height;
    }

    static QStringList texts(const QVariantList &cells)
    {
        QStringList out;
        for (const QVariant &v : cells)
            out << ReportDocument::cellText(v);
        return out;
    }

    void table(const ReportBlock &b)
    {
        const QList<double> widths = columnWidths(b);
        const double headHeight = rowHeight(b.header, widths, CellHead, 8.5);
        QList<QVariantList> rows = b.rows;
        const bool hasTotal = !b.totalRow.isEmpty();
        const int count = int(rows.size()) + (hasTotal ? 1 : 0);
        for (int i = -1; i < count; ++i) {
            const bool isTotal = hasTotal && i == count - 1;
            const QStringList cells = i < 0 ? QStringList() : texts(isTotal ? b.totalRow : rows.at(i));
            const int font = isTotal ? CellHead : Cell;
            const double h = i < 0 ? 0 : rowHeight(cells, widths, font, b.minRowHeightMm);
            if (i < 0) {
                // The header never stands alone at the foot of a page.
                const double firstRow = count ? rowHeight(texts(hasTotal && count == 1 ? b.totalRow : rows.value(0)), widths, Cell,
                                                          b.minRowHeightMm)
                                              : 0;
                ensure(headHeight + firstRow);
                row(b.header, widths, headHeight, CellHead, true);
                continue;
            }
            if (mY + h > bottom()) {
                newPage();
                row(b.header, widths, headHeight, CellHead, true); // the header again on each page
            }
            row(cells, widths, h, font, false);
        }
        mY += 5 * mMm;
    }

    void fields(const ReportBlock &b)
    {
        const int per = b.fieldsPerRow;
        const double pairWidth = mArea.width() / per;
        const double labelWidth = pairWidth * 0.36;
        // Rows of fields: a wide field takes what is left of its row.
        QList<QList<ReportField>> lines;
        for (const ReportField &f : b.fields) {
            if (lines.isEmpty() || lines.last().size() >= per || (lines.last().size() && lines.last().last().wide))
                lines.append(QList<ReportField>());
            lines.last().append(f);
            if (f.wide)
                lines.append(QList<ReportField>());
        }
        for (const QList<ReportField> &fieldsOfRow : lines) {
            if (fieldsOfRow.isEmpty())
                continue;
            QStringList cells;
            QList<double> widths;
            for (int i = 0; i < fieldsOfRow.size(); ++i) {
                const ReportField &f = fieldsOfRow.at(i);
                const bool last = i == fieldsOfRow.size() - 1;
                const double valueWidth = last ? mArea.width() - (widths.isEmpty() ? 0 : sum(widths)) - labelWidth
                                               : pairWidth - labelWidth;
                cells << f.label << f.value;
                widths << labelWidth << valueWidth;
            }
            const double h = rowHeight(cells, widths, Cell, 9);
            ensure(h);
            double x = mArea.left();
            for (int c = 0; c < cells.size(); ++c) {
                const QRectF cell(x, mY, widths.at(c), h);
                const bool label = c % 2 == 0;
                if (label)
                    box(cell, Op::Fill);
                box(cell, Op::Stroke);
                text(cell.adjusted(kCellPadX * mMm, kCellPadY * mMm, -kCellPadX * mMm, -kCellPadY * mMm), cells.at(c),
                     label ? CellHead : Cell, (label ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextWordWrap);
                x += widths.at(c);
            }
            mY += h;
        }
        mY += 5 * mMm;
    }

    static double sum(const QList<double> &values)
    {
        double s = 0;
        for (double v : values)
            s += v;
        return s;
    }

    double signatureHeight() const
    {
        return mDoc.signatures.isEmpty() ? 0 : QFontMetricsF(mFonts[Body], mDevice).height() * 1.8 + 10 * mMm;
    }
    double issuerHeight() const
    {
        if (mDoc.organisation.isEmpty() && !mDoc.issuedOn.isValid())
            return 0;
        return (mDoc.sealSpace ? 14 : 4) * mMm + 2 * QFontMetricsF(mFonts[Body], mDevice).height() * 1.55;
    }
    double closingHeight() const { return signatureHeight() + issuerHeight(); }

    // One row: "制表人：____ 审核人：____", each name (when known) written over its line.
    void signatures()
    {
        if (mDoc.signatures.isEmpty())
            return;
        const QFontMetricsF fm(mFonts[Body], mDevice);
        const double h = fm.height() * 1.8;
        ensure(signatureHeight());
        mY += 6 * mMm;
        const double slot = mArea.width() / mDoc.signatures.size();
        double x = mArea.left();
        for (const ReportSignature &s : mDoc.signatures) {
            const double lw = fm.horizontalAdvance(s.label);
            text(QRectF(x, mY, lw, h), s.label, Body, Qt::AlignLeft | Qt::AlignBottom);
            const double lineEnd = x + slot - 6 * mMm;
            line(QPointF(x + lw, mY + h), QPointF(lineEnd, mY + h));
            if (!s.name.isEmpty())
                text(QRectF(x + lw, mY, lineEnd - x - lw, h), s.name, Body, Qt::AlignHCenter | Qt::AlignBottom);
            x += slot;
        }
        mY += h + 4 * mMm;
    }

    // GB/T 9704: the date ends four characters from the right margin, the organisation is centred
    // over it, and the seal (about 42 mm) covers both; nothing else of the page goes under it.
    void issuer()
    {
        if (mDoc.organisation.isEmpty() && !mDoc.issuedOn.isValid())
            return;
        const QFontMetricsF fm(mFonts[Body], mDevice);
        const double lh = fm.height() * 1.55;
        const double sealRoom = mDoc.sealSpace ? 14 * mMm : 4 * mMm;
        ensure(issuerHeight());
        mY += sealRoom;
        const QString date = ReportDocument::formatDate(mDoc.issuedOn);
        const double right = mArea.right() - 4 * fm.horizontalAdvance(QChar(0x4E2D));
        const double dateWidth = fm.horizontalAdvance(date);
        const double centre = right - dateWidth / 2;
        const double orgWidth = qMin(mArea.width(), fm.horizontalAdvance(mDoc.organisation) + 2 * mMm);
        const double orgLeft = qMax(mArea.left(), qMin(centre - orgWidth / 2, mArea.right() - orgWidth));
        if (mDoc.sealSpace) {
            // Inside Layout, lupdate would file a plain tr() under "jy::Layout".
            const QString seal = QCoreApplication::translate("jy::ReportPainter", "(seal)");
            const QFontMetricsF small(mFonts[Small], mDevice);
            text(QRectF(orgLeft, mY - small.height() * 1.4, orgWidth, small.height() * 1.4), seal, Small, Qt::AlignHCenter | Qt::AlignTop,
                 true);
        }
        if (!mDoc.organisation.isEmpty()) {
            text(QRectF(orgLeft, mY, orgWidth, lh), mDoc.organisation, Body, Qt::AlignHCenter | Qt::AlignVCenter);
            mY += lh;
        }
        if (!date.isEmpty()) {
            text(QRectF(right - dateWidth - mMm, mY, dateWidth + 2 * mMm, lh), date, Body, Qt::AlignHCenter | Qt::AlignVCenter);
            mY += lh;
        }
        mY += 10 * mMm;
    }

    const ReportDocument &mDoc;
    QPaintDevice *mDevice;
    double mMm = 1;
    QRectF mArea;
    QFont mFonts[FontCount];
    QList<Page> mPages;
    double mY = 0;
};

} // namespace

QString ReportPainter::bodyFamily() { return kSong; }
QString ReportPainter::headingFamily() { return kHei; }

QStringList ReportPainter::missingFonts()
{
    QStringList missing;
    const QStringList families = QFontDatabase::families();
    for (const QString &f : {kSong, kHei})
        if (!families.contains(f))
            missing << f;
    return missing;
}

void ReportPainter::preparePage(QPagedPaintDevice *device)
{
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
}

int ReportPainter::paint(const ReportDocument &document, QPagedPaintDevice *device)
{
    Layout layout(document, device);
    const QList<Page> pages = layout.run();
    QPainter p;
    if (!p.begin(device))
        return 0;
    const double mm = layout.mm();
    const QColor ink(Qt::black);
    const QColor shade(0xEE, 0xEE, 0xEE);
    QPen thin(ink, kLineWidth * mm);
    thin.setCapStyle(Qt::SquareCap);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            device->newPage();
        for (const Op &op : pages.at(i).ops) {
            switch (op.kind) {
            case Op::Fill:
                p.fillRect(op.rect, shade);
                break;
            case Op::Stroke:
                p.setPen(thin);
                p.setBrush(Qt::NoBrush);
                p.drawRect(op.rect);
                break;
            case Op::Line:
                p.setPen(thin);
                p.drawLine(op.rect.topLeft(), op.rect.bottomRight());
                break;
            case Op::Bar:
                // Dark enough for a black-and-white office printer, calm in colour.
                p.fillRect(op.rect, QColor(0x4A, 0x6F, 0x96));
                break;
            case Op::Text:
                p.setFont(layout.font(op.font));
                p.setPen(op.grey ? QColor(0x88, 0x88, 0x88) : ink);
                p.drawText(op.rect, op.flags, op.text);
                break;
            }
        }
        p.setFont(layout.font(Small));
        p.setPen(ink);
        const QString footer = tr("Page %1 of %2", "page numbers at the foot (zh: 第 %1 页 共 %2 页)").arg(i + 1).arg(pages.size());
        p.drawText(QRectF(0, device->height() - kFooterFromBottom * mm, device->width(), 8 * mm), Qt::AlignHCenter | Qt::AlignTop,
                   footer);
    }
    p.end();
    return int(pages.size());
}

int ReportPainter::pageCount(const ReportDocument &document)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    preparePage(&writer);
    writer.setResolution(kResolution);
    Layout layout(document, &writer);
    return int(layout.run().size());
}

Result<int> ReportPainter::writePdf(const ReportDocument &document, const QString &path)
{
    return writePdfFile(path, document.title, [&document](QPdfWriter &writer) {
        preparePage(&writer);
        writer.setResolution(kResolution);
        return paint(document, &writer);
    });
}

} // namespace jy
