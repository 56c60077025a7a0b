#include "import/xlsxreader.h"

#include <QByteArrayMatcher>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <zip.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace jy {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;
qint64 gChunkBytes = kChunkBytes; // smaller in tests and under the fuzzer
// A token (tag or text) must fit in the read buffer; no real cell, string or tag comes near this.
constexpr qint64 kMaxTokenBytes = 16 * 1024 * 1024;
constexpr qsizetype kMaxTextChars = 1 << 20; // Excel stops at 32,767 per cell
constexpr int kMaxCellStyles = 1 << 20;

enum class NumKind : quint8 { Number, Date, DateTime, Time };
enum class CellType : quint8 { Number, Shared, Inline, Str, Bool, Error, IsoDate };

struct Sheet
{
    QString name;
    QString part;
};

struct Rel
{
    QString id;
    QString type;
    QString target; // resolved to a zip entry name
};

struct Merge
{
    int r1, c1, r2, c2;
    QString value;
};

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

// A relationship target, relative to baseDir or absolute ("/xl/worksheets/sheet1.xml"), as a zip entry name.
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

// "BC12" → column 54, row 11 (0-based); -1 for a part that is missing. Saturates instead of overflowing.
bool parseCellRef(QByteArrayView ref, qint64 *col, qint64 *row)
{
    constexpr qint64 kSaturate = qint64(1) << 40;
    qsizetype i = 0;
    const qsizetype n = ref.size();
    if (i < n && ref[i] == '$')
        ++i;
    qint64 c = 0;
    int letters = 0;
    for (; i < n; ++i) {
        const char ch = ref[i];
        int v;
        if (ch >= 'A' && ch <= 'Z')
            v = ch - 'A' + 1;
        else if (ch >= 'a' && ch <= 'z')
            v = ch - 'a' + 1;
        else
            break;
        c = std::min(c * 26 + v, kSaturate);
        ++letters;
    }
    if (i < n && ref[i] == '$')
        ++i;
    qint64 r = 0;
    int digits = 0;
    for (; i < n; ++i) {
        const char ch = ref[i];
        if (ch < '0' || ch > '9')
            break;
        r = std::min(r * 10 + (ch - '0'), kSaturate);
        ++digits;
    }
    if (i != n || (letters == 0 && digits == 0))
        return false;
    *col = letters ? c - 1 : -1;
    *row = digits ? r - 1 : -1;
    return true;
}

// Excel's _xHHHH_ escapes for characters XML cannot carry (a carriage return is _x000D_).
void decodeEscapes(QString &text)
{
    if (text.indexOf(QLatin1String("_x")) < 0)
        return;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        if (text[i] == QLatin1Char('_') && i + 6 < n && text[i + 1] == QLatin1Char('x') && text[i + 6] == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = QStringView(text).mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                if (code != 0)
                    out += QChar(code);
                i += 7;
                continue;
            }
        }
        out += text[i++];
    }
    text = out;
}

NumKind builtinKind(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54) || id == 57 || id == 58)
        return NumKind::Date;
    if (id == 22)
        return NumKind::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || id == 45 || id == 47 || id == 55 || id == 56)
        return NumKind::Time;
    return NumKind::Number; // 46 is [h]:mm:ss, a duration: the number says more than a clock time
}

// Date and time codes outside "quoted text", \escapes and [brackets] such as [$-F800] or [Red].
NumKind formatKind(QStringView code)
{
    if (code.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
        return NumKind::Number;
    bool day = false, month = false, year = false, hour = false, second = false;
    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t ch = code[i].toLower().unicode();
        if (ch == u'"') {
            while (++i < n && code[i] != QLatin1Char('"')) {
            }
        } else if (ch == u'\\' || ch == u'_' || ch == u'*') {
            ++i;
        } else if (ch == u'[') {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                break;
            const QStringView inner = code.mid(i + 1, close - i - 1);
            // [h]:mm:ss counts time without wrapping at a day: show the number.
            if (!inner.isEmpty() && inner.count(inner.front()) == inner.size()
                && QStringView(u"hHmMsS").contains(inner.front()))
                return NumKind::Number;
            i = close;
        } else if (ch == u';') {
            break; // the first section decides
        } else if (ch == u'a' && (code.mid(i, 5).compare(QLatin1String("AM/PM"), Qt::CaseInsensitive) == 0)) {
            i += 4;
        } else if (ch == u'a' && (code.mid(i, 3).compare(QLatin1String("A/P"), Qt::CaseInsensitive) == 0)) {
            i += 2;
        } else if (ch == u'd') {
            day = true;
        } else if (ch == u'm') {
            month = true;
        } else if (ch == u'y') {
            year = true;
        } else if (ch == u'h') {
            hour = true;
        } else if (ch == u's') {
            second = true;
        }
    }
    // "m" is minutes next to h or s (h:mm, mm:ss), months otherwise.
    const bool date = day || year || (month && !hour && !second);
    if (date)
        return hour ? NumKind::DateTime : NumKind::Date;
    if (hour || second)
        return NumKind::Time;
    return NumKind::Number;
}

// Digits written by hand: QDate/QTime::toString parse their format on every call, which was
// a third of the time for a sheet with a date column.
void putDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = char16_t(u'0' + value % 10);
}

QString isoDate(int year, int month, int day)
{
    QString text(10, Qt::Uninitialized);
    auto *p = reinterpret_cast<char16_t *>(text.data());
    putDigits(p, year, 4);
    p[4] = p[7] = u'-';
    putDigits(p + 5, month, 2);
    putDigits(p + 8, day, 2);
    return text;
}

QString clockTime(qint64 seconds)
{
    QString text(8, Qt::Uninitialized);
    auto *p = reinterpret_cast<char16_t *>(text.data());
    putDigits(p, int(seconds / 3600), 2);
    p[2] = p[5] = u':';
    putDigits(p + 3, int(seconds / 60 % 60), 2);
    putDigits(p + 6, int(seconds % 60), 2);
    return text;
}

// Days since 1970-01-01 → proleptic Gregorian date (Howard Hinnant's civil_from_days).
void civilFromDays(qint64 z, int *year, int *month, int *day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(qint64(yoe) + era * 400 + (*month <= 2));
}

// An Excel serial number as a date or time; a null string when it is not one.
QString serialToText(QByteArrayView raw, NumKind kind, bool date1904)
{
    raw = raw.trimmed();
    qint64 days = 0;
    qint64 seconds = 0;
    if (!raw.isEmpty() && raw.size() <= 7 && std::all_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        days = raw.toLongLong(); // the usual case: a whole day
    } else {
        bool ok = false;
        const double value = raw.toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < 0 || value >= 2958466.0) // 9999-12-31 is the last serial
            return {};
        days = qint64(std::floor(value));
        seconds = std::llround((value - double(days)) * 86400.0);
        if (seconds >= 86400) {
            ++days;
            seconds -= 86400;
        }
    }
    if (days >= 2958466)
        return {};
    if (kind == NumKind::Time)
        return clockTime(seconds);

    // Days since 1970-01-01 of the serial's day.
    qint64 epochDays;
    if (date1904)
        epochDays = days - 24107; // 1904-01-01
    else if (days == 0) // Excel shows 1900-01-00: a time of day typed into a date cell
        return kind == NumKind::DateTime ? clockTime(seconds) : QString();
    else if (days < 60)
        epochDays = days - 25568; // from 1899-12-31
    else
        epochDays = days - 25569; // from 1899-12-30, past the leap day that never was
    int year, month, day;
    if (days == 60 && !date1904) {
        year = 1900, month = 2, day = 29; // Lotus 1-2-3's 1900-02-29, kept by Excel
    } else {
        civilFromDays(epochDays, &year, &month, &day);
    }
    if (year > 9999)
        return {};
    if (kind == NumKind::DateTime && seconds != 0)
        return isoDate(year, month, day) + QLatin1Char(' ') + clockTime(seconds);
    return isoDate(year, month, day);
}

// t="d" cells hold ISO 8601 text: 2020-01-02T00:00:00 → 2020-01-02.
QString isoCellToText(QStringView raw)
{
    raw = raw.trimmed();
    const qsizetype t = raw.indexOf(QLatin1Char('T'));
    if (t < 0)
        return raw.toString();
    const QStringView date = raw.left(t);
    QStringView time = raw.mid(t + 1);
    if (time.endsWith(QLatin1Char('Z')))
        time.chop(1);
    time = time.left(8);
    if (time.isEmpty() || time == QLatin1String("00:00:00") || time == QLatin1String("00:00"))
        return date.toString();
    return date.toString() + QLatin1Char(' ') + time.toString();
}

// One part of the package, read in chunks. Its unpacked size is checked before reading and
// counted while reading, because a zip bomb's header can lie.
class PartStream
{
public:
    PartStream(zip_t *zip, const QString &name, qint64 maxBytes) : mZip(zip), mName(name), mMaxBytes(maxBytes) {}
    ~PartStream()
    {
        if (mFile)
            zip_fclose(mFile);
    }
    PartStream(const PartStream &) = delete;
    PartStream &operator=(const PartStream &) = delete;

    // 1 opened, 0 no such part, -1 error
    int open(QString *error)
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

    // Bytes read, 0 at the end, -1 on error.
    qint64 read(char *buffer, qint64 size, QString *error)
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

    const QString &name() const { return mName; }

private:
    zip_t *mZip;
    QString mName;
    qint64 mMaxBytes;
    zip_file_t *mFile = nullptr;
    qint64 mClaimed = -1;
    qint64 mRead = 0;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

template <qsizetype N>
bool is(QByteArrayView view, const char (&literal)[N])
{
    return view.size() == N - 1 && std::memcmp(view.data(), literal, N - 1) == 0;
}

// QByteArrayView's == calls out of line; names here are a few bytes.
inline bool same(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

// A small non-negative decimal such as a style or string index; -1 when it is not one.
qint64 smallNumber(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 12)
        return -1;
    qint64 value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Bytes that end an XML name (anything at or below ' ' included).
struct NameEndTable
{
    bool end[256] = {};
    constexpr NameEndTable()
    {
        for (int c = 0; c < 256; ++c)
            end[c] = c <= ' ' || c == '/' || c == '>' || c == '=' || c == '<' || c == '"' || c == '\'';
    }
};
constexpr NameEndTable kNameEnd;

const char *findSequence(const char *from, const char *end, const char *sequence, qsizetype length)
{
    const char *hit = std::search(from, end, sequence, sequence + length);
    return hit == end ? nullptr : hit;
}

void appendUtf8(QString &out, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const qsizetype old = out.size();
    out.resize(old + bytes.size()); // UTF-16 never needs more units than UTF-8 has bytes
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QChar *end = utf8.appendToBuffer(out.data() + old, bytes);
    out.resize(end - out.constData());
}

// XML text to a string: the five named entities, character references, line ends made \n.
// An unknown entity stays as written: nothing in a spreadsheet depends on it.
void appendDecoded(QString &out, QByteArrayView raw, qsizetype maxChars = kMaxTextChars)
{
    const qsizetype n = raw.size();
    qsizetype i = 0;
    while (i < n && out.size() < maxChars) {
        qsizetype j = i;
        while (j < n && raw[j] != '&' && raw[j] != '\r')
            ++j;
        appendUtf8(out, raw.sliced(i, std::min(j - i, maxChars - out.size())));
        if (j >= n)
            break;
        i = j + 1;
        if (raw[j] == '\r') {
            out += QLatin1Char('\n');
            if (i < n && raw[i] == '\n')
                ++i;
            continue;
        }
        const qsizetype semicolon = raw.sliced(i, std::min<qsizetype>(n - i, 12)).indexOf(';');
        if (semicolon < 0) {
            out += QLatin1Char('&');
            continue;
        }
        const QByteArrayView name = raw.sliced(i, semicolon);
        char32_t code = 0;
        if (is(name, "lt"))
            code = '<';
        else if (is(name, "gt"))
            code = '>';
        else if (is(name, "amp"))
            code = '&';
        else if (is(name, "quot"))
            code = '"';
        else if (is(name, "apos"))
            code = '\'';
        else if (name.startsWith('#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
            const uint value = name.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
            if (ok && value > 0 && value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF))
                code = value;
        }
        if (code == 0) {
            out += QLatin1Char('&');
            continue;
        }
        if (QChar::requiresSurrogates(code)) {
            out += QChar(QChar::highSurrogate(code));
            out += QChar(QChar::lowSurrogate(code));
        } else {
            out += QChar(char16_t(code));
        }
        i += semicolon + 1;
    }
}

QString decodeRaw(QByteArrayView raw)
{
    if (!raw.contains('&') && !raw.contains('\r'))
        return QString::fromUtf8(raw);
    QString text;
    appendDecoded(text, raw);
    return text;
}

QByteArrayView localName(QByteArrayView qualified)
{
    for (qsizetype i = qualified.size() - 1; i >= 0; --i) {
        if (qualified[i] == ':')
            return qualified.sliced(i + 1);
    }
    return qualified;
}

// A pull parser for the package's XML. QXmlStreamReader needed 6 s of CPU for the 130 MB of
// XML in a 200,000-row sheet on the build machine; this one works on the UTF-8 bytes in place.
// It checks what matters for reading cells safely (tags balance, one root, quotes close, no
// DTD) and compares local names, so <x:row> is a row. Views it returns live until next().
class XmlScanner
{
public:
    enum Token : quint8 { StartElement, EndElement, Text, EndDocument, Invalid };

    XmlScanner(zip_t *zip, const QString &part, qint64 maxBytes)
        : mPart(part), mStream(std::make_unique<PartStream>(zip, part, maxBytes))
    {
    }
    // A piece of a part already in memory; read leniently (no single root required).
    XmlScanner(const QByteArray &fragment, const QString &part)
        : mPart(part), mBuf(fragment), mEnd(fragment.size()), mEof(true), mFragment(true)
    {
    }

    // 1 opened, 0 no such part, -1 error
    int open(QString *error) { return mStream ? mStream->open(error) : 1; }

    Token next()
    {
        if (mFailed)
            return Invalid;
        if (mPendingEnd) {
            mPendingEnd = false;
            popName();
            return mToken = EndElement;
        }
        for (;;) {
            switch (scan()) {
            case Scan::Done:
                return mToken;
            case Scan::Skipped:
                continue;
            case Scan::Failed:
                return Invalid;
            case Scan::NeedMore:
                break;
            }
            if (mEof) {
                if (mFragment)
                    return mToken = EndDocument;
                const char *p = mBuf.constData() + mPos;
                if (!std::all_of(p, mBuf.constData() + mEnd, isSpace) || !mNameEnds.empty() || !mSeenRoot) {
                    fail(QStringLiteral("unexpected end"));
                    return Invalid;
                }
                return mToken = EndDocument;
            }
            if (!refill())
                return Invalid;
        }
    }

    // The local name of the element just started or ended.
    QByteArrayView name() const { return mName; }

    // Raw value (entities not decoded) of an unprefixed attribute of the element just started.
    QByteArrayView attribute(QByteArrayView local) const
    {
        for (const Attribute &a : mAttributes) {
            if (!a.prefixed && same(a.local, local))
                return a.value;
        }
        return {};
    }
    // The same for a prefixed one, such as r:id.
    QByteArrayView prefixedAttribute(QByteArrayView local) const
    {
        for (const Attribute &a : mAttributes) {
            if (a.prefixed && same(a.local, local))
                return a.value;
        }
        return {};
    }
    static QString decoded(QByteArrayView raw)
    {
        QString text;
        appendDecoded(text, raw);
        return text;
    }

    // Appends the current Text token.
    void appendText(QString &out) const
    {
        if (mCdata) {
            if (out.size() < kMaxTextChars)
                appendUtf8(out, mText.first(std::min(mText.size(), kMaxTextChars - out.size())));
        } else {
            appendDecoded(out, mText);
        }
    }

    // Skips the element whose start was just read.
    bool skipElement()
    {
        for (int depth = 1; depth > 0;) {
            switch (next()) {
            case StartElement: ++depth; break;
            case EndElement: --depth; break;
            case Invalid:
            case EndDocument: return false;
            default: break;
            }
        }
        return true;
    }

    // The bytes inside the element just started, entities left as written (CDATA escaped to match).
    bool readRawText(std::string &out)
    {
        for (int depth = 1; depth > 0;) {
            switch (next()) {
            case StartElement: ++depth; break;
            case EndElement: --depth; break;
            case Text:
                if (out.size() >= size_t(kMaxTextChars))
                    break;
                if (mCdata)
                    out.append(mText.toByteArray().replace('&', "&amp;").constData());
                else
                    out.append(mText.data(), size_t(mText.size()));
                break;
            case Invalid:
            case EndDocument: return false;
            }
        }
        return true;
    }

    // Rich text (<si> or <is>): the <t> of every run, without the phonetic <rPh> runs.
    bool readRichText(QString &out)
    {
        int depth = 1;
        int textDepth = 0;     // depth of the open <t>, 0 when outside
        int phoneticDepth = 0; // depth of the open <rPh>
        while (depth > 0) {
            switch (next()) {
            case StartElement:
                ++depth;
                if (!phoneticDepth && is(mName, "rPh"))
                    phoneticDepth = depth;
                else if (!phoneticDepth && !textDepth && is(mName, "t"))
                    textDepth = depth;
                break;
            case EndElement:
                if (depth == textDepth)
                    textDepth = 0;
                if (depth == phoneticDepth)
                    phoneticDepth = 0;
                --depth;
                break;
            case Text:
                if (textDepth)
                    appendText(out);
                break;
            case Invalid:
            case EndDocument:
                return false;
            }
        }
        return true;
    }

    void fail(const QString &detail)
    {
        if (mFailed)
            return;
        mFailed = true;
        mError = QCoreApplication::translate("jy::XlsxReader", "The Excel file is damaged: the part %1 is not valid XML (%2).")
                     .arg(mPart, detail);
    }

    // Why next() gave Invalid, or EndDocument came too early.
    QString error() const
    {
        return mFailed ? mError : damagedPart(mPart, QStringLiteral("unexpected end"));
    }

private:
    enum class Scan { Done, Skipped, NeedMore, Failed };
    static constexpr int kMaxAttributes = 256;
    static constexpr int kMaxDepth = 1024;

    struct Attribute
    {
        QByteArrayView local;
        QByteArrayView value;
        bool prefixed;
    };

    Scan failScan(const char *detail)
    {
        fail(QString::fromLatin1(detail));
        return Scan::Failed;
    }

    Scan scan()
    {
        const char *const base = mBuf.constData();
        const char *const p = base + mPos;
        const char *const e = base + mEnd;
        if (p == e)
            return Scan::NeedMore;
        if (*p != '<') {
            const char *lt = static_cast<const char *>(std::memchr(p, '<', size_t(e - p)));
            if (!lt)
                return Scan::NeedMore;
            mPos = lt - base;
            if (mNameEnds.empty()) {
                if (!mFragment && !std::all_of(p, lt, isSpace))
                    return failScan("text outside the root element");
                return Scan::Skipped;
            }
            mText = QByteArrayView(p, lt - p);
            mCdata = false;
            mToken = Text;
            return Scan::Done;
        }
        if (e - p < 2)
            return Scan::NeedMore;
        if (p[1] == '/')
            return scanEndTag(base, p, e);
        if (p[1] == '?') {
            const char *close = findSequence(p + 2, e, "?>", 2);
            if (!close)
                return Scan::NeedMore;
            const QByteArrayView pi(p + 2, close - p - 2);
            if (pi.startsWith("xml") && pi.size() > 3 && isSpace(pi[3]) && !encodingSupported(pi))
                return failScan("unsupported encoding");
            mPos = close + 2 - base;
            return Scan::Skipped;
        }
        if (p[1] == '!')
            return scanDeclaration(base, p, e);
        return scanStartTag(base, p, e);
    }

    bool encodingSupported(QByteArrayView declaration) const
    {
        const qsizetype at = declaration.indexOf("encoding");
        if (at < 0)
            return true;
        qsizetype i = at + 8;
        while (i < declaration.size() && (isSpace(declaration[i]) || declaration[i] == '='))
            ++i;
        if (i >= declaration.size() || (declaration[i] != '"' && declaration[i] != '\''))
            return false;
        const qsizetype close = declaration.indexOf(declaration[i], i + 1);
        if (close < 0)
            return false;
        const QByteArray encoding = declaration.sliced(i + 1, close - i - 1).toByteArray().toLower();
        if (encoding == "utf-8" || encoding == "utf8")
            return true;
        return mUtf16 && encoding.startsWith("utf-16");
    }

    Scan scanDeclaration(const char *base, const char *p, const char *e)
    {
        const qsizetype available = e - p;
        const auto startsAs = [&](const char *literal, qsizetype length) {
            return std::memcmp(p, literal, size_t(std::min(available, length))) == 0;
        };
        if (startsAs("<!--", 4)) {
            if (available < 4)
                return Scan::NeedMore;
            const char *close = findSequence(p + 4, e, "-->", 3);
            if (!close)
                return Scan::NeedMore;
            mPos = close + 3 - base;
            return Scan::Skipped;
        }
        if (startsAs("<![CDATA[", 9)) {
            if (available < 9)
                return Scan::NeedMore;
            const char *close = findSequence(p + 9, e, "]]>", 3);
            if (!close)
                return Scan::NeedMore;
            mPos = close + 3 - base;
            if (mNameEnds.empty())
                return mFragment ? Scan::Skipped : failScan("text outside the root element");
            mText = QByteArrayView(p + 9, close - p - 9);
            mCdata = true;
            mToken = Text;
            return Scan::Done;
        }
        // A DTD: spreadsheets never carry one, and refusing it rules out entity expansion tricks.
        return failScan("DTD");
    }

    Scan scanEndTag(const char *base, const char *p, const char *e)
    {
        const char *gt = static_cast<const char *>(std::memchr(p + 2, '>', size_t(e - p - 2)));
        if (!gt)
            return Scan::NeedMore;
        const char *nameEnd = gt;
        while (nameEnd > p + 2 && isSpace(nameEnd[-1]))
            --nameEnd;
        const QByteArrayView qualified(p + 2, nameEnd - p - 2);
        if (mNameEnds.empty() || !same(qualified, topName()))
            return failScan("mismatched end tag");
        mName = localName(qualified);
        popName();
        mPos = gt + 1 - base;
        mToken = EndElement;
        return Scan::Done;
    }

    Scan scanStartTag(const char *base, const char *p, const char *e)
    {
        const char *q = p + 1;
        while (q < e && !kNameEnd.end[uchar(*q)])
            ++q;
        if (q == e)
            return Scan::NeedMore;
        if (q == p + 1)
            return failScan("bad tag");
        const QByteArrayView qualified(p + 1, q - p - 1);
        mAttributes.clear();
        bool selfClosing = false;
        for (;;) {
            while (q < e && isSpace(*q))
                ++q;
            if (q == e)
                return Scan::NeedMore;
            if (*q == '>') {
                ++q;
                break;
            }
            if (*q == '/') {
                if (q + 1 == e)
                    return Scan::NeedMore;
                if (q[1] != '>')
                    return failScan("bad tag");
                q += 2;
                selfClosing = true;
                break;
            }
            const char *nameStart = q;
            while (q < e && !kNameEnd.end[uchar(*q)])
                ++q;
            if (q == e)
                return Scan::NeedMore;
            if (q == nameStart)
                return failScan("bad attribute");
            const QByteArrayView name(nameStart, q - nameStart);
            while (q < e && isSpace(*q))
                ++q;
            if (q == e)
                return Scan::NeedMore;
            if (*q != '=')
                return failScan("bad attribute");
            ++q;
            while (q < e && isSpace(*q))
                ++q;
            if (q == e)
                return Scan::NeedMore;
            const char quote = *q;
            if (quote != '"' && quote != '\'')
                return failScan("bad attribute");
            ++q;
            const char *close = static_cast<const char *>(std::memchr(q, quote, size_t(e - q)));
            if (!close)
                return Scan::NeedMore;
            if (std::memchr(q, '<', size_t(close - q)))
                return failScan("bad attribute");
            if (mAttributes.size() >= size_t(kMaxAttributes))
                return failScan("too many attributes");
            const QByteArrayView local = localName(name);
            mAttributes.push_back({local, QByteArrayView(q, close - q), local.size() != name.size()});
            q = close + 1;
        }
        if (mNameEnds.empty() && !mFragment) {
            if (mSeenRoot)
                return failScan("a second root element");
            mSeenRoot = true;
        }
        if (mNameEnds.size() >= size_t(kMaxDepth))
            return failScan("nested too deeply");
        pushName(qualified);
        mName = localName(qualified);
        mPendingEnd = selfClosing;
        mPos = q - base;
        mToken = StartElement;
        return Scan::Done;
    }

    bool refill()
    {
        // Keep the unfinished token; everything before it is done with.
        const qsizetype keep = mEnd - mPos;
        if (keep > kMaxTokenBytes) {
            fail(QStringLiteral("oversized element"));
            return false;
        }
        if (mPos > 0 && keep > 0)
            std::memmove(mBuf.data(), mBuf.constData() + mPos, size_t(keep));
        mPos = 0;
        mEnd = keep;
        // A long token is scanned again from its start after each read: reading as much as
        // is pending keeps that linear.
        const qsizetype want = std::max<qsizetype>(gChunkBytes, std::min<qsizetype>(keep, kMaxTokenBytes - keep + 1));
        if (mBuf.size() < keep + want)
            mBuf.resize(keep + want);
        qint64 n = mStream->read(mBuf.data() + mEnd, want, &mError);
        if (n < 0) {
            mFailed = true;
            return false;
        }
        if (n == 0) {
            mEof = true;
            return true;
        }
        if (!mStarted) {
            mStarted = true;
            const auto *head = reinterpret_cast<const uchar *>(mBuf.constData());
            if (n >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
                mUtf16 = std::make_unique<QStringDecoder>(QStringDecoder::Utf16); // the BOM picks the byte order
            else if (n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
                mPos = 3;
        }
        if (mUtf16) {
            const QByteArray utf8 = QString(mUtf16->decode(QByteArrayView(mBuf.constData() + mEnd, n))).toUtf8();
            if (mBuf.size() < mEnd + utf8.size())
                mBuf.resize(mEnd + utf8.size());
            std::memcpy(mBuf.data() + mEnd, utf8.constData(), size_t(utf8.size()));
            n = utf8.size();
        }
        mEnd += n;
        return true;
    }

    void pushName(QByteArrayView qualified)
    {
        mNameStack.append(qualified.data(), size_t(qualified.size()));
        mNameEnds.push_back(mNameStack.size());
    }
    QByteArrayView topName() const
    {
        const size_t start = mNameEnds.size() > 1 ? mNameEnds[mNameEnds.size() - 2] : 0;
        return QByteArrayView(mNameStack.data() + start, qsizetype(mNameEnds.back() - start));
    }
    void popName()
    {
        mNameEnds.pop_back();
        mNameStack.resize(mNameEnds.empty() ? 0 : mNameEnds.back());
    }

    QString mPart;
    std::unique_ptr<PartStream> mStream;
    std::unique_ptr<QStringDecoder> mUtf16;
    QByteArray mBuf;
    qsizetype mPos = 0;
    qsizetype mEnd = 0;
    std::string mNameStack; // qualified names of the open elements, back to back
    std::vector<size_t> mNameEnds;
    std::vector<Attribute> mAttributes; // clear() keeps the capacity: no allocation per tag
    QByteArrayView mName;
    QByteArrayView mText;
    QString mError;
    Token mToken = Invalid;
    bool mCdata = false;
    bool mPendingEnd = false;
    bool mSeenRoot = false;
    bool mStarted = false;
    bool mEof = false;
    bool mFragment = false;
    bool mFailed = false;
};

// Copies the top-left value of each merged range into the cells it covers, row by row, as the
// rows stream past in ascending order.
class MergeFiller
{
public:
    explicit MergeFiller(QList<Merge> merges) : mMerges(std::move(merges)) {}

    bool isEmpty() const { return mMerges.isEmpty(); }

    void apply(int row, QStringList &cells)
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

    // The next row at or after `row` that some range covers, or -1.
    int nextCoveredRow(int row)
    {
        advance(row);
        if (!mActive.isEmpty())
            return row;
        return mNext < mMerges.size() ? mMerges.at(mNext).r1 : -1;
    }

private:
    void advance(int row)
    {
        while (mNext < mMerges.size() && mMerges.at(mNext).r1 <= row)
            mActive.append(mNext++);
        mActive.removeIf([&](int i) { return mMerges.at(i).r2 < row; });
    }

    QList<Merge> mMerges; // sorted by first row
    QList<int> mActive;
    int mNext = 0;
};

void trimTrailingEmpty(QStringList &cells)
{
    qsizetype n = cells.size();
    while (n > 0 && cells.at(n - 1).isEmpty())
        --n;
    if (n < cells.size())
        cells.resize(n);
}

} // namespace

struct XlsxReader::Private
{
    Limits limits;
    QByteArray data; // openData's bytes: libzip reads them in place
    zip_t *zip = nullptr;
    QString error;
    QList<Sheet> sheets;
    QString sharedStringsPart;
    QString stylesPart;
    bool date1904 = false;
    bool stringsLoaded = false;
    bool stylesLoaded = false;
    QStringList sharedStrings;
    QList<NumKind> styleKinds; // by cellXfs index
    QHash<int, QList<Merge>> mergeCache;

    ~Private() { close(); }

    // Rows and columns are ints in the interface whatever a caller sets.
    qint64 rowLimit() const { return std::clamp<qint64>(limits.maxRows, 0, INT_MAX); }
    qint64 columnLimit() const { return std::max(0, limits.maxColumns); }

    void close()
    {
        if (zip)
            zip_discard(zip);
        zip = nullptr;
        data.clear();
        sheets.clear();
        sharedStringsPart.clear();
        stylesPart.clear();
        date1904 = false;
        stringsLoaded = stylesLoaded = false;
        sharedStrings.clear();
        styleKinds.clear();
        mergeCache.clear();
    }

    bool failOpen(const QString &message)
    {
        close();
        error = message;
        return false;
    }

    static QString notAWorkbook(const QByteArray &head)
    {
        // Old .xls files and password-protected .xlsx files are both OLE compound files.
        if (head.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")))
            return QCoreApplication::translate("jy::XlsxReader",
                                               "This is an old Excel 97-2003 (.xls) file or a password-protected workbook. "
                                               "Open it in Excel or WPS and save it as .xlsx without a password.");
        return QCoreApplication::translate("jy::XlsxReader", "The file is not a valid Excel workbook (.xlsx).");
    }

    // Missing part: true with *found false.
    bool readRels(const QString &relsPart, const QString &baseDir, QList<Rel> *rels, bool *found)
    {
        XmlScanner xml(zip, relsPart, limits.maxPartBytes);
        const int opened = xml.open(&error);
        *found = opened > 0;
        if (opened <= 0)
            return opened == 0;
        for (;;) {
            const auto token = xml.next();
            if (token == XmlScanner::Invalid) {
                error = xml.error();
                return false;
            }
            if (token == XmlScanner::EndDocument)
                return true;
            if (token != XmlScanner::StartElement || !is(xml.name(), "Relationship"))
                continue;
            if (is(xml.attribute("TargetMode"), "External"))
                continue;
            rels->append({XmlScanner::decoded(xml.attribute("Id")), XmlScanner::decoded(xml.attribute("Type")),
                          resolveTarget(baseDir, XmlScanner::decoded(xml.attribute("Target")))});
        }
    }

    bool readWorkbook()
    {
        QList<Rel> rootRels;
        bool found = false;
        if (!readRels(QStringLiteral("_rels/.rels"), QString(), &rootRels, &found))
            return failOpen(error);
        QString workbookPart;
        for (const Rel &rel : std::as_const(rootRels)) {
            if (rel.type.endsWith(QLatin1String("/officeDocument"))) {
                workbookPart = rel.target;
                break;
            }
        }
        const QString usual = QStringLiteral("xl/workbook.xml");
        if (locatePart(zip, workbookPart) < 0) {
            if (workbookPart.endsWith(QLatin1String(".bin"), Qt::CaseInsensitive))
                return failOpen(QCoreApplication::translate("jy::XlsxReader",
                                                            "This is a binary Excel workbook (.xlsb). Save it as .xlsx in Excel first."));
            if (locatePart(zip, usual) < 0) {
                if (locatePart(zip, QStringLiteral("content.xml")) >= 0)
                    return failOpen(QCoreApplication::translate("jy::XlsxReader",
                                                                "This is an OpenDocument spreadsheet (.ods). Save it as .xlsx first."));
                return failOpen(QCoreApplication::translate("jy::XlsxReader",
                                                            "The file is not a valid Excel workbook: it contains no workbook."));
            }
            workbookPart = usual;
        }

        struct Entry
        {
            QString name, relId;
        };
        QList<Entry> entries;
        {
            XmlScanner xml(zip, workbookPart, limits.maxPartBytes);
            if (xml.open(&error) < 0)
                return failOpen(error);
            for (bool done = false; !done;) {
                switch (xml.next()) {
                case XmlScanner::Invalid:
                    return failOpen(xml.error());
                case XmlScanner::EndDocument:
                    done = true;
                    break;
                case XmlScanner::EndElement:
                    done = is(xml.name(), "sheets"); // what follows (defined names …) does not matter here
                    break;
                case XmlScanner::StartElement:
                    if (is(xml.name(), "workbookPr")) {
                        const QByteArrayView v = xml.attribute("date1904");
                        date1904 = is(v, "1") || is(v, "true");
                    } else if (is(xml.name(), "sheet")) {
                        entries.append({XmlScanner::decoded(xml.attribute("name")), XmlScanner::decoded(xml.prefixedAttribute("id"))});
                    }
                    break;
                case XmlScanner::Text:
                    break;
                }
            }
        }

        const QString baseDir = dirOf(workbookPart);
        QList<Rel> rels;
        if (!readRels(relsPartFor(workbookPart), baseDir, &rels, &found))
            return failOpen(error);
        QHash<QString, Rel> byId;
        for (const Rel &rel : std::as_const(rels)) {
            byId.insert(rel.id, rel);
            if (rel.type.endsWith(QLatin1String("/sharedStrings")))
                sharedStringsPart = rel.target;
            else if (rel.type.endsWith(QLatin1String("/styles")))
                stylesPart = rel.target;
        }
        if (!found) {
            sharedStringsPart = baseDir + QLatin1String("sharedStrings.xml");
            stylesPart = baseDir + QLatin1String("styles.xml");
        }
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const auto rel = byId.constFind(entries.at(i).relId);
            if (rel != byId.cend()) {
                // Chart sheets, dialog and macro sheets hold no cells.
                if (rel->type.endsWith(QLatin1String("/worksheet")))
                    sheets.append({entries.at(i).name, rel->target});
            } else if (!found) {
                sheets.append({entries.at(i).name, baseDir + QStringLiteral("worksheets/sheet%1.xml").arg(i + 1)});
            }
        }
        if (sheets.isEmpty())
            return failOpen(QCoreApplication::translate("jy::XlsxReader", "The Excel file contains no worksheet."));
        return true;
    }

    bool loadStyles()
    {
        if (stylesLoaded)
            return true;
        XmlScanner xml(zip, stylesPart, limits.maxPartBytes);
        const int opened = xml.open(&error);
        if (opened < 0)
            return false;
        QHash<int, NumKind> custom;
        QList<NumKind> kinds;
        bool inNumFmts = false, inCellXfs = false;
        for (bool done = opened == 0; !done;) {
            switch (xml.next()) {
            case XmlScanner::Invalid:
                error = xml.error();
                return false;
            case XmlScanner::EndDocument:
                done = true;
                break;
            case XmlScanner::EndElement:
                if (is(xml.name(), "numFmts"))
                    inNumFmts = false;
                else if (is(xml.name(), "cellXfs"))
                    done = true; // nothing further matters for cell values
                break;
            case XmlScanner::StartElement:
                if (is(xml.name(), "numFmts")) {
                    inNumFmts = true;
                } else if (is(xml.name(), "cellXfs")) {
                    inCellXfs = true;
                } else if (is(xml.name(), "numFmt") && inNumFmts) {
                    bool ok = false;
                    const int id = xml.attribute("numFmtId").toInt(&ok);
                    if (ok && custom.size() < kMaxCellStyles)
                        custom.insert(id, formatKind(XmlScanner::decoded(xml.attribute("formatCode"))));
                } else if (is(xml.name(), "xf") && inCellXfs && kinds.size() < kMaxCellStyles) {
                    const int id = xml.attribute("numFmtId").toInt();
                    kinds.append(custom.value(id, builtinKind(id)));
                }
                break;
            case XmlScanner::Text:
                break;
            }
        }
        styleKinds = kinds;
        stylesLoaded = true;
        return true;
    }

    bool loadSharedStrings()
    {
        if (stringsLoaded)
            return true;
        XmlScanner xml(zip, sharedStringsPart, limits.maxPartBytes);
        const int opened = xml.open(&error);
        if (opened < 0)
            return false;
        QStringList strings;
        for (bool done = opened == 0; !done;) {
            switch (xml.next()) {
            case XmlScanner::Invalid:
                error = xml.error();
                return false;
            case XmlScanner::EndDocument:
                done = true;
                break;
            case XmlScanner::StartElement:
                if (is(xml.name(), "sst")) {
                    // uniqueCount is a claim, not a promise: reserve modestly.
                    const qint64 count = xml.attribute("uniqueCount").toLongLong();
                    strings.reserve(std::clamp<qint64>(std::min(count, limits.maxSharedStrings), 0, 65536));
                } else if (is(xml.name(), "si")) {
                    if (strings.size() >= limits.maxSharedStrings) {
                        error = QCoreApplication::translate("jy::XlsxReader",
                                                            "The Excel file is too large to read: it has more than %L1 different texts.")
                                    .arg(limits.maxSharedStrings);
                        return false;
                    }
                    QString text;
                    if (!xml.readRichText(text)) {
                        error = xml.error();
                        return false;
                    }
                    decodeEscapes(text);
                    strings.append(text);
                }
                break;
            default:
                break;
            }
        }
        sharedStrings = strings;
        stringsLoaded = true;
        return true;
    }

    // First pass: <mergeCells> comes after <sheetData>, so find it with a byte search through
    // the unpacked part and parse only the tail from there.
    bool scanMerges(const QString &partName, QList<Merge> *merges)
    {
        PartStream stream(zip, partName, limits.maxPartBytes);
        const int opened = stream.open(&error);
        if (opened < 0)
            return false;
        if (opened == 0) {
            error = missingPart(partName);
            return false;
        }
        static const QByteArrayMatcher matcher(QByteArrayLiteral("mergeCells"));
        constexpr qsizetype kCarry = 64; // room for a namespace prefix split across chunks
        const qint64 tailCap = std::min<qint64>(limits.maxPartBytes, limits.maxMergedRanges * 64 + 65536);
        // The last bytes of the previous chunk stay in front of the next one, so a tag split
        // between two reads is still found.
        QByteArray buffer(kCarry + gChunkBytes, Qt::Uninitialized);
        qsizetype carry = 0;
        QByteArray tail;
        bool collecting = false;
        for (;;) {
            const qint64 n = stream.read(buffer.data() + carry, gChunkBytes, &error);
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
                if (c1 >= columnLimit() || r1 >= rowLimit())
                    break;
                c2 = std::min(c2, columnLimit() - 1);
                r2 = std::min(r2, rowLimit() - 1);
                if (c1 == c2 && r1 == r2)
                    break;
                coveredCells += (c2 - c1 + 1) * (r2 - r1 + 1);
                if (merges->size() >= limits.maxMergedRanges || coveredCells > limits.maxMergedCells) {
                    error = QCoreApplication::translate("jy::XlsxReader", "The sheet has too many merged cells to read (part %1).")
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
            error = QCoreApplication::translate("jy::XlsxReader", "The sheet has too many merged cells to read (part %1).")
                        .arg(partName);
            return false;
        }
        std::stable_sort(merges->begin(), merges->end(), [](const Merge &a, const Merge &b) { return a.r1 < b.r1; });
        return true;
    }

    // The text a cell shows, from its <v> bytes or its inline string.
    QString cellText(CellType type, int style, QByteArrayView raw, const QString &inlineText) const
    {
        switch (type) {
        case CellType::Shared: {
            const qint64 index = smallNumber(raw.trimmed());
            return index >= 0 && index < sharedStrings.size() ? sharedStrings.at(index) : QString();
        }
        case CellType::Inline:
            if (!inlineText.isEmpty()) {
                QString text = inlineText;
                decodeEscapes(text);
                return text;
            }
            Q_FALLTHROUGH();
        case CellType::Str: {
            QString text = decodeRaw(raw);
            decodeEscapes(text);
            return text;
        }
        case CellType::Bool:
            if (is(raw, "1"))
                return QStringLiteral("TRUE");
            if (is(raw, "0"))
                return QStringLiteral("FALSE");
            break;
        case CellType::Error:
            break;
        case CellType::IsoDate:
            return isoCellToText(decodeRaw(raw));
        case CellType::Number:
            if (style >= 0 && style < styleKinds.size() && styleKinds.at(style) != NumKind::Number) {
                QString date = serialToText(raw, styleKinds.at(style), date1904);
                if (!date.isNull())
                    return date;
            }
            break; // as stored: 13812345678 and 2.10211E+17 both survive
        }
        return decodeRaw(raw);
    }
};

XlsxReader::XlsxReader() : d(std::make_unique<Private>()) {}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::open(const QString &path)
{
    d->close();
    d->error.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        d->error = QCoreApplication::translate("jy::XlsxReader", "Cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray head = file.read(8);
    file.close();
    int code = 0;
    d->zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!d->zip)
        return d->failOpen(Private::notAWorkbook(head));
    return d->readWorkbook();
}

bool XlsxReader::openData(const QByteArray &bytes)
{
    d->close();
    d->error.clear();
    d->data = bytes;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(d->data.constData(), zip_uint64_t(d->data.size()), 0, &error);
    if (source) {
        d->zip = zip_open_from_source(source, ZIP_RDONLY, &error);
        if (!d->zip)
            zip_source_free(source);
    }
    zip_error_fini(&error);
    if (!d->zip)
        return d->failOpen(Private::notAWorkbook(bytes.left(8)));
    return d->readWorkbook();
}

QString XlsxReader::error() const
{
    return d->error;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : std::as_const(d->sheets))
        names << sheet.name;
    return names;
}

bool XlsxReader::readSheet(int index, const std::function<bool(int row, const QStringList &cells)> &onRow)
{
    d->error.clear();
    if (!d->zip) {
        d->error = QCoreApplication::translate("jy::XlsxReader", "No Excel file is open.");
        return false;
    }
    if (index < 0 || index >= d->sheets.size()) {
        d->error = QCoreApplication::translate("jy::XlsxReader", "The Excel file has no sheet number %1.").arg(index + 1);
        return false;
    }
    if (!d->loadStyles() || !d->loadSharedStrings())
        return false;
    const QString partName = d->sheets.at(index).part;
    auto cached = d->mergeCache.constFind(index);
    if (cached == d->mergeCache.cend()) {
        QList<Merge> merges;
        if (!d->scanMerges(partName, &merges))
            return false;
        cached = d->mergeCache.insert(index, merges);
    }
    MergeFiller merges(*cached);

    XmlScanner xml(d->zip, partName, d->limits.maxPartBytes);
    const int opened = xml.open(&d->error);
    if (opened <= 0) {
        if (opened == 0)
            d->error = missingPart(partName);
        return false;
    }
    const auto failed = [&] {
        d->error = xml.error();
        return false;
    };

    QStringList cells;
    std::string value;  // reused for every <v>; short ones need no allocation at all
    QString inlineText; // and every <is>
    int previousRow = -1;
    bool inSheetData = false;
    qint64 reportedCells = 0; // a sheet of far-right cells must not take hours to hand over
    bool tooManyCells = false;
    const auto report = [&](int row) {
        reportedCells += cells.size();
        if (reportedCells > d->limits.maxCells) {
            tooManyCells = true;
            return false;
        }
        return onRow(row, cells);
    };
    const auto cellLimitError = [&] {
        d->error = QCoreApplication::translate("jy::XlsxReader", "The sheet has more than %L1 cells (part %2).")
                       .arg(d->limits.maxCells)
                       .arg(partName);
        return false;
    };

    // Rows the XML leaves out but a merged range covers, for rows from..to-1.
    const auto emitCoveredRows = [&](int from, int to) {
        for (int row = merges.nextCoveredRow(from); row >= 0 && row < to; row = merges.nextCoveredRow(row + 1)) {
            cells.clear();
            merges.apply(row, cells);
            trimTrailingEmpty(cells);
            if (!cells.isEmpty() && !report(row))
                return false;
        }
        return true;
    };

    for (;;) {
        const auto token = xml.next();
        if (token == XmlScanner::Invalid)
            return failed();
        if (token == XmlScanner::EndDocument)
            break;
        if (token == XmlScanner::EndElement && is(xml.name(), "sheetData"))
            break; // the rest is page setup and the merges we already have
        if (token != XmlScanner::StartElement)
            continue;
        if (!inSheetData) {
            inSheetData = is(xml.name(), "sheetData");
            continue;
        }
        if (!is(xml.name(), "row"))
            continue;

        qint64 row = previousRow + 1;
        {
            qint64 c, r;
            if (parseCellRef(xml.attribute("r"), &c, &r) && c < 0 && r >= 0)
                row = r;
        }
        if (row >= d->rowLimit()) {
            d->error = QCoreApplication::translate("jy::XlsxReader", "The sheet has more than %L1 rows (part %2).")
                           .arg(d->limits.maxRows)
                           .arg(partName);
            return false;
        }
        const bool ascending = row > previousRow;
        if (ascending && !merges.isEmpty() && !emitCoveredRows(previousRow + 1, int(row)))
            return tooManyCells ? cellLimitError() : true;

        cells.clear();
        qint64 col = -1;
        for (bool rowDone = false; !rowDone;) {
            switch (xml.next()) {
            case XmlScanner::Invalid:
            case XmlScanner::EndDocument:
                return failed();
            case XmlScanner::EndElement:
                rowDone = true;
                break;
            case XmlScanner::Text:
                break;
            case XmlScanner::StartElement: {
                if (!is(xml.name(), "c")) {
                    if (!xml.skipElement())
                        return failed();
                    break;
                }
                qint64 c, r;
                if (parseCellRef(xml.attribute("r"), &c, &r) && c >= 0)
                    col = c;
                else
                    col = std::min<qint64>(col + 1, qint64(1) << 40);
                const int style = int(std::min<qint64>(smallNumber(xml.attribute("s")), INT_MAX));
                const QByteArrayView t = xml.attribute("t");
                CellType type = CellType::Number;
                if (is(t, "s"))
                    type = CellType::Shared;
                else if (is(t, "inlineStr"))
                    type = CellType::Inline;
                else if (is(t, "str"))
                    type = CellType::Str;
                else if (is(t, "b"))
                    type = CellType::Bool;
                else if (is(t, "e"))
                    type = CellType::Error;
                else if (is(t, "d"))
                    type = CellType::IsoDate;

                value.clear();
                inlineText.resize(0);
                for (bool cellDone = false; !cellDone;) {
                    switch (xml.next()) {
                    case XmlScanner::Invalid:
                    case XmlScanner::EndDocument:
                        return failed();
                    case XmlScanner::EndElement:
                        cellDone = true;
                        break;
                    case XmlScanner::Text:
                        break;
                    case XmlScanner::StartElement:
                        if (is(xml.name(), "v")) {
                            if (!xml.readRawText(value))
                                return failed();
                        } else if (is(xml.name(), "is")) {
                            if (!xml.readRichText(inlineText))
                                return failed();
                        } else if (!xml.skipElement()) {
                            return failed();
                        }
                        break;
                    }
                }
                if (col >= d->columnLimit())
                    break;
                if (value.empty() && inlineText.isEmpty())
                    break;
                QString text = d->cellText(type, style, QByteArrayView(value.data(), qsizetype(value.size())), inlineText);
                if (text.isEmpty())
                    break;
                if (cells.size() <= col)
                    cells.resize(col + 1);
                cells[col] = std::move(text);
                break;
            }
            }
        }

        if (ascending && !merges.isEmpty())
            merges.apply(int(row), cells);
        if (ascending)
            previousRow = int(row);
        trimTrailingEmpty(cells);
        if (!cells.isEmpty() && !report(int(row)))
            return tooManyCells ? cellLimitError() : true;
    }
    if (!merges.isEmpty())
        if (!emitCoveredRows(previousRow + 1, int(d->rowLimit())) && tooManyCells)
            return cellLimitError();
    return true;
}

QList<QStringList> XlsxReader::preview(int index, int maxRows)
{
    QList<QStringList> rows;
    if (maxRows <= 0)
        return rows;
    readSheet(index, [&](int row, const QStringList &cells) {
        if (row >= maxRows)
            return false;
        if (rows.size() <= row)
            rows.resize(row + 1);
        rows[row] = cells;
        return true;
    });
    return rows;
}

void XlsxReader::setLimits(const Limits &limits)
{
    d->limits = limits;
    d->mergeCache.clear(); // ranges were clipped to the old limits
}

XlsxReader::Limits XlsxReader::limits() const
{
    return d->limits;
}

void XlsxReader::setReadChunkForTesting(int bytes)
{
    gChunkBytes = bytes > 0 ? bytes : kChunkBytes;
}

} // namespace jy
