#pragma once
#include "import/xlsxpart.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

// The package's XML, read fast: byte helpers and a pull parser. Internal to XlsxReader.
namespace jy::xlsx {

// A token (tag or text) must fit in the read buffer; no real cell, string or tag comes near this.
constexpr qint64 kMaxTokenBytes = 16 * 1024 * 1024;
constexpr qsizetype kMaxTextChars = 1 << 20; // Excel stops at 32,767 per cell

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

template <qsizetype N>
inline bool is(QByteArrayView view, const char (&literal)[N])
{
    return view.size() == N - 1 && std::memcmp(view.data(), literal, N - 1) == 0;
}

// QByteArrayView's == calls out of line; names here are a few bytes.
inline bool same(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

// A small non-negative decimal such as a style or string index; -1 when it is not one.
qint64 smallNumber(QByteArrayView digits);

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
inline constexpr NameEndTable kNameEnd;

const char *findSequence(const char *from, const char *end, const char *sequence, qsizetype length);
void appendUtf8(QString &out, QByteArrayView bytes);
// XML text to a string: the five named entities, character references, line ends made \n.
// An unknown entity stays as written: nothing in a spreadsheet depends on it.
void appendDecoded(QString &out, QByteArrayView raw, qsizetype maxChars = kMaxTextChars);
QString decodeRaw(QByteArrayView raw);
QByteArrayView localName(QByteArrayView qualified);

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
    // See PartStream::readAhead.
    void readAhead()
    {
        if (mStream)
            mStream->readAhead();
    }

    Token next();

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
    void appendText(QString &out) const;

    // Skips the element whose start was just read.
    bool skipElement();

    // The bytes inside the element just started, entities left as written (CDATA escaped to match).
    bool readRawText(std::string &out);

    // Rich text (<si> or <is>): the <t> of every run, without the phonetic <rPh> runs.
    bool readRichText(QString &out);

    void fail(const QString &detail);

    // Why next() gave Invalid, or EndDocument came too early.
    QString error() const;

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

    Scan failScan(const char *detail);
    Scan scan();
    bool encodingSupported(QByteArrayView declaration) const;
    Scan scanDeclaration(const char *base, const char *p, const char *e);
    Scan scanEndTag(const char *base, const char *p, const char *e);
    Scan scanStartTag(const char *base, const char *p, const char *e);
    bool refill();
    void pushName(QByteArrayView qualified);
    QByteArrayView topName() const;
    void popName();

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

} // namespace jy::xlsx
