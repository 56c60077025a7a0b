#include "residents/searchterm.h"
#include "idnumber/idnumber.h"
#include "residents/phonenumber.h"

#include <QRegularExpression>

namespace jy {

namespace {

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || c.isSurrogate() || (u >= 0xF900 && u <= 0xFAFF);
}

SearchTerm classify(const QString &word)
{
    SearchTerm term;
    term.text = word;
    static const QRegularExpression address(QStringLiteral(
        "^(\\d+)\\s*(?:-|栋|号楼|幢|号)\\s*(?:(\\d+)\\s*(?:-|单元)?\\s*(?:(\\d+)\\s*室?)?)?$"));
    static const QRegularExpression digits(QStringLiteral("^\\d+[Xx]?$"));
    static const QRegularExpression latin(QStringLiteral("^[A-Za-z]+$"));

    const QString cleaned = IdNumber::clean(word);
    // Checked before addresses: "0411-84123456" would otherwise read as building 0411, unit 84123456.
    static const QRegularExpression landline(QStringLiteral("^0\\d{2,3}-?[2-9]\\d{6,7}$"));
    if (landline.match(cleaned).hasMatch()) {
        term.kind = SearchTerm::Kind::Landline;
        term.text = PhoneNumber::check(cleaned).normalized;
        return term;
    }
    if (digits.match(cleaned).hasMatch()) {
        term.text = cleaned.toUpper();
        const int n = int(cleaned.size());
        if (n == 18 || (n == 15 && !cleaned.endsWith(QLatin1Char('X'))))
            term.kind = SearchTerm::Kind::IdNumber;
        else if (n >= 4 && n <= 6)
            term.kind = SearchTerm::Kind::DigitsTail;
        else if (n >= 7)
            term.kind = SearchTerm::Kind::DigitsHead;
        else
            term.kind = SearchTerm::Kind::Other;
        if (term.kind == SearchTerm::Kind::IdNumber && n == 15)
            term.text = IdNumber::upgrade15(cleaned);
        return term;
    }
    const QRegularExpressionMatch m = address.match(cleaned);
    if (m.hasMatch()) {
        term.kind = SearchTerm::Kind::Address;
        term.building = m.captured(1);
        term.unit = m.captured(2);
        term.room = m.captured(3);
        return term;
    }
    if (latin.match(word).hasMatch()) {
        term.kind = SearchTerm::Kind::Pinyin;
        term.text = word.toLower().replace(QLatin1Char('u') + QChar(0x0308), QStringLiteral("v"));
        return term;
    }
    bool allHan = true;
    for (QChar c : word)
        allHan = allHan && isHan(c);
    term.kind = allHan ? SearchTerm::Kind::Name : SearchTerm::Kind::Other;
    return term;
}

} // namespace

QList<SearchTerm> SearchTerm::parse(const QString &query)
{
    QList<SearchTerm> terms;
    QString text = query;
    text.replace(QChar(0x3000), QLatin1Char(' ')); // ideographic space
    static const QRegularExpression separators(QStringLiteral("[\\s,，;；]+"));
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << classify(word);
    return terms;
}

} // namespace jy
