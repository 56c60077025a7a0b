#include "import/xmlscanner.h"

#include <QCoreApplication>

#include <algorithm>

namespace jy::xlsx {

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

void appendDecoded(QString &out, QByteArrayView raw, qsizetype maxChars)
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

XmlScanner::Token XmlScanner::next()
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

void XmlScanner::appendText(QString &out) const
{
    if (mCdata) {
        if (out.size() < kMaxTextChars)
            appendUtf8(out, mText.first(std::min(mText.size(), kMaxTextChars - out.size())));
    } else {
        appendDecoded(out, mText);
    }
}

bool XmlScanner::skipElement()
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

bool XmlScanner::readRawText(std::string &out)
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

bool XmlScanner::readRichText(QString &out)
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

void XmlScanner::fail(const QString &detail)
{
    if (mFailed)
        return;
    mFailed = true;
    mError = QCoreApplication::translate("jy::XlsxReader", "The Excel file is damaged: the part %1 is not valid XML (%2).")
                 .arg(mPart, detail);
}

QString XmlScanner::error() const
{
    return mFailed ? mError : damagedPart(mPart, QStringLiteral("unexpected end"));
}

XmlScanner::Scan XmlScanner::failScan(const char *detail)
{
    fail(QString::fromLatin1(detail));
    return Scan::Failed;
}

XmlScanner::Scan XmlScanner::scan()
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

bool XmlScanner::encodingSupported(QByteArrayView declaration) const
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

XmlScanner::Scan XmlScanner::scanDeclaration(const char *base, const char *p, const char *e)
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

XmlScanner::Scan XmlScanner::scanEndTag(const char *base, const char *p, const char *e)
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

XmlScanner::Scan XmlScanner::scanStartTag(const char *base, const char *p, const char *e)
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

bool XmlScanner::refill()
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

void XmlScanner::pushName(QByteArrayView qualified)
{
    mNameStack.append(qualified.data(), size_t(qualified.size()));
    mNameEnds.push_back(mNameStack.size());
}

QByteArrayView XmlScanner::topName() const
{
    const size_t start = mNameEnds.size() > 1 ? mNameEnds[mNameEnds.size() - 2] : 0;
    return QByteArrayView(mNameStack.data() + start, qsizetype(mNameEnds.back() - start));
}

void XmlScanner::popName()
{
    mNameEnds.pop_back();
    mNameStack.resize(mNameEnds.empty() ? 0 : mNameEnds.back());
}

} // namespace jy::xlsx
