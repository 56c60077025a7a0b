#include "pinyin/pinyin.h"

#include <QFile>
#include <QStringView>

static void initCoreDataResource()
{
    Q_INIT_RESOURCE(core_data);
}

namespace jy {

namespace {

QString stripTones(QStringView reading)
{
    static const QHash<QChar, QChar> plain = [] {
        QHash<QChar, QChar> map;
        const auto add = [&map](const char16_t *accented, char16_t base) {
            for (const char16_t *p = accented; *p; ++p)
                map.insert(QChar(*p), QChar(base));
        };
        add(u"āáǎà", u'a');
        add(u"ēéěèê", u'e');
        add(u"īíǐì", u'i');
        add(u"ōóǒò", u'o');
        add(u"ūúǔù", u'u');
        add(u"ǖǘǚǜü", u'v');
        add(u"ńňǹ", u'n');
        add(u"ḿ", u'm');
        return map;
    }();
    QString out;
    out.reserve(reading.size());
    for (QChar c : reading) {
        if (c.unicode() == 0x0304 || c.unicode() == 0x0301 || c.unicode() == 0x030C || c.unicode() == 0x0300)
            continue; // combining tone marks
        out.append(plain.value(c, c.toLower()));
    }
    return out;
}

char32_t codePointAt(const QString &text, qsizetype &i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        const char32_t cp = QChar::surrogateToUcs4(c, text.at(i + 1));
        ++i;
        return cp;
    }
    return c.unicode();
}

} // namespace

const Pinyin &Pinyin::instance()
{
    static const Pinyin pinyin;
    return pinyin;
}

Pinyin::Pinyin()
{
    initCoreDataResource();
    QFile file(QStringLiteral(":/core/kmandarin.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("pinyin readings are missing from the build");
        return;
    }
    const QByteArray data = file.readAll();
    mReadings.reserve(45000);
    // Lines: "U+5F20\tzhāng" (several readings are space-separated; the first is the common one).
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArrayView line(data.constData() + start, end - start);
        start = end + 1;
        const qsizetype tab = line.indexOf('\t');
        if (tab < 3 || !line.startsWith("U+"))
            continue;
        bool ok = false;
        const char32_t cp = line.sliced(2, tab - 2).toUInt(&ok, 16);
        if (!ok)
            continue;
        QString reading = QString::fromUtf8(line.sliced(tab + 1));
        const qsizetype space = reading.indexOf(QLatin1Char(' '));
        if (space > 0)
            reading.truncate(space);
        mReadings.insert(cp, stripTones(reading));
    }
    // Surnames read differently from the character's common reading.
    const QList<QPair<char16_t, const char *>> surnames = {
        {u'单', "shan"}, {u'曾', "zeng"}, {u'解', "xie"}, {u'仇', "qiu"}, {u'朴', "piao"}, {u'查', "zha"},
        {u'区', "ou"}, {u'乐', "yue"}, {u'覃', "qin"}, {u'翟', "zhai"}, {u'盖', "ge"}, {u'缪', "miao"},
        {u'尉', "yu"}, {u'员', "yun"}, {u'秘', "bi"}, {u'种', "chong"}, {u'繁', "po"}, {u'句', "gou"},
        {u'藏', "zang"}, {u'柏', "bai"},
        {u'薄', "bo"}, {u'牟', "mu"}, {u'召', "shao"}, {u'冼', "xian"}, {u'折', "she"},
    };
    for (const auto &[ch, reading] : surnames)
        mSurnameReadings.insert(ch, QString::fromLatin1(reading));
}

QString Pinyin::syllable(char32_t ch) const
{
    return mReadings.value(ch);
}

QStringList Pinyin::syllables(const QString &name) const
{
    QStringList out;
    bool first = true;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char32_t cp = codePointAt(name, i);
        QString s;
        if (first)
            s = mSurnameReadings.value(cp);
        if (s.isEmpty())
            s = mReadings.value(cp);
        if (s.isEmpty()) {
            const QString raw = QString::fromUcs4(&cp, 1).toLower();
            if (raw.trimmed().isEmpty() || raw == QStringLiteral("·") || raw == QStringLiteral("•"))
                continue; // separators in minority and foreign names
            s = raw;
        }
        out << s;
        first = false;
    }
    return out;
}

Pinyin::Keys Pinyin::keys(const QString &name) const
{
    const QStringList parts = syllables(name);
    Keys keys;
    keys.full = parts.join(QString());
    for (const QString &s : parts)
        keys.initials.append(s.at(0));
    keys.sortKey = parts.join(QLatin1Char(' ')) + QLatin1Char('\t') + name;
    return keys;
}

} // namespace jy
