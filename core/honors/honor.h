#pragma once
#include <QDate>
#include <QString>
#include <QStringList>

namespace jy {

namespace honor_level {
inline const QString National = QStringLiteral("national");      // 国家级
inline const QString Provincial = QStringLiteral("provincial");  // 省级
inline const QString Municipal = QStringLiteral("municipal");    // 市级
inline const QString District = QStringLiteral("district");      // 区县级
inline const QString Street = QStringLiteral("street");          // 街道级
// Highest first, the order reports group by.
QStringList all();
QString name(const QString &level); // translated
} // namespace honor_level

namespace honor_recipient {
inline const QString Community = QStringLiteral("community");
inline const QString Branch = QStringLiteral("branch");
inline const QString Team = QStringLiteral("team");
inline const QString Person = QStringLiteral("person");
QStringList all();
QString name(const QString &kind); // translated
} // namespace honor_recipient

// An honor awarded to the community, one of its branches or teams, or a person (荣誉).
struct Honor
{
    qint64 id = 0;
    qint64 communityId = 0;
    int year = 0;
    QString title;
    QString level = honor_level::Street;
    QString recipientKind = honor_recipient::Community;
    QString recipient;        // the community's, branch's, team's or person's name
    QString awardedBy;
    QDate awardedOn;
    QString notes;
    bool hasCertificate = false; // filled by reads
    QString communityName;       // filled by reads
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

} // namespace jy
