#include "party/cobuildingsources.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "cobuilding/cobuildingprojects.h"
#include "cobuilding/cobuildingunits.h"
#include "cobuilding/projectworkflow.h"
#include "cobuilding/twowaylists.h"
#include "party/choices.h"

#include <QCoreApplication>
#include <QHash>

namespace jy {

namespace {
QString html(const QString &text) { return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")); }

class UnitSource : public RegisterSource
{
public:
    // The context lupdate gives tr() calls in this class.
    static QString tr(const char *text) { return QCoreApplication::translate("jy::UnitSource", text); }
    UnitSource(Database &db, const Session &session) : mDb(db), mSession(session) {}
    QString key() const override { return QStringLiteral("units"); }
    QString title() const override { return tr("Co-building units"); }
    QStringList headers() const override
    {
        return {tr("Name"), tr("Kind"), tr("Contact"), tr("Phone"), tr("Joined"), tr("Agreement until"), tr("Registered members"), tr("Community")};
    }
    QList<double> widths() const override { return {26, 12, 10, 14, 12, 12, 8, 12}; }
    QList<QPair<QString, QString>> kinds() const override { return namedFilter(unit_kind::all(), unit_kind::name); }
    int count(const RegisterFilter &f) const override { return CoBuildingUnits(mDb, mSession).count(f); }
    QList<RegisterRow> rows(const RegisterFilter &f) const override
    {
        QList<RegisterRow> out;
        for (const CoBuildingUnit &u : CoBuildingUnits(mDb, mSession).list(f))
            out.append({u.id, {u.name, unit_kind::name(u.kind), u.contact, u.phone, u.joinedOn.isValid() ? QVariant(u.joinedOn) : QVariant(),
                               u.agreementUntil.isValid() ? QVariant(u.agreementUntil) : QVariant(), u.members, u.communityName},
                        // An agreement that has run out needs renewing.
                        u.agreementUntil.isValid() && u.agreementUntil < QDate::currentDate()});
        return out;
    }
    QString details(qint64 id) const override
    {
        CoBuildingUnits units(mDb, mSession);
        const std::optional<CoBuildingUnit> u = units.find(id);
        if (!u)
            return {};
        QString out = QStringLiteral("<h3>%1</h3><h4>%2</h4><ul>").arg(html(u->name), tr("Agreements"));
        for (const CoBuildingAgreement &a : units.agreements(id))
            out += QStringLiteral("<li>%1 — %2：%3</li>").arg(a.signedOn.toString(Qt::ISODate),
                                                            a.validUntil.isValid() ? a.validUntil.toString(Qt::ISODate) : tr("open-ended"), html(a.content));
        out += QStringLiteral("</ul><h4>%1</h4><ul>").arg(tr("Registered party members (双报到)"));
        for (const RegisteredMember &m : units.members(id))
            out += QStringLiteral("<li>%1 · %2 · %3</li>").arg(html(m.name), m.registeredOn.toString(Qt::ISODate), html(m.speciality));
        out += QStringLiteral("</ul><h4>%1</h4><ul>").arg(tr("Resources offered"));
        RegisterFilter f;
        f.ownerId = id;
        for (const CoBuildingResource &r : TwoWayLists(mDb, mSession).resources(f))
            out += QStringLiteral("<li>%1</li>").arg(html(r.title));
        return out + QStringLiteral("</ul>");
    }
    bool mayEdit() const override { return mSession.can(Permission::ManageGovernance); }
    QList<FormField> form(bool) const override
    {
        using T = FormField::Type;
        return {
            {QStringLiteral("community"), tr("&Community:"), T::Choice, communityChoices(mDb, mSession), false},
            {QStringLiteral("name"), tr("&Name:"), T::Text},
            {QStringLiteral("kind"), tr("&Kind:"), T::Choice, named(unit_kind::all(), unit_kind::name), false},
            {QStringLiteral("contact"), tr("C&ontact:"), T::Text},
            {QStringLiteral("phone"), tr("&Phone:"), T::Text},
            {QStringLiteral("address"), tr("&Address:"), T::Text},
            {QStringLiteral("joined_on"), tr("&Joined on:"), T::Date},
            {QStringLiteral("notes"), tr("&Notes:"), T::MultiLine},
        };
    }
    QVariantMap load(qint64 id) const override
    {
        const std::optional<CoBuildingUnit> u = CoBuildingUnits(mDb, mSession).find(id);
        if (!u)
            return {};
        return {{QStringLiteral("id"), u->id}, {QStringLiteral("community"), u->communityId}, {QStringLiteral("name"), u->name},
                {QStringLiteral("kind"), u->kind}, {QStringLiteral("contact"), u->contact}, {QStringLiteral("phone"), u->phone},
                {QStringLiteral("address"), u->address}, {QStringLiteral("joined_on"), u->joinedOn}, {QStringLiteral("notes"), u->notes},
                {kRowVersionKey, u->rowVersion}};
    }
    QVariantMap blank(qint64 communityId) const override { return {{QStringLiteral("community"), communityId}, {QStringLiteral("kind"), unit_kind::Enterprise}}; }
    Result<qint64> save(const QVariantMap &v) override
    {
        CoBuildingUnit u;
        u.id = v.value(QStringLiteral("id")).toLongLong();
        u.rowVersion = v.value(kRowVersionKey).toInt();
        u.communityId = v.value(QStringLiteral("community")).toLongLong();
        u.name = v.value(QStringLiteral("name")).toString();
        u.kind = v.value(QStringLiteral("kind")).toString();
        u.contact = v.value(QStringLiteral("contact")).toString();
        u.phone = v.value(QStringLiteral("phone")).toString();
        u.address = v.value(QStringLiteral("address")).toString();
        u.joinedOn = v.value(QStringLiteral("joined_on")).toDate();
        u.notes = v.value(QStringLiteral("notes")).toString();
        return CoBuildingUnits(mDb, mSession).save(u);
    }
    Status remove(qint64 id) override { return CoBuildingUnits(mDb, mSession).remove(id); }
    QList<RegisterAction> actions() const override
    {
        return {{QStringLiteral("agreement"), tr("Sign an &agreement…")}, {QStringLiteral("member"), tr("&Register an in-service member (双报到)…")},
                {QStringLiteral("resource"), tr("Offer a &resource…")}};
    }
    QList<FormField> actionForm(const QString &key, qint64) const override
    {
        using T = FormField::Type;
        if (key == QLatin1String("agreement"))
            return {{QStringLiteral("signed_on"), tr("&Signed on:"), T::Date},
                    {QStringLiteral("valid_until"), tr("&Valid until:"), T::Date},
                    {QStringLiteral("content"), tr("&Content:"), T::MultiLine},
                    {QStringLiteral("contact"), tr("C&ontact:"), T::Text}};
        if (key == QLatin1String("resource"))
            return {{QStringLiteral("title"), tr("&Resource:"), T::Text}, {QStringLiteral("category"), tr("C&ategory:"), T::Text},
                    {QStringLiteral("notes"), tr("&Notes:"), T::MultiLine}};
        return {{QStringLiteral("name"), tr("&Name:"), T::Text},
                {QStringLiteral("phone"), tr("&Phone:"), T::Text},
                {QStringLiteral("registered_on"), tr("&Reported on:"), T::Date},
                {QStringLiteral("speciality"), tr("&Can offer:"), T::Text}};
    }
    QVariantMap actionDefaults(const QString &key, qint64) const override
    {
        const QDate today = QDate::currentDate();
        if (key == QLatin1String("agreement"))
            return {{QStringLiteral("signed_on"), today}, {QStringLiteral("valid_until"), today.addYears(3).addDays(-1)}};
        return {{QStringLiteral("registered_on"), today}};
    }
    Status act(const QString &key, qint64 id, const QVariantMap &v) override
    {
        CoBuildingUnits units(mDb, mSession);
        if (key == QLatin1String("agreement")) {
            const Result<qint64> signedAgreement = units.addAgreement({0, id, v.value(QStringLiteral("signed_on")).toDate(),
                                                                       v.value(QStringLiteral("valid_until")).toDate(),
                                                                       v.value(QStringLiteral("content")).toString(), v.value(QStringLiteral("contact")).toString()});
            return signedAgreement ? success() : Status(signedAgreement.errors());
        }
        if (key == QLatin1String("resource")) {
            const Result<qint64> offered = TwoWayLists(mDb, mSession).addResource({0, id, v.value(QStringLiteral("title")).toString(),
                                                                                   v.value(QStringLiteral("category")).toString(),
                                                                                   v.value(QStringLiteral("notes")).toString(), QString()});
            return offered ? success() : Status(offered.errors());
        }
        RegisteredMember m;
        m.unitId = id;
        m.name = v.value(QStringLiteral("name")).toString();
        m.phone = v.value(QStringLiteral("phone")).toString();
        m.registeredOn = v.value(QStringLiteral("registered_on")).toDate();
        m.speciality = v.value(QStringLiteral("speciality")).toString();
        const Result<qint64> registered = units.registerMember(m);
        return registered ? success() : Status(registered.errors());
    }
    QString describe(qint64 id) const override
    {
        const std::optional<CoBuildingUnit> u = CoBuildingUnits(mDb, mSession).find(id);
        return u ? u->name : QString();
    }

private:
    Database &mDb;
    const Session &mSession;
};

class NeedSource : public RegisterSource
{
public:
    // The context lupdate gives tr() calls in this class.
    static QString tr(const char *text) { return QCoreApplication::translate("jy::NeedSource", text); }
    NeedSource(Database &db, const Session &session) : mDb(db), mSession(session) {}
    QString key() const override { return QStringLiteral("needs"); }
    QString title() const override { return tr("Needs"); }
    QStringList headers() const override { return {tr("Raised"), tr("Need"), tr("Category"), tr("From"), tr("Raised by"), tr("Project"), tr("Community")}; }
    QList<double> widths() const override { return {12, 30, 10, 10, 12, 8, 12}; }
    QList<QPair<QString, QString>> kinds() const override { return namedFilter(need_source::all(), need_source::name); }
    int count(const RegisterFilter &f) const override { return TwoWayLists(mDb, mSession).countNeeds(f); }
    QList<RegisterRow> rows(const RegisterFilter &f) const override
    {
        QList<RegisterRow> out;
        QHash<qint64, QString> communities;
        for (const auto &[name, id] : communityChoices(mDb, mSession))
            communities.insert(id.toLongLong(), name);
        for (const CoBuildingNeed &n : TwoWayLists(mDb, mSession).needs(f))
            out.append({n.id, {n.raisedOn, n.title, n.category, need_source::name(n.source), n.raisedBy, n.matched ? tr("yes") : QString(),
                               communities.value(n.communityId)}, false});
        return out;
    }
    bool mayCreate() const override { return mSession.can(Permission::ManageGovernance); }
    bool mayEdit() const override { return mSession.can(Permission::ManageGovernance); }
    QList<FormField> form(bool) const override
    {
        using T = FormField::Type;
        return {
            {QStringLiteral("community"), tr("&Community:"), T::Choice, communityChoices(mDb, mSession), false},
            {QStringLiteral("title"), tr("&Need:"), T::Text},
            {QStringLiteral("category"), tr("C&ategory:"), T::Choice,
             plain({QString(), QStringLiteral("停车"), QStringLiteral("文体"), QStringLiteral("法律"), QStringLiteral("健康"), QStringLiteral("生活"),
                    QStringLiteral("安全"), QStringLiteral("教育"), QStringLiteral("维修"), QStringLiteral("救助")}), true},
            {QStringLiteral("source"), tr("&From:"), T::Choice, named(need_source::all(), need_source::name), false},
            {QStringLiteral("raised_by"), tr("Raised &by:"), T::Text},
            {QStringLiteral("raised_on"), tr("&Raised on:"), T::Date},
            {QStringLiteral("notes"), tr("&Notes:"), T::MultiLine},
        };
    }
    QVariantMap load(qint64 id) const override
    {
        const std::optional<CoBuildingNeed> n = find(id);
        if (!n)
            return {};
        return {{QStringLiteral("id"), n->id}, {QStringLiteral("community"), n->communityId}, {QStringLiteral("title"), n->title},
                {QStringLiteral("category"), n->category}, {QStringLiteral("source"), n->source}, {QStringLiteral("raised_by"), n->raisedBy},
                {QStringLiteral("raised_on"), n->raisedOn}, {QStringLiteral("notes"), n->notes},
                {kRowVersionKey, n->rowVersion}};
    }
    QVariantMap blank(qint64 communityId) const override
    {
        return {{QStringLiteral("community"), communityId}, {QStringLiteral("source"), need_source::Resident}, {QStringLiteral("raised_on"), QDate::currentDate()}};
    }
    Status remove(qint64 id) override { return TwoWayLists(mDb, mSession).removeNeed(id); }
    Result<qint64> save(const QVariantMap &v) override
    {
        CoBuildingNeed n;
        n.id = v.value(QStringLiteral("id")).toLongLong();
        n.rowVersion = v.value(kRowVersionKey).toInt();
        n.communityId = v.value(QStringLiteral("community")).toLongLong();
        n.title = v.value(QStringLiteral("title")).toString();
        n.category = v.value(QStringLiteral("category")).toString();
        n.source = v.value(QStringLiteral("source")).toString();
        n.raisedBy = v.value(QStringLiteral("raised_by")).toString();
        n.raisedOn = v.value(QStringLiteral("raised_on")).toDate();
        n.notes = v.value(QStringLiteral("notes")).toString();
        return TwoWayLists(mDb, mSession).addNeed(n);
    }
    QString describe(qint64 id) const override
    {
        const std::optional<CoBuildingNeed> n = find(id);
        return n ? n->title : QString();
    }
    bool mayAct() const override { return mSession.can(Permission::ManageGovernance); }
    QList<RegisterAction> actions() const override { return {{QStringLiteral("project"), tr("Make it a &project (点单)…")}}; }
    QList<FormField> actionForm(const QString &, qint64 id) const override
    {
        using T = FormField::Type;
        Choices resources = {{tr("(none yet)"), qint64(0)}};
        const std::optional<CoBuildingNeed> n = find(id);
        RegisterFilter f;
        f.communityId = n ? n->communityId : -1;
        for (const CoBuildingResource &r : TwoWayLists(mDb, mSession).resources(f))
            resources.append({r.unitName + QStringLiteral("：") + r.title, r.id});
        return {{QStringLiteral("title"), tr("&Project:"), T::Text}, {QStringLiteral("resource"), tr("&Resource:"), T::Choice, resources, false}};
    }
    QVariantMap actionDefaults(const QString &, qint64 id) const override
    {
        const std::optional<CoBuildingNeed> n = find(id);
        return {{QStringLiteral("title"), n ? n->title : QString()}, {QStringLiteral("resource"), qint64(0)}};
    }
    Status act(const QString &, qint64 id, const QVariantMap &v) override
    {
        const std::optional<CoBuildingNeed> n = find(id);
        if (!n)
            return Status::fail(QString(), tr("The need is no longer on the list."));
        CoBuildingProject p;
        p.communityId = n->communityId;
        p.needId = id;
        p.title = v.value(QStringLiteral("title")).toString();
        p.resourceId = v.value(QStringLiteral("resource")).toLongLong();
        const Result<qint64> created = CoBuildingProjects(mDb, mSession).create(p);
        return created ? success() : Status(created.errors());
    }

private:
    std::optional<CoBuildingNeed> find(qint64 id) const { return TwoWayLists(mDb, mSession).findNeed(id); }
    Database &mDb;
    const Session &mSession;
};

class ResourceSource : public RegisterSource
{
public:
    // The context lupdate gives tr() calls in this class.
    static QString tr(const char *text) { return QCoreApplication::translate("jy::ResourceSource", text); }
    ResourceSource(Database &db, const Session &session) : mDb(db), mSession(session) {}
    QString key() const override { return QStringLiteral("resources"); }
    QString title() const override { return tr("Resources"); }
    QStringList headers() const override { return {tr("Unit"), tr("Resource"), tr("Category"), tr("Projects"), tr("Community"), tr("Notes")}; }
    QList<double> widths() const override { return {26, 30, 10, 8, 12, 30}; }
    QList<QPair<QString, QString>> kinds() const override
    {
        QList<QPair<QString, QString>> out;
        for (const QString &c : TwoWayLists(mDb, mSession).resourceCategories())
            out.append({c, c});
        return out;
    }
    int count(const RegisterFilter &f) const override { return TwoWayLists(mDb, mSession).countResources(f); }
    QList<RegisterRow> rows(const RegisterFilter &f) const override
    {
        QList<RegisterRow> out;
        QHash<qint64, QString> communities;
        for (const auto &[name, id] : communityChoices(mDb, mSession))
            communities.insert(id.toLongLong(), name);
        for (const CoBuildingResource &r : TwoWayLists(mDb, mSession).resources(f))
            out.append({r.id, {r.unitName, r.title, r.category, r.projects, communities.value(r.communityId), r.notes}, false});
        return out;
    }
    QString details(qint64 id) const override
    {
        const std::optional<CoBuildingResource> r = find(id);
        if (!r)
            return {};
        QString out = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(html(r->title), html(r->unitName));
        if (!r->notes.isEmpty())
            out += QStringLiteral("<p>%1</p>").arg(html(r->notes));
        out += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Projects using it"));
        const Workflow &w = coBuildingProjectWorkflow();
        RegisterFilter inCommunity;
        inCommunity.communityId = r->communityId;
        for (const CoBuildingProject &p : CoBuildingProjects(mDb, mSession).list(inCommunity))
            if (p.resourceId == id)
                out += QStringLiteral("<li>%1 · %2</li>").arg(html(p.title), html(w.stateName(p.state)));
        return out + QStringLiteral("</ul>");
    }
    bool mayEdit() const override { return mSession.can(Permission::ManageGovernance); }
    QList<FormField> form(bool) const override
    {
        using T = FormField::Type;
        QStringList categories = {QString(), QStringLiteral("文体"), QStringLiteral("法律"), QStringLiteral("健康"), QStringLiteral("生活"),
                                  QStringLiteral("安全"), QStringLiteral("教育"), QStringLiteral("维修"), QStringLiteral("助农"), QStringLiteral("场地")};
        for (const QString &c : TwoWayLists(mDb, mSession).resourceCategories())
            if (!categories.contains(c))
                categories << c;
        return {
            {QStringLiteral("unit"), tr("&Unit:"), T::Choice, unitChoices(mDb, Scope::homeCommunity(mDb, mSession)), false},
            {QStringLiteral("title"), tr("&Resource:"), T::Text},
            {QStringLiteral("category"), tr("C&ategory:"), T::Choice, plain(categories), true},
            {QStringLiteral("notes"), tr("&Notes:"), T::MultiLine},
        };
    }
    QVariantMap load(qint64 id) const override
    {
        const std::optional<CoBuildingResource> r = find(id);
        if (!r)
            return {};
        return {{QStringLiteral("id"), r->id}, {QStringLiteral("unit"), r->unitId}, {QStringLiteral("title"), r->title},
                {QStringLiteral("category"), r->category}, {QStringLiteral("notes"), r->notes},
                {kRowVersionKey, r->rowVersion}};
    }
    QVariantMap blank(qint64 communityId) const override
    {
        // The community's first unit, so a new resource starts where the list is filtered.
        const Choices units = unitChoices(mDb, communityId);
        return {{QStringLiteral("unit"), units.isEmpty() ? QVariant(qint64(0)) : units.first().second}};
    }
    Result<qint64> save(const QVariantMap &v) override
    {
        CoBuildingResource r;
        r.id = v.value(QStringLiteral("id")).toLongLong();
        r.rowVersion = v.value(kRowVersionKey).toInt();
        r.unitId = v.value(QStringLiteral("unit")).toLongLong();
        r.title = v.value(QStringLiteral("title")).toString();
        r.category = v.value(QStringLiteral("category")).toString();
        r.notes = v.value(QStringLiteral("notes")).toString();
        TwoWayLists lists(mDb, mSession);
        if (!r.id)
            return lists.addResource(r);
        const Status updated = lists.updateResource(r);
        return updated ? Result<qint64>(r.id) : Result<qint64>(updated.errors());
    }
    Status remove(qint64 id) override { return TwoWayLists(mDb, mSession).removeResource(id); }
    QString describe(qint64 id) const override
    {
        const std::optional<CoBuildingResource> r = find(id);
        return r ? r->unitName + QStringLiteral("：") + r->title : QString();
    }

private:
    std::optional<CoBuildingResource> find(qint64 id) const { return TwoWayLists(mDb, mSession).findResource(id); }
    Database &mDb;
    const Session &mSession;
};

class ProjectSource : public RegisterSource
{
public:
    // The context lupdate gives tr() calls in this class.
    static QString tr(const char *text) { return QCoreApplication::translate("jy::ProjectSource", text); }
    ProjectSource(Database &db, const Session &session) : mDb(db), mSession(session) {}
    QString key() const override { return QStringLiteral("projects"); }
    QString title() const override { return tr("Co-building projects"); }
    QStringList headers() const override { return {tr("Created"), tr("Project"), tr("Need"), tr("State"), tr("Unit"), tr("Result")}; }
    QList<double> widths() const override { return {12, 22, 26, 10, 24, 36}; }
    QList<QPair<QString, QString>> states() const override
    {
        QList<QPair<QString, QString>> out;
        for (const QString &s : coBuildingProjectWorkflow().states())
            out.append({coBuildingProjectWorkflow().stateName(s), s});
        return out;
    }
    int count(const RegisterFilter &f) const override { return CoBuildingProjects(mDb, mSession).count(f); }
    QList<RegisterRow> rows(const RegisterFilter &f) const override
    {
        QList<RegisterRow> out;
        for (const CoBuildingProject &p : CoBuildingProjects(mDb, mSession).list(f))
            out.append({p.id, {p.createdAt.toLocalTime().date(), p.title, p.needTitle, coBuildingProjectWorkflow().stateName(p.state), p.unitName, p.result}, false});
        return out;
    }
    QString details(qint64 id) const override
    {
        CoBuildingProjects projects(mDb, mSession);
        const std::optional<CoBuildingProject> p = projects.find(id);
        if (!p)
            return {};
        QString out = QStringLiteral("<h3>%1</h3><p>%2</p><ol>").arg(html(p->title), html(p->needTitle));
        const Workflow &w = coBuildingProjectWorkflow();
        for (const HistoryEntry &e : projects.history(id))
            out += QStringLiteral("<li>%1 · %2 → %3 · %4</li>").arg(e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), html(w.actionName(e.action)),
                                                                  html(w.stateName(e.toState)), html(e.actor));
        return out + QStringLiteral("</ol>");
    }
    bool mayEdit() const override { return false; }
    bool mayCreate() const override { return mSession.can(Permission::ManageGovernance); }
    bool mayDelete() const override { return false; }
    QList<FormField> form(bool) const override
    {
        using T = FormField::Type;
        return {
            {QStringLiteral("community"), tr("&Community:"), T::Choice, communityChoices(mDb, mSession), false},
            {QStringLiteral("title"), tr("&Project:"), T::Text},
        };
    }
    QVariantMap load(qint64) const override { return {}; }
    QVariantMap blank(qint64 communityId) const override { return {{QStringLiteral("community"), communityId}}; }
    Result<qint64> save(const QVariantMap &v) override
    {
        CoBuildingProject p;
        p.communityId = v.value(QStringLiteral("community")).toLongLong();
        p.title = v.value(QStringLiteral("title")).toString();
        return CoBuildingProjects(mDb, mSession).create(p);
    }
    QString describe(qint64 id) const override
    {
        const std::optional<CoBuildingProject> p = CoBuildingProjects(mDb, mSession).find(id);
        return p ? p->title : QString();
    }
    const Workflow *workflow() const override { return &coBuildingProjectWorkflow(); }
    QString state(qint64 id) const override
    {
        const std::optional<CoBuildingProject> p = CoBuildingProjects(mDb, mSession).find(id);
        return p ? p->state : QString();
    }
    Status take(qint64 id, const QString &action, const QVariantMap &fields) override { return CoBuildingProjects(mDb, mSession).take(id, action, fields); }
    QList<QPair<QString, QVariant>> choicesFor(const QString &field) const override
    {
        return field == QLatin1String("unit_id") ? unitChoices(mDb, Scope::homeCommunity(mDb, mSession)) : Choices{};
    }

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace

std::unique_ptr<RegisterSource> makeUnitSource(Database &db, const Session &session) { return std::make_unique<UnitSource>(db, session); }
std::unique_ptr<RegisterSource> makeNeedSource(Database &db, const Session &session) { return std::make_unique<NeedSource>(db, session); }
std::unique_ptr<RegisterSource> makeResourceSource(Database &db, const Session &session) { return std::make_unique<ResourceSource>(db, session); }
std::unique_ptr<RegisterSource> makeProjectSource(Database &db, const Session &session) { return std::make_unique<ProjectSource>(db, session); }

} // namespace jy
