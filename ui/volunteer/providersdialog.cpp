#include "volunteer/providersdialog.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"
#include "volunteer/catalogue.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jy {

namespace {

QTableWidget *table(const QString &name, const QStringList &header)
{
    auto *t = new QTableWidget(0, int(header.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(header);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    return t;
}

void fill(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

// A small form dialog: rows of labelled widgets, Save runs `save`, which returns an error text
// (empty when saved), so the form stays open with what was typed.
bool runForm(QWidget *parent, const QString &title, const QList<QPair<QString, QWidget *>> &rows,
             const std::function<QString()> &save)
{
    QDialog form(parent);
    form.setWindowTitle(title);
    auto *layout = new QFormLayout(&form);
    for (const auto &[label, widget] : rows)
        layout->addRow(label, widget);
    auto *error = new QLabel;
    error->setStyleSheet(QStringLiteral("color: #b00020"));
    error->setWordWrap(true);
    layout->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    layout->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &form, [&] {
        const QString why = save();
        if (why.isEmpty())
            form.accept();
        else
            error->setText(why);
    });
    form.resize(460, form.sizeHint().height());
    return form.exec() == QDialog::Accepted;
}

} // namespace

ProvidersDialog::ProvidersDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), mDb(db), mSession(session), mService(db, session)
{
    setObjectName(QStringLiteral("ProvidersDialog"));
    setWindowTitle(tr("Teams, shops and offers"));
    resize(900, 560);
    const bool mayEdit = session.can(Permission::ManageSupermarket);
    mTeams = table(QStringLiteral("teams"), {tr("Team"), tr("Community"), tr("Leader"), tr("Phone"), tr("Founded")});
    mShops = table(QStringLiteral("shops"), {tr("Shop"), tr("Community"), tr("Owner"), tr("Phone"), tr("Address"), tr("Joined")});
    mOffers = table(QStringLiteral("offers"), {tr("Service"), tr("Offered by"), tr("Where"), tr("When"), tr("On the shelf")});

    const auto page = [mayEdit](QTableWidget *t, const QList<QPair<QString, std::function<void()>>> &buttons) {
        auto *w = new QWidget;
        auto *v = new QVBoxLayout(w);
        v->addWidget(t);
        auto *row = new QHBoxLayout;
        for (const auto &[text, action] : buttons) {
            auto *b = new QPushButton(text);
            b->setEnabled(mayEdit);
            QObject::connect(b, &QPushButton::clicked, w, action);
            row->addWidget(b);
        }
        row->addStretch();
        v->addLayout(row);
        return w;
    };
    mTabs = new QTabWidget;
    mTabs->addTab(page(mTeams, {{tr("New team…"), [this] { editTeam(true); }}, {tr("Edit…"), [this] { editTeam(false); }}}),
                  tr("Volunteer teams"));
    mTabs->addTab(page(mShops, {{tr("New shop…"), [this] { editShop(true); }}, {tr("Edit…"), [this] { editShop(false); }}}),
                  tr("Affiliated shops"));
    mTabs->addTab(page(mOffers, {{tr("Put a service on the shelf…"), [this] { newOffer(); }},
                                 {tr("On/off shelf"), [this] { toggleOffer(); }}}),
                  tr("Services on the shelf"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTabs);
    if (!mayEdit)
        layout->addWidget(new QLabel(tr("Your role (%1) may look but not change these.").arg(Session::roleName(session.role()))));
    layout->addWidget(close);
    reload();
}

QString ProvidersDialog::communityName(qint64 id) const
{
    return id ? sql::scalar(mDb.connection(), QStringLiteral("SELECT name FROM community WHERE id = ?"), {id}).toString() : QString();
}

void ProvidersDialog::reload()
{
    mTeamList = mService.teams();
    mTeams->setRowCount(int(mTeamList.size()));
    for (int r = 0; r < mTeamList.size(); ++r) {
        const VolunteerTeam &t = mTeamList.at(r);
        fill(mTeams, r, {t.name, communityName(t.communityId), t.leader, t.phone, t.foundedOn.toString(Qt::ISODate)});
    }
    mShopList = mService.shops();
    mShops->setRowCount(int(mShopList.size()));
    for (int r = 0; r < mShopList.size(); ++r) {
        const PartnerShop &s = mShopList.at(r);
        fill(mShops, r, {s.name, communityName(s.communityId), s.owner, s.phone, s.address, s.joinedOn.toString(Qt::ISODate)});
    }
    mOfferList = mService.offers();
    mOffers->setRowCount(int(mOfferList.size()));
    for (int r = 0; r < mOfferList.size(); ++r) {
        const ServiceOffer &o = mOfferList.at(r);
        fill(mOffers, r, {o.itemName, o.providerName, o.place, o.availability, o.active ? tr("yes") : tr("no")});
    }
}

namespace {
// The communities the session works in (Scope): a community account adds to its own.
QComboBox *communityCombo(Database &db, const Session &session, qint64 selected)
{
    auto *c = new QComboBox;
    for (const auto &[id, name] : Scope::readableCommunities(db, session))
        c->addItem(name, id);
    c->setCurrentIndex(std::max(0, c->findData(selected)));
    return c;
}
QDateEdit *dateEdit(const QDate &date)
{
    auto *d = new QDateEdit(date.isValid() ? date : QDate::currentDate());
    d->setCalendarPopup(true);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return d;
}
} // namespace

void ProvidersDialog::editTeam(bool create)
{
    const int row = mTeams->currentRow();
    if (!create && (row < 0 || row >= mTeamList.size()))
        return;
    VolunteerTeam t = create ? VolunteerTeam() : mTeamList.at(row);
    auto *name = new QLineEdit(t.name);
    auto *community = communityCombo(mDb, mSession, t.communityId);
    auto *leader = new QLineEdit(t.leader);
    auto *phone = new QLineEdit(t.phone);
    auto *founded = dateEdit(t.foundedOn);
    // Reloaded even when cancelled: a save refused because someone else saved first needs the latest.
    runForm(this, create ? tr("New team") : tr("Edit team"),
                {{tr("&Name:"), name}, {tr("&Community:"), community}, {tr("&Leader:"), leader}, {tr("&Phone:"), phone},
                 {tr("&Founded:"), founded}},
                [&] {
                    t.name = name->text();
                    t.communityId = community->currentData().toLongLong();
                    t.leader = leader->text().trimmed();
                    t.phone = phone->text().trimmed();
                    t.foundedOn = founded->date();
                    const Result<qint64> saved = mService.saveTeam(t);
                    return saved ? QString() : saved.errorText();
                });
    reload();
}

void ProvidersDialog::editShop(bool create)
{
    const int row = mShops->currentRow();
    if (!create && (row < 0 || row >= mShopList.size()))
        return;
    PartnerShop s = create ? PartnerShop() : mShopList.at(row);
    auto *name = new QLineEdit(s.name);
    auto *community = communityCombo(mDb, mSession, s.communityId);
    auto *owner = new QLineEdit(s.owner);
    auto *phone = new QLineEdit(s.phone);
    auto *address = new QLineEdit(s.address);
    auto *joined = dateEdit(s.joinedOn);
    // Reloaded even when cancelled: a save refused because someone else saved first needs the latest.
    runForm(this, create ? tr("New shop") : tr("Edit shop"),
                {{tr("&Name:"), name}, {tr("&Community:"), community}, {tr("&Owner:"), owner}, {tr("&Phone:"), phone},
                 {tr("&Address:"), address}, {tr("&Joined:"), joined}},
                [&] {
                    s.name = name->text();
                    s.communityId = community->currentData().toLongLong();
                    s.owner = owner->text().trimmed();
                    s.phone = phone->text().trimmed();
                    s.address = address->text().trimmed();
                    s.joinedOn = joined->date();
                    const Result<qint64> saved = mService.saveShop(s);
                    return saved ? QString() : saved.errorText();
                });
    reload();
}

void ProvidersDialog::newOffer()
{
    auto *item = new QComboBox;
    for (const ServiceItem &i : CatalogueService(mDb, mSession).items(0, true))
        item->addItem(QStringLiteral("%1 · %2").arg(i.categoryName, i.name), i.id);
    auto *provider = new QComboBox;
    for (const VolunteerTeam &t : std::as_const(mTeamList))
        provider->addItem(tr("Team: %1").arg(t.name), QStringLiteral("team:%1").arg(t.id));
    for (const PartnerShop &s : std::as_const(mShopList))
        provider->addItem(tr("Shop: %1").arg(s.name), QStringLiteral("shop:%1").arg(s.id));
    auto *place = new QLineEdit;
    place->setPlaceholderText(tr("e.g. 上门服务, 社区党群服务中心"));
    auto *when = new QLineEdit;
    when->setPlaceholderText(tr("e.g. 每周六上午"));
    if (runForm(this, tr("Put a service on the shelf"),
                {{tr("&Service:"), item}, {tr("Offered &by:"), provider}, {tr("&Where:"), place}, {tr("&When:"), when}},
                [&] {
                    ServiceOffer o;
                    o.itemId = item->currentData().toLongLong();
                    const QStringList who = provider->currentData().toString().split(QLatin1Char(':'));
                    if (who.size() == 2)
                        (who.first() == QLatin1String("team") ? o.teamId : o.shopId) = who.last().toLongLong();
                    o.place = place->text().trimmed();
                    o.availability = when->text().trimmed();
                    const Result<qint64> saved = mService.saveOffer(o);
                    return saved ? QString() : saved.errorText();
                }))
        reload();
}

void ProvidersDialog::toggleOffer()
{
    const int row = mOffers->currentRow();
    if (row < 0 || row >= mOfferList.size())
        return;
    ServiceOffer o = mOfferList.at(row);
    o.active = !o.active;
    const Result<qint64> saved = mService.saveOffer(o);
    if (!saved)
        QMessageBox::warning(this, windowTitle(), saved.errorText());
    reload();
    mOffers->selectRow(row);
}

} // namespace jy
