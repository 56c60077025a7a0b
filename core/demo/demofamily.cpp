#include "demo/demofamily.h"
#include "demo/demonames.h"
#include "demo/demorandom.h"
#include "idnumber/idnumber.h"
#include "residents/resident.h"

#include <algorithm>

namespace jy {

namespace {

struct Weighted
{
    const char *code;
    double weight;
};

// Where people registered in Dalian were born. 普兰店区 only has its 210214 code since 2015.
const Weighted kDalian[] = {{"210211", 40}, {"210204", 15}, {"210203", 10}, {"210202", 10}, {"210213", 6},
                            {"210212", 4},  {"210281", 6},  {"210283", 5},  {"210214", 4}};
// Shandong across the bay: many Dalian families came from there.
const Weighted kShandong[] = {{"370202", 3}, {"370203", 2}, {"370211", 2}, {"370602", 3}, {"371002", 2}, {"370102", 2}};
const Weighted kLiaoning[] = {{"210102", 4}, {"210103", 3}, {"210104", 2}, {"210106", 3}, {"210302", 4}, {"210402", 3},
                              {"210502", 2}, {"210602", 3}, {"210702", 3}, {"210802", 3}, {"210902", 2}, {"211002", 2},
                              {"211102", 2}, {"211202", 3}, {"211302", 3}, {"211402", 2}};
const Weighted kProvinces[] = {{"230102", 8}, {"230103", 5}, {"230202", 3}, {"230602", 3}, {"220102", 6}, {"220104", 4},
                               {"220202", 3}, {"370202", 4}, {"370102", 3}, {"410102", 5}, {"411302", 2}, {"130102", 3},
                               {"150102", 4}, {"150202", 2}, {"340102", 3}, {"510104", 2}, {"420102", 2}, {"320102", 1},
                               {"140105", 2}, {"430102", 1}, {"360102", 1}, {"350102", 1}, {"610102", 1}, {"120101", 1},
                               {"110105", 1}};

template <size_t N>
QString pick(DemoRandom &random, const Weighted (&table)[N])
{
    std::vector<double> weights;
    for (const Weighted &w : table)
        weights.push_back(w.weight);
    return QString::fromLatin1(table[random.weighted(weights)].code);
}

const char *const kMobilePrefixes[] = {"130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151",
                                       "152", "155", "156", "157", "158", "159", "176", "177", "178", "180", "181", "182",
                                       "183", "185", "186", "187", "188", "189", "147", "166", "199", "198"};

QString digits(DemoRandom &random, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out.append(QLatin1Char(char('0' + random.below(10))));
    return out;
}

QString twoDigits(int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); }

} // namespace

DemoFamily::DemoFamily(DemoRandom &random, const QDate &referenceDate)
    : mRandom(random), mReference(referenceDate)
{
}

DemoFamily::Shape DemoFamily::pickShape(bool large)
{
    if (large) {
        static const std::vector<double> weights = {58, 12, 15, 6};
        static const Shape shapes[] = {Shape::Family, Shape::ThreeGenerations, Shape::ThreeGenerationsMiddle,
                                       Shape::ElderlyCoupleWithChild};
        return shapes[mRandom.weighted(weights)];
    }
    static const std::vector<double> weights = {26, 11, 12, 17, 13, 10, 6, 2, 5};
    static const Shape shapes[] = {Shape::YoungSingle, Shape::MiddleSingle, Shape::ElderlyAlone,
                                   Shape::YoungCouple, Shape::MiddleCouple, Shape::ElderlyCouple,
                                   Shape::SingleParent, Shape::ElderlyWithChild, Shape::Sharing};
    return shapes[mRandom.weighted(weights)];
}

int DemoFamily::elderlyAge()
{
    // Five-year bands from 60: the old of a northern city, thinning out after 80.
    static const std::vector<double> bands = {25, 24, 20, 14, 9, 5, 2.5, 0.5};
    const int band = mRandom.weighted(bands);
    return 60 + 5 * band + mRandom.below(5);
}

int DemoFamily::wifeAge(int husbandAge)
{
    return std::max(20, husbandAge - mRandom.between(-2, 5));
}

int DemoFamily::childAge(int motherAge, int oldest)
{
    const int high = std::min(motherAge - 22, oldest);
    if (high < 0)
        return -1;
    const int low = std::min(std::max(0, motherAge - 38), high);
    return mRandom.between(low, high);
}

// A further child at least two years from the ones already born; -1 if none fits.
int DemoFamily::siblingAge(int motherAge, int oldest, std::vector<int> &born)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int age = childAge(motherAge, oldest);
        if (age < 0)
            return -1;
        if (std::all_of(born.begin(), born.end(), [age](int other) { return std::abs(other - age) >= 2; })) {
            born.push_back(age);
            return age;
        }
    }
    return -1;
}

QString DemoFamily::otherSurname(const QString &avoid)
{
    QString s;
    do
        s = DemoNames::surname(mRandom);
    while (s == avoid);
    return s;
}

std::vector<DemoFamily::Member> DemoFamily::members(Shape shape)
{
    std::vector<Member> m;
    const auto add = [&m](bool male, int age, const QString &rel, const QString &surname, int parent = -1) {
        m.push_back({male, std::clamp(age, 0, 100), rel, surname, parent});
        return int(m.size()) - 1;
    };
    const auto childRelation = [](bool male) { return male ? relation::Son : relation::Daughter; };
    const QString s = DemoNames::surname(mRandom);

    // Every draw is its own statement: the order in which C++ evaluates function arguments
    // and operands is unspecified, and the same seed must give the same people everywhere.
    switch (shape) {
    case Shape::YoungSingle: {
        const bool male = mRandom.chance(0.55);
        const int age = 20 + mRandom.below(10);
        add(male, age + mRandom.below(11), relation::Head, s);
        break;
    }
    case Shape::MiddleSingle: {
        const bool male = mRandom.chance(0.5);
        add(male, mRandom.between(40, 59), relation::Head, s);
        break;
    }
    case Shape::ElderlyAlone: {
        // Women outlive men: most who live alone are widows.
        const bool male = mRandom.chance(0.32);
        add(male, elderlyAge(), relation::Head, s);
        break;
    }
    case Shape::YoungCouple:
    case Shape::MiddleCouple:
    case Shape::ElderlyCouple: {
        int husband;
        if (shape == Shape::YoungCouple) {
            husband = 23 + mRandom.below(8);
            husband += mRandom.below(9);
        } else {
            husband = shape == Shape::MiddleCouple ? mRandom.between(45, 64) : std::min(elderlyAge(), 92);
        }
        const int wife = std::max(shape == Shape::ElderlyCouple ? 56 : 20, wifeAge(husband));
        const QString hers = otherSurname(s);
        if (shape == Shape::YoungCouple && mRandom.chance(0.2)) {
            add(false, wife, relation::Head, hers);
            add(true, husband, relation::Spouse, s);
        } else {
            add(true, husband, relation::Head, s);
            add(false, wife, relation::Spouse, hers);
        }
        break;
    }
    case Shape::SingleParent: {
        const bool mother = mRandom.chance(0.78);
        const int age = mRandom.between(30, 52);
        const int head = add(!mother, age, relation::Head, s);
        const bool boy = mRandom.chance(0.515);
        const int child = childAge(mother ? age : age - 3, 25);
        // The child keeps the absent father's surname.
        add(boy, std::max(0, child), childRelation(boy), mother ? otherSurname(s) : s, head);
        break;
    }
    case Shape::ElderlyWithChild: {
        const bool mother = mRandom.chance(0.7);
        const int age = std::max(65, elderlyAge());
        const int head = add(!mother, age, relation::Head, s);
        const bool boy = mRandom.chance(0.5);
        const int motherAge = mother ? age : age - 3;
        const int childAge = mRandom.between(std::max(25, motherAge - 38), std::max(25, motherAge - 22));
        add(boy, childAge, childRelation(boy), mother ? otherSurname(s) : s, head);
        break;
    }
    case Shape::Sharing: {
        const int age = mRandom.between(20, 35);
        add(mRandom.chance(0.5), age, relation::Head, s);
        const bool male = mRandom.chance(0.5);
        if (mRandom.chance(0.5)) {
            const int gap = mRandom.between(2, 5);
            add(male, mRandom.chance(0.5) || age - gap < 18 ? age + gap : age - gap, relation::Sibling, s);
        } else {
            const int flatmate = std::max(18, age + mRandom.between(-4, 4));
            add(male, flatmate, relation::Other, DemoNames::surname(mRandom));
        }
        break;
    }
    case Shape::Family: {
        int husbandAge = 27 + mRandom.below(16);
        husbandAge += mRandom.below(17);
        const int wife = wifeAge(husbandAge);
        const QString hers = otherSurname(s);
        int father;
        if (mRandom.chance(0.15)) {
            add(false, wife, relation::Head, hers);
            father = add(true, husbandAge, relation::Spouse, s);
        } else {
            father = add(true, husbandAge, relation::Head, s);
            add(false, wife, relation::Spouse, hers);
        }
        const int children = mRandom.chance(0.72) ? 1 : mRandom.chance(0.93) ? 2 : 3;
        std::vector<int> born;
        for (int i = 0; i < children; ++i) {
            const int age = siblingAge(wife, 30, born);
            const bool boy = mRandom.chance(0.515);
            if (age >= 0)
                add(boy, age, childRelation(boy), s, father);
        }
        break;
    }
    case Shape::ThreeGenerations: {
        const int grandfather = mRandom.between(58, 82);
        const int grandmother = wifeAge(grandfather);
        const double present = mRandom.unit();
        const bool withGrandfather = present < 0.65 || present >= 0.90;
        const bool withGrandmother = present < 0.90;
        int head = -1;
        if (withGrandfather)
            head = add(true, grandfather, relation::Head, s);
        if (withGrandmother) {
            const int i = add(false, grandmother, head < 0 ? relation::Head : relation::Spouse, otherSurname(s), -1);
            if (head < 0)
                head = i;
        }
        const int middleAge = mRandom.between(std::max(24, grandmother - 36), std::max(24, grandmother - 22));
        const bool son = mRandom.chance(0.7);
        const int child = add(son, middleAge, childRelation(son), s, head);
        const int inLawAge = son ? wifeAge(middleAge) : middleAge + mRandom.between(-2, 5);
        const QString inLawSurname = otherSurname(s);
        const int inLaw = add(!son, inLawAge, relation::ChildInLaw, inLawSurname);
        const int motherAge = son ? inLawAge : middleAge;
        const int father = son ? child : inLaw;
        const int grandchildren = mRandom.chance(0.75) ? 1 : 2;
        std::vector<int> born;
        for (int i = 0; i < grandchildren; ++i) {
            const int age = siblingAge(motherAge, 20, born);
            const bool boy = mRandom.chance(0.515);
            if (age >= 0)
                add(boy, age, relation::Grandchild, son ? s : inLawSurname, father);
        }
        break;
    }
    case Shape::ThreeGenerationsMiddle: {
        const int headAge = mRandom.between(30, 52);
        const int head = add(true, headAge, relation::Head, s);
        const int wife = wifeAge(headAge);
        add(false, wife, relation::Spouse, otherSurname(s));
        const int children = mRandom.chance(0.7) ? 1 : 2;
        std::vector<int> born;
        for (int i = 0; i < children; ++i) {
            const int age = siblingAge(wife, 25, born);
            const bool boy = mRandom.chance(0.515);
            if (age >= 0)
                add(boy, age, childRelation(boy), s, head);
        }
        // The head's parents moved in, often to mind the grandchildren.
        const double present = mRandom.unit();
        const int fatherAge = std::min(96, headAge + mRandom.between(23, 34));
        if (present < 0.45 || present >= 0.85)
            add(true, fatherAge, relation::Father, s);
        if (present < 0.85) {
            const int motherAge = present < 0.45 ? wifeAge(fatherAge) : std::min(96, headAge + mRandom.between(21, 34));
            add(false, motherAge, relation::Mother, otherSurname(s));
        }
        break;
    }
    case Shape::ElderlyCoupleWithChild: {
        const int husband = std::min(elderlyAge(), 88);
        const int wife = std::max(56, wifeAge(husband));
        const int head = add(true, husband, relation::Head, s);
        add(false, wife, relation::Spouse, otherSurname(s));
        const bool boy = mRandom.chance(0.5);
        add(boy, mRandom.between(std::max(25, wife - 38), std::max(25, wife - 22)), childRelation(boy), s, head);
        break;
    }
    }
    return m;
}

QString DemoFamily::householdResidence(Shape shape, int headAge)
{
    // (floating, resident) shares: renters and young couples are the ones who come and go.
    double floating = 0, resident = 0.06;
    switch (shape) {
    case Shape::YoungSingle: floating = 0.29; resident = 0.25; break;
    case Shape::MiddleSingle: floating = 0.06; resident = 0.15; break;
    case Shape::YoungCouple: floating = 0.18; resident = 0.25; break;
    case Shape::MiddleCouple: floating = 0.02; resident = 0.15; break;
    case Shape::SingleParent: floating = 0.06; resident = 0.17; break;
    case Shape::Sharing: floating = 0.45; resident = 0.22; break;
    case Shape::Family:
        floating = headAge < 40 ? 0.14 : 0.05;
        resident = headAge < 40 ? 0.23 : 0.16;
        break;
    case Shape::ThreeGenerations: floating = 0.02; resident = 0.10; break;
    case Shape::ThreeGenerationsMiddle: floating = 0.08; resident = 0.17; break;
    case Shape::ElderlyAlone:
    case Shape::ElderlyCouple:
    case Shape::ElderlyWithChild:
    case Shape::ElderlyCoupleWithChild:
        resident = 0.06;
        break;
    }
    const double x = mRandom.unit();
    if (x < floating)
        return residence::Floating;
    if (x < floating + resident)
        return residence::Resident;
    return residence::Registered;
}

QString DemoFamily::dalianRegion(int birthYear)
{
    QString code = pick(mRandom, kDalian);
    if (code == QLatin1String("210214") && birthYear < 2016)
        code = QStringLiteral("210211");
    return code;
}

QString DemoFamily::region(const QString &residenceType, int birthYear)
{
    if (residenceType == residence::Registered || residenceType == residence::Absent) {
        if (mRandom.chance(0.85))
            return dalianRegion(birthYear);
        return mRandom.chance(0.6) ? pick(mRandom, kLiaoning) : pick(mRandom, kShandong);
    }
    if (residenceType == residence::Resident)
        return mRandom.chance(0.55) ? pick(mRandom, kLiaoning) : pick(mRandom, kProvinces);
    return mRandom.chance(0.88) ? pick(mRandom, kProvinces) : pick(mRandom, kLiaoning);
}

QString DemoFamily::idNumber(const QString &region, const QDate &birth, bool male)
{
    const QString date = QStringLiteral("%1%2%3").arg(birth.year(), 4, 10, QLatin1Char('0'))
                             .arg(birth.month(), 2, 10, QLatin1Char('0')).arg(birth.day(), 2, 10, QLatin1Char('0'));
    for (;;) {
        // The sequence's last digit is odd for men, even for women.
        const int sequence = mRandom.below(500) * 2 + (male ? 1 : 0);
        const QString first17 = region + date + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        if (mIssued.contains(first17))
            continue;
        mIssued.insert(first17);
        return first17 + IdNumber::checkDigit(first17);
    }
}

QString DemoFamily::ethnicity(const QString &surname)
{
    if (DemoNames::isManchuSurname(surname) && mRandom.chance(0.6))
        return QStringLiteral("满族");
    // Liaoning has China's largest Manchu population; a few Hui, Korean, Mongol and Xibe families.
    static const std::vector<double> weights = {90.5, 7, 1, 0.6, 0.6, 0.3};
    static const char16_t *const names[] = {u"汉族", u"满族", u"回族", u"朝鲜族", u"蒙古族", u"锡伯族"};
    return QString::fromUtf16(names[mRandom.weighted(weights)]);
}

QString DemoFamily::mobile()
{
    const QString prefix = QString::fromLatin1(kMobilePrefixes[mRandom.below(int(std::size(kMobilePrefixes)))]);
    return prefix + digits(mRandom, 8);
}

QString DemoFamily::phoneFor(int age, QString &landline)
{
    const auto fixedLine = [&]() {
        if (landline.isEmpty())
            landline = QStringLiteral("0411-8") + digits(mRandom, 7);
        return landline;
    };
    const double x = mRandom.unit();
    if (age < 14)
        return {};
    if (age < 18)
        return x < 0.55 ? mobile() : QString();
    if (age < 60)
        return x < 0.97 ? mobile() : QString();
    // Many of the old keep only the family's fixed line, some have no phone at all.
    if (age < 75)
        return x < 0.80 ? mobile() : x < 0.92 ? fixedLine() : QString();
    return x < 0.45 ? mobile() : x < 0.78 ? fixedLine() : QString();
}

QStringList DemoFamily::tagsFor(const DemoPerson &p, Shape shape, int size)
{
    QStringList tags;
    const int age = p.age;
    if (age >= 80)
        tags << QStringLiteral("高龄");
    if (size == 1 && age >= 60) {
        tags << QStringLiteral("独居");
        if (age >= 65 && mRandom.chance(0.12))
            tags << QStringLiteral("孤寡");
    }
    if ((shape == Shape::ElderlyCouple || shape == Shape::MiddleCouple) && age >= 60)
        tags << QStringLiteral("空巢");
    const double disabled = age < 18 ? 0.005 : age < 60 ? 0.012 : age < 80 ? 0.03 : 0.06;
    const bool isDisabled = mRandom.chance(disabled);
    if (isDisabled)
        tags << QStringLiteral("残疾");
    if (p.residenceType == residence::Registered) {
        const bool vulnerable = isDisabled || (size == 1 && age >= 60);
        if (mRandom.chance(vulnerable ? 0.03 : 0.01))
            tags << QStringLiteral("低保");
    }
    if (p.male && age >= 30 && mRandom.chance(0.02)) {
        tags << QStringLiteral("退役军人");
        if (mRandom.chance(0.25))
            tags << QStringLiteral("优抚对象");
    }
    if (age >= 18 && age < 60 && p.residenceType != residence::Absent && mRandom.chance(0.02))
        tags << QStringLiteral("失业");
    if (age < 18 && mRandom.chance(0.003))
        tags << QStringLiteral("困境儿童");
    if (age >= 18 && p.residenceType != residence::Absent
        && mRandom.chance(age >= 50 && age <= 72 ? 0.055 : 0.035))
        tags << QStringLiteral("志愿者");
    return tags;
}

QString DemoFamily::personName(bool male, int birthYear)
{
    const QString surname = DemoNames::surname(mRandom);
    return surname + DemoNames::givenName(mRandom, birthYear, male);
}

std::vector<DemoPerson> DemoFamily::household(bool large)
{
    const Shape shape = pickShape(large);
    const std::vector<Member> members = this->members(shape);
    const int size = int(members.size());
    const QString type = householdResidence(shape, members.front().age);
    QString landline;
    std::vector<DemoPerson> out;
    out.reserve(members.size());
    for (int i = 0; i < size; ++i) {
        const Member &m = members[size_t(i)];
        DemoPerson p;
        p.male = m.male;
        p.age = m.age;
        p.relation = m.relation;
        p.birthDate = mReference.addYears(-m.age).addDays(-mRandom.below(365));
        const int year = p.birthDate.year();

        // A name no one else in the household has.
        for (int attempt = 0; attempt < 8; ++attempt) {
            p.name = m.surname + DemoNames::givenName(mRandom, year, m.male);
            if (std::none_of(out.begin(), out.end(), [&p](const DemoPerson &o) { return o.name == p.name; }))
                break;
        }

        // Whether they live here, and under whose household registration.
        p.residenceType = type;
        if (type == residence::Registered) {
            if ((m.relation == relation::Spouse || m.relation == relation::ChildInLaw) && mRandom.chance(0.08))
                p.residenceType = residence::Resident; // married in, registration left behind
            else if (m.age >= 16 && mRandom.chance(m.age >= 18 && m.age <= 45 ? 0.06 : 0.01))
                p.residenceType = residence::Absent;
        }
        const DemoPerson *parent = m.parent >= 0 ? &out[size_t(m.parent)] : nullptr;
        const DemoPerson *head = out.empty() ? nullptr : &out.front();
        QString region;
        if (parent && (m.age < 18 || mRandom.chance(0.6)) && parent->residenceType == p.residenceType)
            region = parent->idNumber.left(6);
        else if (head && m.relation == relation::Spouse && head->residenceType == p.residenceType && mRandom.chance(0.5))
            region = head->idNumber.left(6);
        else
            region = this->region(p.residenceType, year);
        if (region == QLatin1String("210214") && year < 2016)
            region = QStringLiteral("210211");
        p.idNumber = idNumber(region, p.birthDate, p.male);

        p.ethnicity = parent && mRandom.chance(0.85) ? parent->ethnicity : ethnicity(m.surname);
        p.phone = phoneFor(m.age, landline);
        p.tags = tagsFor(p, shape, size);
        out.push_back(p);
    }
    return out;
}

} // namespace jy
