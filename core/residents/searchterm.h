#pragma once
#include <QString>
#include <QStringList>

namespace jy {

// One word of a roster search, classified so each kind can use its own index.
struct SearchTerm
{
    enum class Kind {
        Name,        // Han characters: full-text phrase over the name's characters
        Pinyin,      // latin letters: prefix of full pinyin or of initials
        IdNumber,    // a whole ID number (15 or 18)
        DigitsTail,  // 4–6 digits (or ending in X): last digits of an ID number or phone
        DigitsHead,  // 7–17 digits: start of an ID number or phone
        Landline,    // 0411-84123456 (with or without the dash): a whole landline number
        Address,     // building[-unit[-room]]
        Other,       // anything else: plain substring of the name
    };
    Kind kind = Kind::Other;
    QString text;      // normalised
    QString building;  // for Address
    QString unit;
    QString room;

    static QList<SearchTerm> parse(const QString &query);
};

} // namespace jy
