#pragma once
#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace jy {

class DemoRandom;

// One invented resident, complete except for where they live.
struct DemoPerson
{
    QString name;
    QString idNumber;        // valid under GB 11643, unique within the run
    QDate birthDate;
    bool male = false;
    int age = 0;             // on the reference date
    QString relation;        // relation:: codes
    QString residenceType;   // residence:: codes
    QString ethnicity;
    QString phone;           // mobile, "0411-8…" landline or empty
    QStringList tags;        // care and work tags known by household shape and chance
};

// Invents households of believable shapes (elderly alone, couples, families with children,
// three generations, young renters) with consistent ages, surnames, origins and care tags.
class DemoFamily
{
public:
    DemoFamily(DemoRandom &random, const QDate &referenceDate);

    // Head first. large: a family of three or more, otherwise one or two people.
    std::vector<DemoPerson> household(bool large);

    // For community staff who need not live in the community.
    QString personName(bool male, int birthYear);
    QString mobile();

private:
    enum class Shape {
        YoungSingle, MiddleSingle, ElderlyAlone, YoungCouple, MiddleCouple, ElderlyCouple,
        SingleParent, ElderlyWithChild, Sharing,                       // small
        Family, ThreeGenerations, ThreeGenerationsMiddle, ElderlyCoupleWithChild // large
    };
    struct Member
    {
        bool male = false;
        int age = 0;
        QString relation;
        QString surname;
        int parent = -1;     // index of the parent whose surname, origin and ethnicity it takes
    };

    Shape pickShape(bool large);
    std::vector<Member> members(Shape shape);
    QString householdResidence(Shape shape, int headAge);
    QString region(const QString &residenceType, int birthYear);
    QString dalianRegion(int birthYear);
    QString idNumber(const QString &region, const QDate &birth, bool male);
    QString ethnicity(const QString &surname);
    QString phoneFor(int age, QString &landline);
    QStringList tagsFor(const DemoPerson &p, Shape shape, int size);

    int elderlyAge();
    int wifeAge(int husbandAge);
    int childAge(int motherAge, int oldest);
    int siblingAge(int motherAge, int oldest, std::vector<int> &born);
    QString otherSurname(const QString &avoid);

    DemoRandom &mRandom;
    QDate mReference;
    QSet<QString> mIssued; // first 17 digits handed out, so ID numbers stay unique
};

} // namespace jy
