#pragma once
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace jy {

// Codes stored in the database; labels come from ResidentCodes.
namespace residence {
inline const QString Registered = QStringLiteral("registered"); // 户籍
inline const QString Resident = QStringLiteral("resident");     // 常住
inline const QString Floating = QStringLiteral("floating");     // 流动
inline const QString Absent = QStringLiteral("absent");         // 空挂
} // namespace residence

namespace relation {
inline const QString Head = QStringLiteral("head");
inline const QString Spouse = QStringLiteral("spouse");
inline const QString Son = QStringLiteral("son");
inline const QString Daughter = QStringLiteral("daughter");
inline const QString Father = QStringLiteral("father");
inline const QString Mother = QStringLiteral("mother");
inline const QString Grandchild = QStringLiteral("grandchild");
inline const QString ChildInLaw = QStringLiteral("child_in_law");
inline const QString Sibling = QStringLiteral("sibling");
inline const QString Other = QStringLiteral("other");
} // namespace relation

struct Resident
{
    qint64 id = 0;
    qint64 householdId = 0;          // 0: not in a household
    QString relation = relation::Other;
    QString name;
    QString idNumber;                // 18 digits; birth date, sex and birthplace derive from it
    QDate birthDate;                 // typed only when there is no ID number
    QString sex;                     // "M" / "F"
    QString birthplaceCode;          // 6-digit region code from the ID number
    QString phone;
    QString residenceType = residence::Registered;
    QString ethnicity;
    QString notes;
    QStringList tags;                // tag names
    int rowVersion = 0;              // as read; a save from an older version is a conflict (0: not checked)

    int ageOn(const QDate &day) const;
    // Field → value, for audit diffs.
    QVariantMap toMap() const;
};

int ageOn(const QDate &birthDate, const QDate &day);

} // namespace jy
