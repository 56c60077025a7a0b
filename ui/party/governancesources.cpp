#include "party/governancesources.h"
#include "accounts/session.h"
#include "governance/activities.h"
#include "governance/agencyservices.h"
#include "governance/agencyworkflow.h"
#include "governance/governancemeetings.h"
#include "governance/mediationcases.h"
#include "governance/mediationworkflow.h"
#include "governance/merchants.h"
#include "party/choices.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

namespace jy {

namespace {
QString html(const QString &text) { return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); }
QString localTime(const QDateTime &t) { return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(); }

QString historyHtml(const Workflow &w, const QList<HistoryEntry> &history)
{
    QString out = QStringLiteral("<h4>%1</h4><ol>").arg(QCoreApplication::translate("jy::GovernanceSources", "History"));
    for (const HistoryEntry &e : history) {
        QStringList fields;
        for (auto it = e.fields.cbegin(); it != e.fields.cend(); ++it)
            if (it.value().typeId() == QMetaType::QString && !it.value().toString().isEmpty())
                fields << html(it.value().toString());
        out += QStringLiteral("<li>%1 · %2 → %3 · %4%5</li>")
                   .arg(localTime(e.at), html(w.actionName(e.action)), html(w.stateName(e.toState)), html(e.actor),
                        fields.isEmpty() ? QString() : QStringLiteral("<br>") + fields.join(QStringLiteral("；")));
    }
    return out + QStringLiteral("</ol>");
}

class MeetingSource : public RegisterSource
{
public:
    // The context lupdate gives tr() calls in this class.
    static QString tr(const char *text) { return QCoreApplication::translate("jy::MeetingSource", text); }
    MeetingSource(Database &db, const Session &session) : mDb(db), mSession(session) {}
    QString key() const override { return QStringLiteral("meetings"); }
    QString title() const override { return tr("Meetings"); }
    QStringList headers() const override
    {
        return {tr("Date"), tr("Kind"), tr("Topic"), tr("Place"), tr("Attendance"), tr("Open follow-ups"), tr("Decisions"), tr("Community")};
    }
    QList<double> widths() const override { return {12, 16, 30, 18, 8, 8, 40, 12}; }
    QList<QPair<QString, QString>> kinds() const override { return namedFilter(meeting_kind::all(), meeting_kind::name); }
    int count(const RegisterFilter &f) const override { return GovernanceMeetings(mDb, mSession).count(f); }
    QList<RegisterRow> rows(const RegisterFilter &f) const override
    {
        QList<RegisterRow> out;
        for (const GovernanceMeeting &m : GovernanceMeetings(mDb, mSession).list(f))
            out.append({m.id, {m.heldOn, meeting_kind::name(m.kind), m.topic, m.place, m.attendance, m.openFollowUps, m.decisions, m.communityName},
                        m.openFollowUps > 0 && m.heldOn.daysTo(QDate::currentDate()) > 60});
        return out;
    }
    QString details(qint64 id) const override
    {
        GovernanceMeetings service(mDb, mSession);
        const std::optional<GovernanceMeeting> m = service.find(id);
        if (!m)
            return {};
        QString out = QStringLiteral("<h3>%1</h3><p>%2 · %3 · %4</p><p><b>%5</b> %6</p><p><b>%7</b> %8</p><h4>%9</h4><ul>")
                          .arg(html(m->topic), m->heldOn.toString(Qt::ISODate), html(meeting_kind::name(m->kind)), html(m->place),
                               tr("Participants:"), html(m->participants), tr("Decisions:"), html(m->decisions), tr("Follow-up items"));
        for (const FollowUp &f : service.followUps(id))
            out += QStringLiteral("<li>%1 — %2%3 %4</li>").arg(html(f.item), html(f.owner),
                                                             f.dueOn.isValid() ? QStringLiteral(" · ") + tr("due %1").arg(f.dueOn.toString(Qt::ISODate)) : QString(),
                                                             f.done ? tr("(done %1)").arg(f.doneOn.toString(Qt::ISODate)) : tr("(open)"));
        return out + QStringLiteral("</ul>");
    }
    bool mayEdit() const override { return mSession.can(Permission::ManageGovernance); }
    QList<FormField> form(bool) const override
    {
        using T = FormField::Type;
        return {
            {QStringLiteral("community"), tr("&Community:"), T::Choice, communityChoices(mDb, mSession), false},
            {QStringLiteral("kind"), tr("&Kind:"), T::Choice, named(meeting_kind::all(), meeting_kind::name), false},
            {QStringLiteral("held_on"), tr("&Date:"), T::Date},
            {QStringLiteral("topic"), tr("&Topic:"), T::Text},
            {QStringLiteral("place"), tr("&Place:"), T::Text},
            {QStringLiteral("participants"), tr("&Participants:"), T::MultiLine},
            {QStringLiteral("attendance"), tr("&Attendance:"), T::Number},
            {QStringLiteral("decisions"), tr("De&cisions:"), T::MultiLine},
        };
    }
    QVariantMap load(qint64 id) const override
    {
        const std::optional<GovernanceMeeting> m = GovernanceMeetings(mDb, mSession).find(id);
        if (!m)
            return {};
        return {{QStringLiteral("id"), m->id}, {QStringLiteral("community"), m->communityId}, {QStringLiteral("kind"), m->kind},
                {QStringLiteral("held_on"), m->heldOn}, {QStringLiteral("topic"), m->topic}, {QStringLiteral("place"), m->place},
                {QStringLiteral("participants"), m->participants}, {QStringLiteral("attendance"), m->attendance}, {QStringLiteral("decisions"), m->decisions},
                {kRowVersionKey, m->rowVersion}};
    }
    QVariantMap blank(qint64 communityId) const override
    {
        return {{QStringLiteral("community"), communityId}, {QStringLiteral("kind"), meeting_kind::ResidentCouncil}, {QStringLiteral("held_on"), QDate::currentDate()}};
    }
    Result<qint64> save(const QVariantMap &v) override
    {
        GovernanceMeeting m;
        m.id = v.value(QStringLiteral("id")).toLongLong();
        m.rowVersion = v.value(kRowVersionKey).toInt();
        m.communityId = v.value(QStringLiteral("community")).toLongLong();
        m.kind = v.value(QStringLiteral("kind")).toString();
        m.heldOn = v.value(QStringLiteral("held_on")).toDate();
        m.topic = v.value(QStringLiteral("topic")).toString();
        m.place = v.value(QStringLiteral("place")).toString();
        m.participants = v.value(QStringLiteral("participants")).toString();
        m.attendance = v.value(QStringLiteral("attendance")).toInt();
        m.decisions = v.value(QStringLiteral("decisions")).toString();
        return GovernanceMeetings(mDb, mSession).save(m);
    }
    Status remove(qint64 id) override { return GovernanceMeetings(mDb, mSession).remove(id); }
    QList<RegisterAction> actions() const override
    {
        return {{QStringLiteral("followup"), tr("Add a &follow-up item…")}, {QStringLiteral("done"), tr("Mark a follow-up item &done…")}};
    }
    QList<FormField> actionForm(const QString &key, qint64 id) const override
    {
        using T = FormField::Type;
        if (key == QLatin1String("followup"))
            return {{QStringLiteral("item"), tr("&Item:"), T::Text}, {QStringLiteral("owner"), tr("&Who:"), T::Text}, {QStringLiteral("due_on"), tr("&Due on:"), T::Date}};
        Choices open;
        for (const FollowUp &f : GovernanceMeetings(mDb, mSession).followUps(id))
            if (!f.done)
                open.append({f.item, f.id});
        return {{QStringLiteral("followup"), tr("&Item:"), T::Choice, open, false}, {QStringLiteral("done_on"), tr("&Done on:"), T::Date}};
    }
    QVariantMap actionDefaults(const QString &key, qint64) const override
    {
        return key == QLatin1String("done") ? QVariantMap{{QStringLiteral("done_on"), QDate::currentDate()}} : QVariantMap{};
    }
    Status act(const QString &key, qint64 id, const QVariantMap &v) override
    {
        GovernanceMeetings meetings(mDb, mSession);
        if (key == QLatin1String("followup")) {
            const Result<qint64> added = meetings.addFollowUp({0, id, v.value(QStringLiteral("item")).toString(), v.value(QStringLiteral("owner")).toString(),
                                                              v.value(QStringLiteral("due_on")).toDate(), false, QDate()});
            return added ? success() : Status(added.errors());
        }
        if (!v.value(QStringLiteral("followup")).toLongLong())
            return Status::fail(QStringLiteral("followup"), tr("The meeting has no open follow-up item."));
        return meetings.completeFollowUp(v.value(QStringLiteral("followup")).toLongLong(), v.value(QStringLiteral("done_on")).toDate());
    }
    QString describe(qint64 id) const override
    {
        const std::optional<GovernanceMeeting> m = GovernanceMeetings(mDb, mSession).find(id);
        return m ? QStringLiteral("%1：%2（%3）").arg(meeting_kind::name(m->kind), m->topic, m->heldOn.toString(Qt::ISODate)) : QString();
    }

private:
    Database &mDb;
    const Session &mSession;
};

class MediationSource : public RegisterSource
{
public:
    // The context lupdate gives tr() calls in this class.
    static QString tr(const char *text) { return QCoreApplication::translate("jy::MediationSource", text); }
    MediationSource(Database &db, const Session &session) : mDb(db), mSession(session) {}
    QString key() const override { return QStringLiteral("mediation"); }
    QString title() const override { return tr("Mediation cases"); }
    QStringList headers() const override
    {
        return {tr("Number"), tr("Registered"), tr("Kind"), tr("Parties"), tr("State"), tr("Mediator"), tr("Sessions"), tr("Agreement"), tr("Outcome"), tr("Community")};
    }
    QList<double> widths() const override { return {16, 12, 12, 24, 10, 14, 6, 6, 30, 12}; }
    QList<QPair<QString, QString>> kinds() const override { return namedFilter(dispute_kind::all(), dispute_kind::name); }
    QList<QPair<QString, QString>> states() const override
    {
        QList<QPair<QString, QString>> out;
        for (const QString &s : mediationWorkflow().states())
            out.append({mediationWorkflow().stateName(s), s});
        return out;
    }
    int count(const RegisterFilter &f) const override { return MediationCases(mDb, mSession).count(f); }
    QList<RegisterRow> rows(const RegisterFilter &f) const override
    {
        QList<RegisterRow> out;
        const Workflow &w = mediationWorkflow();
        for (const MediationCase &k : MediationCases(mDb, mSession).list(f)) {
            const bool open = k.state == mediation_state::Registered || k.state == mediation_state::Mediating;
            out.append({k.id, {k.number, k.createdAt.toLocalTime().date(), dispute_kind::name(k.kind), k.parties, w.stateName(k.state), k.mediator,
                               k.sessions, k.state == mediation_state::Resolved ? (k.agreementSigned ? tr("signed") : tr("oral")) : QString(),
                               k.outcome, k.communityName},
                        // Open for a month: the street's rule is to settle small matters quickly.
                        open && k.createdAt.daysTo(QDateTime::currentDateTimeUtc()) > 30});
        }
        return out;
    }
    QString details(qint64 id) const override
    {
        MediationCases cases(mDb, mSession);
        const std::optional<MediationCase> k = cases.find(id);
        if (!k)
            return {};
        return QStringLiteral("<h3>%1</h3><p>%2 · %3</p><p>%4</p>").arg(html(k->number), html(dispute_kind::name(k->kind)), html(k->parties), html(k->summary))
               + historyHtml(mediationWorkflow(), cases.history(id));
    }
    bool mayCreate() const override { return mSession.can(Permission::RecordCases); }
    // A case's record is its registration; later changes are steps, not edits.
    bool mayEdit() const override { return false; }
    bool mayDelete() const override { return false; }
    QList<FormField> form(bool) const override
    {
        using T = FormField::Type;
        return {
            {QStringLiteral("community"), tr("&Community:"), T::Choice, communityChoices(mDb, mSession), false},
            {QStringLiteral("kind"), tr("&Kind:"), T::Choice, named(dispute_kind::all(), dispute_kind::name), false},
            {QStringLiteral("parties"), tr("&Parties:"), T::Text},
            {QStringLiteral("summary"), tr("&What happened:"), T::MultiLine},
        };
    }
    QVariantMap load(qint64) const override { return {}; }
    QVariantMap blank(qint64 communityId) const override { return {{QStringLiteral("community"), communityId}, {QStringLiteral("kind"), dispute_kind::Neighbour}}; }
    Result<qint64> save(const QVariantMap &v) override
    {
        MediationCase k;
        k.communityId = v.value(QStringLiteral("community")).toLongLong();
        k.kind = v.value(QStringLiteral("kind")).toString();
        k.parties = v.value(QStringLiteral("parties")).toString();
        k.summary = v.value(QStringLiteral("summary")).toString();
        return MediationCases(mDb, mSession).registerCase(k);
    }
    QString describe(qint64 id) const override
    {
        const std::optional<MediationCase> k = MediationCases(mDb, mSession).find(id);
        return k ? QStringLiteral("%1 %2").arg(k->number, k->parties) : QString();
    }
    const Workflow *workflow() const override { return &mediationWorkflow(); }
    QString state(qint64 id) const override
    {
        const std::optional<MediationCase> k = MediationCases(mDb, mSession).find(id);
        return k ? k->state : QString();
    }
    Status take(qint64 id, const QString &action, const QVariantMap &fields) override { return MediationCases(mDb, mSession).take(id, action, fields); }
    QList<FormField> stepForm(const QString &action) const override
    {
        QList<FormField> out = RegisterSource::stepForm(action);
        if (action == QLatin1String("resolve"))
            out.append({QStringLiteral("agreement_signed"), tr("A written &agreement was signed"), FormField::Type::Check});
        return out;
    }

private:
    Database &mDb;
    const Session &mSession;
};

class AgencySource : public RegisterSource
{
public:
    // The context lupdate gives tr() calls in this class.
    static QString tr(const char *text) { return QCoreApplication::translate("jy::AgencySource", text); }
    AgencySource(Database &db, const Session &session) : mDb(db), mSession(session) {}
    QString key() const override { return QStringLiteral("agency"); }
    QString title() const override { return tr("Agency services"); }
    QStringList headers() const override
    {
        return {tr("Number"), tr("Received"), tr("Requester"), tr("Matter"), tr("Kind"), tr("State"), tr("Handler"), tr("Days taken"), tr("Result"), tr("Community")};
    }
    QList<double> widths() const override { return {16, 12, 10, 24, 10, 10, 12, 8, 30, 12}; }
    QList<QPair<QString, QString>> kinds() const override
    {
        QList<QPair<QString, QString>> out;
        for (const QString &c : agencyCategories())
            out.append({c, c});
        return out;
    }
    QList<QPair<QString, QString>> states() const override
    {
        QList<QPair<QString, QString>> out;
        for (const QString &s : agencyWorkflow().states())
            out.append({agencyWorkflow().stateName(s), s});
        return out;
    }
    int count(const RegisterFilter &f) const override { return AgencyServices(mDb, mSession).count(f); }
    QList<RegisterRow> rows(const RegisterFilter &f) const override
    {
        QList<RegisterRow> out;
        const Workflow &w = agencyWorkflow();
        for (const AgencyService &a : AgencyServices(mDb, mSession).list(f)) {
            const double days = a.daysTaken();
            const bool open = a.state == agency_state::Received || a.state == agency_state::Handling;
            out.append({a.id, {a.number, a.createdAt.toLocalTime().date(), a.requesterName, a.matter, a.category, w.stateName(a.state), a.handler,
                               days < 0 ? QVariant() : QVariant(std::round(days * 10) / 10), a.result, a.communityName},
                        // 最多跑一次: an errand open for a week has been forgotten.
                        open && a.createdAt.daysTo(QDateTime::currentDateTimeUtc()) > 7});
        }
        return out;
    }
    QString details(qint64 id) const override
    {
        AgencyServices desk(mDb, mSession);
        const std::optional<AgencyService> a = desk.find(id);
        if (!a)
            return {};
        return QStringLiteral("<h3>%1</h3><p>%2 · %3</p>").arg(html(a->number), html(a->requesterName), html(a->matter))
               + historyHtml(agencyWorkflow(), desk.history(id));
    }
    bool mayCreate() const override { return mSession.can(Permission::RecordCases); }
    bool mayEdit() const override { return false; }
    bool mayDelete() const override { return false; }
    QList<FormField> form(bool) const override
    {
        using T = FormField::Type;
        return {
            {QStringLiteral("community"), tr("&Community:"), T::Choice, communityChoices(mDb, mSession), false},
            {QStringLiteral("requester"), tr("&Requester:"), T::Text},
            {QStringLiteral("matter"), tr("&Matter:"), T::Text},
            {QStringLiteral("category"), tr("&Kind:"), T::Choice, plain(agencyCategories()), true},
        };
    }
    QVariantMap load(qint64) const override { return {}; }
    QVariantMap blank(qint64 communityId) const override { return {{QStringLiteral("community"), communityId}}; }
    Result<qint64> save(const QVariantMap &v) override
    {
        AgencyService a;
        a.communityId = v.value(QStringLiteral("community")).toLongLong();
        a.requesterName = v.value(QStringLiteral("requester")).toString();
        a.matter = v.value(QStringLiteral("matter")).toString();
        a.category = v.value(QStringLiteral("category")).toString();
        return AgencyServices(mDb, mSession).receive(a);
    }
    QString describe(qint64 id) const override
    {
        const std::optional<AgencyService> a = AgencyServices(mDb, mSession).find(id);
        return a ? QStringLiteral("%1 %2 %3").arg(a->number, a->requesterName, a->matter) : QString();
    }
    const Workflow *workflow() const override { return &agencyWorkflow(); }
    QString state(qint64 id) const override
    {
        const std::optional<AgencyService> a = AgencyServices(mDb, mSession).find(id);
        return a ? a->state : QString();
    }
    Status take(qint64 id, const QString &action, const QVariantMap &fields) override { return AgencyServices(mDb, mSession).take(id, action, fields); }

private:
    Database &mDb;
    const Session &mSession;
};

class ActivitySource : public RegisterSource
{
public:
    // The context lupdate gives tr() calls in this class.
    static QString tr(const char *text) { return QCoreApplication::translate("jy::ActivitySource", text); }
    ActivitySource(Database &db, const Session &session) : mDb(db), mSession(session) {}
    QString key() const override { return QStringLiteral("activities"); }
    QString title() const override { return tr("Activities"); }
    QStringList headers() const override
    {
        return {tr("Date"), tr("Kind"), tr("Title"), tr("Organiser"), tr("Place"), tr("Participants"), tr("Photos"), tr("Community")};
    }
    QList<double> widths() const override { return {12, 12, 34, 22, 18, 8, 6, 12}; }
    QList<QPair<QString, QString>> kinds() const override { return namedFilter(activity_kind::all(), activity_kind::name); }
    int count(const RegisterFilter &f) const override { return Activities(mDb, mSession).count(f); }
    QList<RegisterRow> rows(const RegisterFilter &f) const override
    {
        QList<RegisterRow> out;
        for (const Activity &a : Activities(mDb, mSession).list(f))
            out.append({a.id, {a.heldOn, activity_kind::name(a.kind), a.title, a.organiser, a.place, a.participants,
                               a.photos ? QVariant(a.photos) : QVariant(), a.communityName}, false});
        return out;
    }
    QString details(qint64 id) const override
    {
        Activities events(mDb, mSession);
        const std::optional<Activity> a = events.find(id);
        if (!a)
            return {};
        QStringList line = {a->heldOn.toString(Qt::ISODate)};
        for (const QString &part : {a->place, a->organiser})
            if (!part.isEmpty())
                line << html(part);
        QString out = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>").arg(html(a->title), line.join(QStringLiteral(" · ")), html(a->notes));
        const QList<ActivityPhoto> photos = events.photos(id);
        if (!photos.isEmpty()) {
            out += QStringLiteral("<h4>%1</h4>").arg(tr("Photos"));
            for (const ActivityPhoto &p : photos) {
                // Shown small, from the database, without a temporary file.
                out += QStringLiteral("<p><img width=\"240\" src=\"data:%1;base64,%2\"><br>%3</p>")
                           .arg(p.mimeType, QString::fromLatin1(p.data.toBase64()), html(p.fileName));
            }
        }
        return out;
    }
    QList<RegisterAction> actions() const override { return {{QStringLiteral("photo"), tr("Attach a &photo…")}}; }
    QList<FormField> actionForm(const QString &, qint64) const override
    {
        FormField file{QStringLiteral("photo"), tr("&Photo:"), FormField::Type::File};
        file.fileFilter = tr("Photos (*.png *.jpg *.jpeg)");
        return {file};
    }
    Status act(const QString &, qint64 id, const QVariantMap &v) override
    {
        const QString path = v.value(QStringLiteral("photo")).toString();
        QFile file(path);
        if (path.isEmpty() || file.size() > Activities::kMaxPhotoBytes || !file.open(QIODevice::ReadOnly))
            return Status::fail(QStringLiteral("photo"), path.isEmpty() ? tr("Choose the photo file.")
                                                       : file.size() > Activities::kMaxPhotoBytes
                                                           ? tr("The photo is larger than %1 MB; save it smaller.").arg(Activities::kMaxPhotoBytes / 1024 / 1024)
                                                           : tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        const Result<qint64> kept = Activities(mDb, mSession).addPhoto(id, path, file.readAll());
        return kept ? success() : Status(kept.errors());
    }
    bool mayEdit() const override { return mSession.can(Permission::ManageGovernance); }
    QList<FormField> form(bool) const override
    {
        using T = FormField::Type;
        return {
            {QStringLiteral("community"), tr("&Community:"), T::Choice, communityChoices(mDb, mSession), false},
            {QStringLiteral("kind"), tr("&Kind:"), T::Choice, named(activity_kind::all(), activity_kind::name), false},
            {QStringLiteral("title"), tr("&Title:"), T::Text},
            {QStringLiteral("held_on"), tr("&Date:"), T::Date},
            {QStringLiteral("organiser"), tr("&Organiser:"), T::Text},
            {QStringLiteral("place"), tr("&Place:"), T::Text},
            {QStringLiteral("participants"), tr("P&articipants:"), T::Number},
            {QStringLiteral("notes"), tr("&Notes:"), T::MultiLine},
        };
    }
    QVariantMap load(qint64 id) const override
    {
        const std::optional<Activity> a = Activities(mDb, mSession).find(id);
        if (!a)
            return {};
        return {{QStringLiteral("id"), a->id}, {QStringLiteral("community"), a->communityId}, {QStringLiteral("kind"), a->kind},
                {QStringLiteral("title"), a->title}, {QStringLiteral("held_on"), a->heldOn}, {QStringLiteral("organiser"), a->organiser},
                {QStringLiteral("place"), a->place}, {QStringLiteral("participants"), a->participants}, {QStringLiteral("notes"), a->notes},
                {kRowVersionKey, a->rowVersion}};
    }
    QVariantMap blank(qint64 communityId) const override
    {
        return {{QStringLiteral("community"), communityId}, {QStringLiteral("kind"), activity_kind::Lecture}, {QStringLiteral("held_on"), QDate::currentDate()}};
    }
    Result<qint64> save(const QVariantMap &v) override
    {
        Activity a;
        a.id = v.value(QStringLiteral("id")).toLongLong();
        a.rowVersion = v.value(kRowVersionKey).toInt();
        a.communityId = v.value(QStringLiteral("community")).toLongLong();
        a.kind = v.value(QStringLiteral("kind")).toString();
        a.title = v.value(QStringLiteral("title")).toString();
        a.heldOn = v.value(QStringLiteral("held_on")).toDate();
        a.organiser = v.value(QStringLiteral("organiser")).toString();
        a.place = v.value(QStringLiteral("place")).toString();
        a.participants = v.value(QStringLiteral("participants")).toInt();
        a.notes = v.value(QStringLiteral("notes")).toString();
        return Activities(mDb, mSession).save(a);
    }
    Status remove(qint64 id) override { return Activities(mDb, mSession).remove(id); }
    QString describe(qint64 id) const override
    {
        const std::optional<Activity> a = Activities(mDb, mSession).find(id);
        return a ? QStringLiteral("%1（%2）").arg(a->title, a->heldOn.toString(Qt::ISODate)) : QString();
    }

private:
    Database &mDb;
    const Session &mSession;
};

class MerchantSource : public RegisterSource
{
public:
    // The context lupdate gives tr() calls in this class.
    static QString tr(const char *text) { return QCoreApplication::translate("jy::MerchantSource", text); }
    MerchantSource(Database &db, const Session &session) : mDb(db), mSession(session) {}
    QString key() const override { return QStringLiteral("merchants"); }
    QString title() const override { return tr("Merchants"); }
    QStringList headers() const override
    {
        return {tr("Name"), tr("Business"), tr("Owner"), tr("Phone"), tr("Model shop"), tr("Affiliated shop"), tr("List"), tr("Reason"), tr("Listed on"), tr("Community")};
    }
    QList<double> widths() const override { return {20, 12, 10, 14, 8, 8, 10, 30, 12, 12}; }
    QList<QPair<QString, QString>> kinds() const override
    {
        return {{tr("party-member model shops"), QStringLiteral("model")}, {tr("affiliated shops"), QStringLiteral("partner")}};
    }
    QList<QPair<QString, QString>> states() const override { return namedFilter(merchant_list::all(), merchant_list::name); }
    int count(const RegisterFilter &f) const override { return Merchants(mDb, mSession).count(f); }
    QList<RegisterRow> rows(const RegisterFilter &f) const override
    {
        QList<RegisterRow> out;
        for (const Merchant &m : Merchants(mDb, mSession).list(f))
            out.append({m.id, {m.name, m.business, m.owner, m.phone, m.modelShop ? tr("yes") : QString(), m.partnerShopId ? tr("yes") : QString(),
                               m.list == merchant_list::None ? QString() : merchant_list::name(m.list), m.listReason,
                               m.listedOn.isValid() ? QVariant(m.listedOn) : QVariant(), m.communityName},
                        m.list == merchant_list::Black});
        return out;
    }
    bool mayEdit() const override { return mSession.can(Permission::ManageGovernance); }
    QList<FormField> form(bool) const override
    {
        using T = FormField::Type;
        return {
            {QStringLiteral("community"), tr("&Community:"), T::Choice, communityChoices(mDb, mSession), false},
            {QStringLiteral("name"), tr("&Name:"), T::Text},
            {QStringLiteral("business"), tr("&Business:"), T::Text},
            {QStringLiteral("owner"), tr("&Owner:"), T::Text},
            {QStringLiteral("phone"), tr("&Phone:"), T::Text},
            {QStringLiteral("address"), tr("&Address:"), T::Text},
            {QStringLiteral("model_shop"), tr("Party-member &model shop"), T::Check},
            {QStringLiteral("list"), tr("&Red/black list:"), T::Choice, named(merchant_list::all(), merchant_list::name), false},
            {QStringLiteral("list_reason"), tr("R&eason:"), T::Text},
            {QStringLiteral("listed_on"), tr("&Listed on:"), T::Date},
        };
    }
    QVariantMap load(qint64 id) const override
    {
        const std::optional<Merchant> m = Merchants(mDb, mSession).find(id);
        if (!m)
            return {};
        return {{QStringLiteral("id"), m->id}, {QStringLiteral("community"), m->communityId}, {QStringLiteral("name"), m->name},
                {QStringLiteral("business"), m->business}, {QStringLiteral("owner"), m->owner}, {QStringLiteral("phone"), m->phone},
                {QStringLiteral("address"), m->address}, {QStringLiteral("model_shop"), m->modelShop}, {QStringLiteral("partner_shop"), m->partnerShopId},
                {QStringLiteral("list"), m->list}, {QStringLiteral("list_reason"), m->listReason}, {QStringLiteral("listed_on"), m->listedOn},
                {kRowVersionKey, m->rowVersion}};
    }
    QVariantMap blank(qint64 communityId) const override { return {{QStringLiteral("community"), communityId}, {QStringLiteral("list"), merchant_list::None}}; }
    Result<qint64> save(const QVariantMap &v) override
    {
        Merchant m;
        m.id = v.value(QStringLiteral("id")).toLongLong();
        m.rowVersion = v.value(kRowVersionKey).toInt();
        m.communityId = v.value(QStringLiteral("community")).toLongLong();
        m.name = v.value(QStringLiteral("name")).toString();
        m.business = v.value(QStringLiteral("business")).toString();
        m.owner = v.value(QStringLiteral("owner")).toString();
        m.phone = v.value(QStringLiteral("phone")).toString();
        m.address = v.value(QStringLiteral("address")).toString();
        m.modelShop = v.value(QStringLiteral("model_shop")).toBool();
        m.partnerShopId = v.value(QStringLiteral("partner_shop")).toLongLong();
        m.list = v.value(QStringLiteral("list")).toString();
        m.listReason = v.value(QStringLiteral("list_reason")).toString();
        m.listedOn = v.value(QStringLiteral("listed_on")).toDate();
        return Merchants(mDb, mSession).save(m);
    }
    Status remove(qint64 id) override { return Merchants(mDb, mSession).remove(id); }
    QString describe(qint64 id) const override
    {
        const std::optional<Merchant> m = Merchants(mDb, mSession).find(id);
        return m ? m->name : QString();
    }

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace

std::unique_ptr<RegisterSource> makeMeetingSource(Database &db, const Session &session) { return std::make_unique<MeetingSource>(db, session); }
std::unique_ptr<RegisterSource> makeMediationSource(Database &db, const Session &session) { return std::make_unique<MediationSource>(db, session); }
std::unique_ptr<RegisterSource> makeAgencySource(Database &db, const Session &session) { return std::make_unique<AgencySource>(db, session); }
std::unique_ptr<RegisterSource> makeActivitySource(Database &db, const Session &session) { return std::make_unique<ActivitySource>(db, session); }
std::unique_ptr<RegisterSource> makeMerchantSource(Database &db, const Session &session) { return std::make_unique<MerchantSource>(db, session); }

} // namespace jy
