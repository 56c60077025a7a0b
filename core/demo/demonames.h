#pragma once
#include <QString>
#include <QStringList>

namespace jy {

class DemoRandom;

// Name tables for the demo data: weighted common surnames (tilted towards Dalian, where many
// families came from Shandong), given names that fit the birth decade, and plausible names of
// communities and estates in 甘井子区. The values are Chinese data, not user-interface text.
class DemoNames
{
public:
    static QString surname(DemoRandom &random);
    // One or two characters, in the fashion of the decade the person was born in.
    static QString givenName(DemoRandom &random, int birthYear, bool male);
    // 关, 佟, 那 … are mostly borne by Manchu families.
    static bool isManchuSurname(const QString &surname);

    static int communityCount();
    static QString communityName(int index); // 0 is 魅力社区
    // count distinct estate names for the community at index (0: 万科魅力之城 first).
    static QStringList estateNames(DemoRandom &random, int index, int count);
};

} // namespace jy
