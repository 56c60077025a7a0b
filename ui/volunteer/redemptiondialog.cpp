#include "volunteer/redemptiondialog.h"
#include "accounts/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jy {

RedemptionDialog::RedemptionDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), mDb(db), mSession(session), mPoints(db, session), mVolunteers(db, session)
{
    setWindowTitle(tr("Points redemption"));
    setObjectName(QStringLiteral("RedemptionDialog"));
    resize(900, 600);

    mEvent = new QComboBox;
    mEvent->setObjectName(QStringLiteral("event"));
    mEvents = mPoints.events();
    for (const RedemptionEvent &e : mEvents)
        mEvent->addItem(QStringLiteral("%1（%2）").arg(e.name, QLocale().toString(e.heldOn, QLocale::ShortFormat)), e.id);

    mTierTable = new QTableWidget(0, 3);
    mTierTable->setObjectName(QStringLiteral("tiers"));
    mTierTable->setHorizontalHeaderLabels({tr("Gift"), tr("Points"), tr("In stock")});
    mTierTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mTierTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTierTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTierTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTierTable->verticalHeader()->hide();

    mSearch = new QLineEdit;
    mSearch->setPlaceholderText(tr("Volunteer's name or number"));
    mSearch->setClearButtonEnabled(true);
    mVolunteerList = new QListWidget;
    mVolunteerList->setObjectName(QStringLiteral("volunteers"));
    mQuantity = new QSpinBox;
    mQuantity->setRange(1, 20);
    auto *redeemButton = new QPushButton(tr("&Redeem"));
    redeemButton->setEnabled(mSession.can(Permission::RedeemPoints));
    mMessage = new QLabel;
    mMessage->setWordWrap(true);

    mHandedOut = new QTableWidget(0, 5);
    mHandedOut->setObjectName(QStringLiteral("handedOut"));
    mHandedOut->setHorizontalHeaderLabels({tr("Volunteer"), tr("Number"), tr("Gift"), tr("Quantity"), tr("Points")});
    mHandedOut->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mHandedOut->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mHandedOut->verticalHeader()->hide();

    auto *grid = new QGridLayout;
    auto *eventLabel = new QLabel(tr("&Event:"));
    eventLabel->setBuddy(mEvent);
    grid->addWidget(eventLabel, 0, 0);
    grid->addWidget(mEvent, 0, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Gifts")), 1, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Volunteer")), 1, 2, 1, 2);
    grid->addWidget(mTierTable, 2, 0, 1, 2);
    auto *right = new QVBoxLayout;
    right->addWidget(mSearch);
    right->addWidget(mVolunteerList);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Quantity:")));
    row->addWidget(mQuantity);
    row->addStretch();
    row->addWidget(redeemButton);
    right->addLayout(row);
    right->addWidget(mMessage);
    grid->addLayout(right, 2, 2, 1, 2);
    grid->addWidget(new QLabel(tr("Handed out at this event")), 3, 0, 1, 4);
    grid->addWidget(mHandedOut, 4, 0, 1, 4);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *print = buttons->addButton(tr("&Print list…"), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentEventId())
            emit printRequested(id);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(buttons);

    connect(mEvent, &QComboBox::currentIndexChanged, this, &RedemptionDialog::reloadEvent);
    connect(mSearch, &QLineEdit::textChanged, this, &RedemptionDialog::searchVolunteers);
    connect(redeemButton, &QPushButton::clicked, this, &RedemptionDialog::redeemSelected);
    reloadEvent();
    searchVolunteers();
}

qint64 RedemptionDialog::currentEventId() const { return mEvent->currentData().toLongLong(); }

void RedemptionDialog::reloadEvent()
{
    const qint64 event = currentEventId();
    mTiers = event ? mPoints.tiers(event) : QList<GiftTier>();
    mTierTable->setRowCount(int(mTiers.size()));
    for (int r = 0; r < mTiers.size(); ++r) {
        const GiftTier &g = mTiers.at(r);
        mTierTable->setItem(r, 0, new QTableWidgetItem(g.name));
        mTierTable->setItem(r, 1, new QTableWidgetItem(QString::number(g.points)));
        mTierTable->setItem(r, 2, new QTableWidgetItem(QString::number(g.stock)));
    }
    const QList<RedemptionLine> lines = event ? mPoints.redemptions(event) : QList<RedemptionLine>();
    mHandedOut->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const RedemptionLine &l = lines.at(r);
        mHandedOut->setItem(r, 0, new QTableWidgetItem(l.volunteerName));
        mHandedOut->setItem(r, 1, new QTableWidgetItem(l.volunteerNo));
        mHandedOut->setItem(r, 2, new QTableWidgetItem(l.gift));
        mHandedOut->setItem(r, 3, new QTableWidgetItem(QString::number(l.quantity)));
        mHandedOut->setItem(r, 4, new QTableWidgetItem(QString::number(l.points)));
    }
}

void RedemptionDialog::searchVolunteers()
{
    const qint64 event = currentEventId();
    qint64 community = 0;
    for (const RedemptionEvent &e : mEvents)
        if (e.id == event)
            community = e.communityId;
    mFound = mVolunteers.summaries(community, mSearch->text(), 200);
    mVolunteerList->clear();
    for (const VolunteerSummary &s : mFound)
        mVolunteerList->addItem(tr("%1  %2  — %3 points").arg(s.volunteer.name, s.volunteer.volunteerNo).arg(s.balance));
}

Result<qint64> RedemptionDialog::redeem(qint64 tierId, qint64 volunteerId, int quantity)
{
    const Result<qint64> done = mPoints.redeem(currentEventId(), tierId, volunteerId, quantity);
    if (done) {
        reloadEvent();
        searchVolunteers();
    }
    return done;
}

void RedemptionDialog::redeemSelected()
{
    const int tier = mTierTable->currentRow();
    const int volunteer = mVolunteerList->currentRow();
    if (tier < 0 || tier >= mTiers.size() || volunteer < 0 || volunteer >= mFound.size()) {
        mMessage->setText(tr("Choose a gift and a volunteer."));
        return;
    }
    const QString name = mFound.at(volunteer).volunteer.name;
    const QString gift = mTiers.at(tier).name;
    const Result<qint64> done = redeem(mTiers.at(tier).id, mFound.at(volunteer).volunteer.id, mQuantity->value());
    mMessage->setText(done ? tr("%1 received %2.").arg(name, gift) : done.errorText());
}

} // namespace jy
