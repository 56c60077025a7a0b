#include "party/partysources.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "party/branchmeetings.h"
#include "party/choices.h"
#include "party/partymembers.h"
#include "party/partyorganisation.h"
#include "party/partypoints.h"
#include "party/starassessment.h"

#include <QCoreApplication>

namespace jy {

namespace {
QString html(const QString &text) { return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); }

class BranchSource : public RegisterSource
{
public:
    // The context lupdate gives tr() calls in this class.
    static QString tr(const char *text) { return QCoreApplication::translate("jy::BranchSource", text); }
    BranchSource(Database &db, const Session &session) : mDb(db), mSession(session) {}
    QString key() const override { return QStringLiteral("branches"); }
    QString title() const override { return tr("Party organisation"); }
    QStringList headers() const override
    {
        return {tr("Name"), tr("Level"), tr("Kind"), tr("Theme"), tr("Under"), tr("Secretary"), tr("Members"), tr("Community")};
    }
    QList<double> widths() const override { return {20, 10, 10, 8, 18, 10, 8, 12}; }
    QList<QPair<QString, QString>> kinds() const override { return namedFilter(party_level::all(), party_level::name); }
    int count(const RegisterFilter &f) const override { return int(filtered(f).size()); }
    QList<RegisterRow> rows(const RegisterFilter &f) const override
    {
        // A community has a dozen organisations, a street a few hundred: read whole, paged here.
        const QList<PartyBranch> all = filtered(f);
        QList<RegisterRow> out;
        const int from = std::max(0, f.offset);
        const int to = f.limit < 0 ? int(all.size()) : std::min(int(all.size()), from + f.limit);
        for (int i = from; i < to; ++i) {
            const PartyBranch &b = all.at(i);
            // Regular, grid or functional are kinds of branch; a committee is none of them.
            const QString kind = b.level == party_level::Branch ? branch_kind::name(b.kind) : QString();
            out.append({b.id, {b.name, party_level::name(b.level), kind, b.theme, b.parentName, b.secretary, b.members, b.communityName}, false});
        }
        return out;
    }
    QString details(qint64 id) const override
    {
        PartyOrganisation org(mDb, mSession);
        const std::optional<PartyBranch> b = org.find(id);
        if (!b)
            return {};
        QString out = QStringLiteral("<h3>%1</h3><p>%2 · %3</p>").arg(html(b->name), html(party_level::name(b->level)), html(branch_kind::name(b->kind)));
        const QList<PartyGroup> groups = org.groups(id);
        if (!groups.isEmpty()) {
            QStringList names;
            for (const PartyGroup &g : groups)
                names << html(g.name);
            out += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Party groups:"), names.join(QStringLiteral("、")));
        }
        const StarAssessment stars(mDb, mSession);
        for (int year = QDate::currentDate().year() - 1; year >= QDate::currentDate().year() - 3; --year) {
            const StarAssessmentResult r = stars.result(id, year);
            if (r.scores.isEmpty())
                continue;
            out += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Five-star assessment %1: %2").arg(year).arg(QString(r.stars, QChar(0x2605))));
            for (const StarScore &s : r.scores)
                out += QStringLiteral("<li>%1: %2 — %3</li>").arg(html(branch_star::name(s.star))).arg(s.score).arg(html(s.notes));
            out += QStringLiteral("</ul>");
        }
        return out;
    }
    bool mayEdit() const override { return mSession.can(Permission::ManageParty); }
    QList<FormField> form(bool) const override
    {
        using T = FormField::Type;
        Choices parents = {{tr("(none)"), qint64(0)}};
        parents << branchChoices(mDb, Scope::homeCommunity(mDb, mSession));
        return {
            {QStringLiteral("community"), tr("&Community:"), T::Choice, communityChoices(mDb, mSession), false},
            {QStringLiteral("name"), tr("&Name:"), T::Text},
            {QStringLiteral("level"), tr("&Level:"), T::Choice, named(party_level::all(), party_level::name), false},
            {QStringLiteral("kind"), tr("&Kind:"), T::Choice, named(branch_kind::all(), branch_kind::name), false},
            {QStringLiteral("theme"), tr("&Theme:"), T::Choice, plain(QStringList{QString()} + branchThemes()), true},
            {QStringLiteral("parent"), tr("&Under:"), T::Choice, parents, false},
            {QStringLiteral("secretary"), tr("&Secretary:"), T::Text},
            {QStringLiteral("founded_on"), tr("&Founded on:"), T::Date},
        };
    }
    QVariantMap load(qint64 id) const override
    {
        const std::optional<PartyBranch> b = PartyOrganisation(mDb, mSession).find(id);
        if (!b)
            return {};
        return {{QStringLiteral("id"), b->id}, {QStringLiteral("community"), b->communityId}, {QStringLiteral("name"), b->name},
                {QStringLiteral("level"), b->level}, {QStringLiteral("kind"), b->kind}, {QStringLiteral("theme"), b->theme},
                {QStringLiteral("parent"), b->parentId}, {QStringLiteral("secretary"), b->secretary}, {QStringLiteral("founded_on"), b->foundedOn},
                {kRowVersionKey, b->rowVersion}};
    }
    QVariantMap blank(qint64 communityId) const override
    {
        return {{QStringLiteral("community"), communityId}, {QStringLiteral("level"), party_level::Branch}, {QStringLiteral("kind"), branch_kind::Regular},
                {QStringLiteral("parent"), qint64(0)}};
    }
    Result<qint64> save(const QVariantMap &v) override
    {
        PartyBranch b;
        b.id = v.value(QStringLiteral("id")).toLongLong();
        b.communityId = v.value(QStringLiteral("community")).toLongLong();
        b.name = v.value(QStringLiteral("name")).toString();
        b.level = v.value(QStringLiteral("level")).toString();
        b.kind = v.value(QStringLiteral("kind")).toString();
        b.theme = v.value(QStringLiteral("theme")).toString();
        b.parentId = v.value(QStringLiteral("parent")).toLongLong();
        b.secretary = v.value(QStringLiteral("secretary")).toString();
        b.foundedOn = v.value(QStringLiteral("founded_on")).toDate();
        b.rowVersion = v.value(kRowVersionKey).toInt();
        return PartyOrganisation(mDb, mSession).save(b);
    }
    Status remove(qint64 id) override { return PartyOrganisation(mDb, mSession).remove(id); }
    QList<RegisterAction> actions() const override
    {
        return {{QStringLiteral("group"), tr("Add a party &group…")}, {QStringLiteral("assess"), tr("Five-star &assessment…")}};
    }
    QList<FormField> actionForm(const QString &key, qint64) const override
    {
        using T = FormField::Type;
        if (key == QLatin1String("group"))
            return {{QStringLiteral("name"), tr("&Name:"), T::Text}, {QStringLiteral("leader"), tr("&Leader:"), T::Text}};
        FormField year{QStringLiteral("year"), tr("&Year:"), T::Number};
        year.minimum = 2000;
        year.maximum = QDate::currentDate().year();
        return {year,
                {QStringLiteral("star"), tr("&Star:"), T::Choice, named(branch_star::all(), branch_star::name), false},
                {QStringLiteral("score"), tr("S&core (pass mark %1):").arg(StarAssessment::kPassScore), T::Number, {}, true, 0, 100},
                {QStringLiteral("notes"), tr("&Evidence:"), T::MultiLine}};
    }
    QVariantMap actionDefaults(const QString &key, qint64) const override
    {
        if (key == QLatin1String("assess"))
            return {{QStringLiteral("year"), QDate::currentDate().year() - 1}, {QStringLiteral("score"), StarAssessment::kPassScore}};
        return {};
    }
    Status act(const QString &key, qint64 id, const QVariantMap &v) override
    {
        if (key == QLatin1String("group")) {
            const Result<qint64> saved = PartyOrganisation(mDb, mSession).saveGroup(
                {0, id, v.value(QStringLiteral("name")).toString(), v.value(QStringLiteral("leader")).toString()});
            return saved ? success() : Status(saved.errors());
        }
        return StarAssessment(mDb, mSession).assess(id, v.value(QStringLiteral("year")).toInt(), v.value(QStringLiteral("star")).toString(),
                                                    v.value(QStringLiteral("score")).toInt(), v.value(QStringLiteral("notes")).toString());
    }
    QString describe(qint64 id) const override
    {
        const std::optional<PartyBranch> b = PartyOrganisation(mDb, mSession).find(id);
        return b ? b->name : QString();
    }

private:
    QList<PartyBranch> filtered(const RegisterFilter &f) const
    {
        QList<PartyBranch> out;
        for (const PartyBranch &b : PartyOrganisation(mDb, mSession).list(f.communityId, f.text))
            if (f.kind.isEmpty() || b.level == f.kind)
                out << b;
        return out;
    }
    Database &mDb;
    const Session &mSession;
};

class MemberSource : public RegisterSource
{
public:
    // The context lupdate gives tr() calls in this class.
    static QString tr(const char *text) { return QCoreApplication::translate("jy::MemberSource", text); }
    MemberSource(Database &db, const Session &session) : mDb(db), mSession(session) {}
    QString key() const override { return QStringLiteral("members"); }
    QString title() const override { return tr("Party members"); }
    QStringList headers() const override
    {
        return {tr("Name"), tr("Branch"), tr("Group"), tr("Status"), tr("Kind"), tr("Joined"), tr("Posts"), tr("Points"), tr("Community")};
    }
    QList<double> widths() const override { return {10, 14, 12, 12, 16, 12, 20, 8, 12}; }
    QList<QPair<QString, QString>> kinds() const override { return namedFilter(member_kind::all(), member_kind::name); }
    QList<QPair<QString, QString>> states() const override { return namedFilter(member_status::all(), member_status::name); }
    Choices owners() const override { return branchChoices(mDb, Scope::homeCommunity(mDb, mSession)); }
    QString ownersLabel() const override { return tr("All branches"); }
    int count(const RegisterFilter &f) const override { return PartyMembers(mDb, mSession).count(f); }
    QList<RegisterRow> rows(const RegisterFilter &f) const override
    {
        QList<RegisterRow> out;
        for (const PartyMember &m : PartyMembers(mDb, mSession).list(f))
            out.append({m.residentId, {m.name, m.branchName, m.groupName, member_status::name(m.status), member_kind::name(m.kind), m.joinedOn,
                                       m.posts, m.points, m.communityName}, false});
        return out;
    }
    QString details(qint64 id) const override
    {
        PartyMembers members(mDb, mSession);
        const std::optional<PartyMember> m = members.find(id);
        if (!m)
            return {};
        QString out = QStringLiteral("<h3>%1</h3><p>%2 · %3 · %4</p>").arg(html(m->name), html(m->branchName), html(member_status::name(m->status)),
                                                                            html(member_kind::name(m->kind)));
        out += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Posts held"));
        for (const PartyPost &p : members.posts(id))
            out += QStringLiteral("<li>%1 %2 — %3</li>").arg(html(p.post), p.since.toString(Qt::ISODate),
                                                           p.until.isValid() ? p.until.toString(Qt::ISODate) : tr("now"));
        out += QStringLiteral("</ul><h4>%1</h4><ul>").arg(tr("Transfers"));
        for (const PartyTransfer &t : members.transfers(id))
            out += QStringLiteral("<li>%1 %2 → %3 %4</li>").arg(t.movedOn.toString(Qt::ISODate), html(t.fromBranch), html(t.toBranch), html(t.reason));
        out += QStringLiteral("</ul><h4>%1</h4><ul>").arg(tr("Points: %1").arg(m->points));
        const QList<PartyPointsEntry> entries = PartyPoints(mDb, mSession).entries(id);
        for (int i = std::max(0, int(entries.size()) - 8); i < entries.size(); ++i)
            out += QStringLiteral("<li>%1 %2 %3</li>").arg(entries.at(i).onDate.toString(Qt::ISODate)).arg(QString::asprintf("%+d", entries.at(i).points)).arg(html(entries.at(i).reason));
        return out + QStringLiteral("</ul>");
    }
    bool mayEdit() const override { return mSession.can(Permission::ManageParty); }
    QList<FormField> form(bool creating) const override
    {
        using T = FormField::Type;
        QList<FormField> out;
        if (creating) {
            out.append({QStringLiteral("resident"), tr("&Resident (name or ID number):"), T::Text});
            out.append({QStringLiteral("branch"), tr("&Branch:"), T::Choice, branchChoices(mDb, Scope::homeCommunity(mDb, mSession)), false});
        }
        FormField group{QStringLiteral("group"), tr("Party &group:"), T::Choice, {}, false};
        group.dependsOn = QStringLiteral("branch");
        out.append(group);
        out.append({QStringLiteral("status"), tr("&Status:"), T::Choice, named(member_status::all(), member_status::name), false});
        out.append({QStringLiteral("kind"), tr("&Kind:"), T::Choice, named(member_kind::all(), member_kind::name), false});
        out.append({QStringLiteral("joined_on"), tr("&Joined on:"), T::Date});
        return out;
    }
    QVariantMap load(qint64 id) const override
    {
        const std::optional<PartyMember> m = PartyMembers(mDb, mSession).find(id);
        if (!m)
            return {};
        return {{QStringLiteral("id"), m->residentId}, {QStringLiteral("branch"), m->branchId}, {QStringLiteral("group"), m->groupId},
                {QStringLiteral("status"), m->status}, {QStringLiteral("kind"), m->kind}, {QStringLiteral("joined_on"), m->joinedOn},
                {kRowVersionKey, m->rowVersion}};
    }
    QVariantMap blank(qint64 communityId) const override
    {
        return {{QStringLiteral("community"), communityId}, {QStringLiteral("status"), member_status::Full}, {QStringLiteral("kind"), member_kind::Community}};
    }
    Result<qint64> save(const QVariantMap &v) override
    {
        PartyMembers members(mDb, mSession);
        PartyMember m;
        m.residentId = v.value(QStringLiteral("id")).toLongLong();
        if (!m.residentId) {
            const Result<qint64> resident = members.residentFor(v.value(QStringLiteral("resident")).toString(), v.value(QStringLiteral("community")).toLongLong());
            if (!resident)
                return resident.errors();
            if (members.find(resident.value()))
                return Result<qint64>::fail(QStringLiteral("resident"), tr("%1 already has a party record.").arg(v.value(QStringLiteral("resident")).toString()));
            m.residentId = resident.value();
        }
        m.branchId = v.value(QStringLiteral("branch")).toLongLong();
        m.groupId = v.value(QStringLiteral("group")).toLongLong();
        m.status = v.value(QStringLiteral("status")).toString();
        m.kind = v.value(QStringLiteral("kind")).toString();
        m.joinedOn = v.value(QStringLiteral("joined_on")).toDate();
        m.rowVersion = v.value(kRowVersionKey).toInt();
        const Status saved = members.save(m);
        if (!saved)
            return saved.errors();
        return m.residentId;
    }
    Status remove(qint64 id) override { return PartyMembers(mDb, mSession).remove(id); }
    Choices dependentChoices(const QString &field, const QVariant &branch) const override
    {
        if (field != QLatin1String("group"))
            return {};
        // Groups belong to one branch: the member's, or the one chosen for a new member.
        Choices out = {{tr("(no group)"), qint64(0)}};
        for (const PartyGroup &g : PartyOrganisation(mDb, mSession).groups(branch.toLongLong()))
            out.append({g.leader.isEmpty() ? g.name : tr("%1 (leader %2)").arg(g.name, g.leader), g.id});
        return out;
    }
    QList<RegisterAction> actions() const override
    {
        return {{QStringLiteral("transfer"), tr("&Transfer to another branch…")}, {QStringLiteral("post"), tr("Take a &post (认岗领责)…")},
                {QStringLiteral("points"), tr("Record &points…")}};
    }
    QList<FormField> actionForm(const QString &key, qint64) const override
    {
        using T = FormField::Type;
        if (key == QLatin1String("transfer"))
            return {{QStringLiteral("branch"), tr("&To branch:"), T::Choice, branchChoices(mDb, Scope::homeCommunity(mDb, mSession)), false},
                    {QStringLiteral("moved_on"), tr("&Date:"), T::Date},
                    {QStringLiteral("reason"), tr("&Reason:"), T::Text}};
        if (key == QLatin1String("post"))
            return {{QStringLiteral("post"), tr("&Post:"), T::Choice,
                     plain({QStringLiteral("楼栋长"), QStringLiteral("文明劝导员"), QStringLiteral("政策宣传员"), QStringLiteral("矛盾调解员"),
                            QStringLiteral("环境监督员"), QStringLiteral("安全巡查员"), QStringLiteral("邻里互助员")}), true},
                    {QStringLiteral("duty"), tr("D&uty:"), T::Text},
                    {QStringLiteral("since"), tr("&Since:"), T::Date}};
        return {{QStringLiteral("kind"), tr("&Kind:"), T::Choice, named(party_points_kind::all(), party_points_kind::name), false},
                {QStringLiteral("points"), tr("&Points:"), T::Number, {}, true, -1000, 1000},
                {QStringLiteral("reason"), tr("&Reason:"), T::Text},
                {QStringLiteral("on_date"), tr("&Date:"), T::Date},
                {QStringLiteral("approved_by"), tr("&Approved by:"), T::Text}};
    }
    QVariantMap actionDefaults(const QString &key, qint64) const override
    {
        const QDate today = QDate::currentDate();
        if (key == QLatin1String("transfer"))
            return {{QStringLiteral("moved_on"), today}};
        if (key == QLatin1String("post"))
            return {{QStringLiteral("since"), today}};
        return {{QStringLiteral("on_date"), today}, {QStringLiteral("points"), 2}};
    }
    Status act(const QString &key, qint64 id, const QVariantMap &v) override
    {
        PartyMembers members(mDb, mSession);
        if (key == QLatin1String("transfer"))
            return members.transfer(id, v.value(QStringLiteral("branch")).toLongLong(), v.value(QStringLiteral("moved_on")).toDate(),
                                    v.value(QStringLiteral("reason")).toString());
        if (key == QLatin1String("post")) {
            const Result<qint64> added = members.addPost({0, id, v.value(QStringLiteral("post")).toString(), v.value(QStringLiteral("duty")).toString(),
                                                          v.value(QStringLiteral("since")).toDate(), QDate()});
            return added ? success() : Status(added.errors());
        }
        PartyPointsEntry e;
        e.residentId = id;
        e.kind = v.value(QStringLiteral("kind")).toString();
        e.points = v.value(QStringLiteral("points")).toInt();
        e.reason = v.value(QStringLiteral("reason")).toString();
        e.onDate = v.value(QStringLiteral("on_date")).toDate();
        e.approvedBy = v.value(QStringLiteral("approved_by")).toString();
        const Result<qint64> recorded = PartyPoints(mDb, mSession).record(e);
        return recorded ? success() : Status(recorded.errors());
    }
    QString describe(qint64 id) const override
    {
        const std::optional<PartyMember> m = PartyMembers(mDb, mSession).find(id);
        return m ? tr("party member %1").arg(m->name) : QString();
    }

private:
    Database &mDb;
    const Session &mSession;
};

class BranchMeetingSource : public RegisterSource
{
public:
    // The context lupdate gives tr() calls in this class.
    static QString tr(const char *text) { return QCoreApplication::translate("jy::BranchMeetingSource", text); }
    BranchMeetingSource(Database &db, const Session &session) : mDb(db), mSession(session) {}
    QString key() const override { return QStringLiteral("branch_meetings"); }
    QString title() const override { return tr("Branch meetings and lessons"); }
    QStringList headers() const override { return {tr("Date"), tr("Branch"), tr("Kind"), tr("Topic"), tr("Place"), tr("Attended"), tr("Expected")}; }
    QList<double> widths() const override { return {12, 14, 14, 36, 16, 8, 8}; }
    QList<QPair<QString, QString>> kinds() const override { return namedFilter(branch_meeting_kind::all(), branch_meeting_kind::name); }
    int count(const RegisterFilter &f) const override { return BranchMeetings(mDb, mSession).count(f); }
    QList<RegisterRow> rows(const RegisterFilter &f) const override
    {
        QList<RegisterRow> out;
        for (const BranchMeeting &m : BranchMeetings(mDb, mSession).list(f))
            out.append({m.id, {m.heldOn, m.branchName, branch_meeting_kind::name(m.kind), m.topic, m.place, m.attended, m.expected},
                        m.expected > 0 && m.attended * 3 < m.expected * 2}); // under two thirds present
        return out;
    }
    bool mayEdit() const override { return mSession.can(Permission::ManageParty); }
    QList<FormField> form(bool) const override
    {
        using T = FormField::Type;
        return {
            {QStringLiteral("branch"), tr("&Branch:"), T::Choice, branchChoices(mDb, Scope::homeCommunity(mDb, mSession)), false},
            {QStringLiteral("kind"), tr("&Kind:"), T::Choice, named(branch_meeting_kind::all(), branch_meeting_kind::name), false},
            {QStringLiteral("held_on"), tr("&Date:"), T::Date},
            {QStringLiteral("topic"), tr("&Topic:"), T::Text},
            {QStringLiteral("place"), tr("&Place:"), T::Text},
            {QStringLiteral("expected"), tr("&Expected:"), T::Number},
            {QStringLiteral("attended"), tr("&Attended:"), T::Number},
            {QStringLiteral("notes"), tr("&Notes:"), T::MultiLine},
        };
    }
    QVariantMap load(qint64 id) const override
    {
        const std::optional<BranchMeeting> m = BranchMeetings(mDb, mSession).find(id);
        if (!m)
            return {};
        return {{QStringLiteral("id"), m->id}, {QStringLiteral("branch"), m->branchId}, {QStringLiteral("kind"), m->kind},
                {QStringLiteral("held_on"), m->heldOn}, {QStringLiteral("topic"), m->topic}, {QStringLiteral("place"), m->place},
                {QStringLiteral("expected"), m->expected}, {QStringLiteral("attended"), m->attended}, {QStringLiteral("notes"), m->notes},
                {kRowVersionKey, m->rowVersion}};
    }
    QVariantMap blank(qint64) const override { return {{QStringLiteral("kind"), branch_meeting_kind::ThemeDay}, {QStringLiteral("held_on"), QDate::currentDate()}}; }
    Result<qint64> save(const QVariantMap &v) override
    {
        BranchMeeting m;
        m.id = v.value(QStringLiteral("id")).toLongLong();
        m.branchId = v.value(QStringLiteral("branch")).toLongLong();
        m.kind = v.value(QStringLiteral("kind")).toString();
        m.heldOn = v.value(QStringLiteral("held_on")).toDate();
        m.topic = v.value(QStringLiteral("topic")).toString();
        m.place = v.value(QStringLiteral("place")).toString();
        m.expected = v.value(QStringLiteral("expected")).toInt();
        m.attended = v.value(QStringLiteral("attended")).toInt();
        m.notes = v.value(QStringLiteral("notes")).toString();
        m.rowVersion = v.value(kRowVersionKey).toInt();
        return BranchMeetings(mDb, mSession).save(m);
    }
    Status remove(qint64 id) override { return BranchMeetings(mDb, mSession).remove(id); }
    QString describe(qint64 id) const override
    {
        const QVariantMap m = load(id);
        return m.isEmpty() ? QString() : QStringLiteral("%1（%2）").arg(m.value(QStringLiteral("topic")).toString(), m.value(QStringLiteral("held_on")).toDate().toString(Qt::ISODate));
    }

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace

std::unique_ptr<RegisterSource> makeBranchSource(Database &db, const Session &session) { return std::make_unique<BranchSource>(db, session); }
std::unique_ptr<RegisterSource> makeMemberSource(Database &db, const Session &session) { return std::make_unique<MemberSource>(db, session); }
std::unique_ptr<RegisterSource> makeBranchMeetingSource(Database &db, const Session &session) { return std::make_unique<BranchMeetingSource>(db, session); }

} // namespace jy
