#include "import/xlsxcellformat.h"

#include <algorithm>
#include <cmath>

namespace jy::xlsx {

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

} // namespace jy::xlsx
