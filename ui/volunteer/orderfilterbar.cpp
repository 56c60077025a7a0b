#include "volunteer/orderfilterbar.h"
#include "db/dberror.h"
#include "accounts/scope.h"
#include "volunteer/catalogue.h"
#include "volunteer/volunteers.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace jy {

namespace {

// The earliest date a date edit offers stands for "no limit".
const QDate kNoDate(2000, 1, 1);

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QDateEdit *dateEdit(const QString &objectName, const QString &anyText)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(anyText);
    edit->setDate(kNoDate);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

} // namespace

OrderFilterBar::OrderFilterBar(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("orderFilter"));
    mCommunity = new QComboBox;
    mCommunity->setObjectName(QStringLiteral("community"));
    mCategory = new QComboBox;
    mCategory->setObjectName(QStringLiteral("category"));
    mVolunteer = new QComboBox;
    mVolunteer->setObjectName(QStringLiteral("volunteer"));
    mVolunteer->setEditable(true); // type to find one among hundreds
    mVolunteer->setInsertPolicy(QComboBox::NoInsert);
    mVolunteer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    mVolunteer->completer()->setFilterMode(Qt::MatchContains);
    for (QComboBox *combo : {mCommunity, mCategory, mVolunteer})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mFrom = dateEdit(QStringLiteral("from"), tr("any"));
    mTo = dateEdit(QStringLiteral("to"), tr("any"));
    auto *resetButton = new QPushButton(tr("Rese&t"));
    resetButton->setToolTip(tr("Show every order again"));

    mRow = new QHBoxLayout(this);
    mRow->setContentsMargins(0, 0, 0, 0);
    mRow->addWidget(buddyLabel(tr("Co&mmunity"), mCommunity));
    mRow->addWidget(mCommunity);
    mRow->addSpacing(8);
    mRow->addWidget(buddyLabel(tr("Cate&gory"), mCategory));
    mRow->addWidget(mCategory);
    mRow->addSpacing(8);
    mRow->addWidget(buddyLabel(tr("&Volunteer"), mVolunteer));
    mRow->addWidget(mVolunteer);
    mRow->addSpacing(8);
    mRow->addWidget(buddyLabel(tr("Submitted &from"), mFrom));
    mRow->addWidget(mFrom);
    mRow->addWidget(buddyLabel(tr("to"), mTo));
    mRow->addWidget(mTo);
    mRow->addWidget(resetButton);
    mRow->addStretch(1);

    reloadChoices();
    connect(mCommunity, &QComboBox::currentIndexChanged, this, [this] {
        if (mQuiet)
            return;
        fillVolunteers();
        changed();
    });
    for (QComboBox *combo : {mCategory, mVolunteer})
        connect(combo, &QComboBox::currentIndexChanged, this, &OrderFilterBar::changed);
    connect(mFrom, &QDateEdit::dateChanged, this, &OrderFilterBar::changed);
    connect(mTo, &QDateEdit::dateChanged, this, &OrderFilterBar::changed);
    connect(resetButton, &QPushButton::clicked, this, &OrderFilterBar::reset);
}

void OrderFilterBar::addTrailingWidget(QWidget *widget)
{
    mRow->addWidget(widget);
}

void OrderFilterBar::reloadChoices()
{
    mQuiet = true;
    const qint64 community = mCommunity->currentData().toLongLong();
    const qint64 category = mCategory->currentData().toLongLong();
    const qint64 volunteer = mVolunteer->currentData().toLongLong();
    mCommunity->clear();
    mCategory->clear();
    mCommunity->addItem(tr("All communities"), qint64(0));
    mCategory->addItem(tr("All categories"), qint64(0));
    try {
        for (const auto &[id, name] : Scope::readableCommunities(mDb, mSession))
            mCommunity->addItem(name, id);
        for (const ServiceCategory &c : CatalogueService(mDb, mSession).categories())
            mCategory->addItem(c.name, c.id);
    } catch (const DbError &) {
        // The board reports database failures itself; the filter keeps its "all" entries.
    }
    mCommunity->setCurrentIndex(qMax(0, mCommunity->findData(community)));
    mCategory->setCurrentIndex(qMax(0, mCategory->findData(category)));
    fillVolunteers();
    mVolunteer->setCurrentIndex(qMax(0, mVolunteer->findData(volunteer)));
    mQuiet = false;
}

void OrderFilterBar::fillVolunteers()
{
    // The chosen community's volunteers: a street has thousands, a community hundreds.
    const qint64 keep = mVolunteer->currentData().toLongLong();
    const bool quiet = mQuiet;
    mQuiet = true;
    mVolunteer->clear();
    mVolunteer->addItem(tr("All volunteers"), qint64(0));
    try {
        for (const VolunteerSummary &s : VolunteerService(mDb, mSession).summaries(mCommunity->currentData().toLongLong(), {}, 2000))
            mVolunteer->addItem(tr("%1 (%2)").arg(s.volunteer.name, s.volunteer.volunteerNo), s.volunteer.id);
    } catch (const DbError &) {
    }
    mVolunteer->setCurrentIndex(qMax(0, mVolunteer->findData(keep)));
    mQuiet = quiet;
}

OrderFilter OrderFilterBar::filter() const
{
    OrderFilter f;
    f.communityId = mCommunity->currentData().toLongLong();
    f.categoryId = mCategory->currentData().toLongLong();
    f.volunteerId = mVolunteer->currentData().toLongLong();
    f.from = dateOf(mFrom);
    f.to = dateOf(mTo);
    return f;
}

bool OrderFilterBar::isFiltering() const
{
    const OrderFilter f = filter();
    return f.communityId || f.categoryId || f.volunteerId || f.from.isValid() || f.to.isValid();
}

void OrderFilterBar::reset()
{
    mQuiet = true;
    mCommunity->setCurrentIndex(0);
    mCategory->setCurrentIndex(0);
    fillVolunteers();
    mVolunteer->setCurrentIndex(0);
    mFrom->setDate(kNoDate);
    mTo->setDate(kNoDate);
    mQuiet = false;
    changed();
}

void OrderFilterBar::setFilter(const OrderFilter &filter)
{
    mQuiet = true;
    mCommunity->setCurrentIndex(std::max(0, mCommunity->findData(filter.communityId)));
    mCategory->setCurrentIndex(std::max(0, mCategory->findData(filter.categoryId)));
    fillVolunteers();
    mVolunteer->setCurrentIndex(0);
    mFrom->setDate(filter.from.isValid() ? filter.from : kNoDate);
    mTo->setDate(filter.to.isValid() ? filter.to : kNoDate);
    mQuiet = false;
    changed();
}

void OrderFilterBar::changed()
{
    if (!mQuiet)
        emit filterChanged();
}

QWidget *OrderFilterBar::firstField() const
{
    return mCommunity;
}

} // namespace jy
