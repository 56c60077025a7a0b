#include "residents/filterbar.h"
#include "places/placestore.h"
#include "residents/residentcodes.h"
#include "tags/tagstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace jy {

namespace {

qint64 currentId(const QComboBox *combo)
{
    return combo->currentData().toLongLong();
}

// Refills a combo of places, an "all" entry first, keeping the chosen id if it is still there.
void fillPlaces(QComboBox *combo, const QString &allText, const QList<Place> &places)
{
    const qint64 keep = currentId(combo);
    combo->clear();
    combo->addItem(allText, qint64(0));
    for (const Place &place : places)
        combo->addItem(place.name, place.id);
    const int index = combo->findData(keep);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

FilterBar::FilterBar(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), mDb(db), mSession(session)
{
    mSearch = new QLineEdit;
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setPlaceholderText(tr("Name / pinyin initials / last 4–6 digits of ID / phone / building-unit-room"));
    mSearch->setClearButtonEnabled(true);
    mSearch->setToolTip(tr("Search as you type (Ctrl+F). Examples: 张三, zsf, zhangsan, 1234, 13800001234, 3-2-401"));

    mCommunity = new QComboBox;
    mGrid = new QComboBox;
    mBuilding = new QComboBox;
    mResidenceType = new QComboBox;
    mTag = new QComboBox;
    for (QComboBox *combo : {mCommunity, mGrid, mBuilding, mResidenceType, mTag})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mResidenceType->addItem(tr("All types"), QString());
    for (const QString &code : ResidentCodes::residenceTypes())
        mResidenceType->addItem(ResidentCodes::residenceTypeLabel(code), code);

    mMinAge = new QSpinBox;
    mMaxAge = new QSpinBox;
    for (QSpinBox *spin : {mMinAge, mMaxAge}) {
        spin->setRange(-1, 150);
        spin->setValue(-1);
        spin->setSpecialValueText(tr("Any"));
        spin->setAccelerated(true);
    }
    auto *resetButton = new QPushButton(tr("Rese&t"));
    resetButton->setToolTip(tr("Show everyone again"));

    mSearchRow = new QHBoxLayout;
    mSearchRow->addWidget(mSearch, 1);

    auto *choices = new QHBoxLayout;
    choices->addWidget(buddyLabel(tr("&Community"), mCommunity));
    choices->addWidget(mCommunity);
    choices->addSpacing(8);
    choices->addWidget(buddyLabel(tr("&Grid"), mGrid));
    choices->addWidget(mGrid);
    choices->addSpacing(8);
    choices->addWidget(buddyLabel(tr("&Building"), mBuilding));
    choices->addWidget(mBuilding);
    choices->addSpacing(8);
    choices->addWidget(buddyLabel(tr("T&ype"), mResidenceType));
    choices->addWidget(mResidenceType);
    choices->addSpacing(8);
    choices->addWidget(buddyLabel(tr("T&ag"), mTag));
    choices->addWidget(mTag);
    choices->addSpacing(8);
    choices->addWidget(buddyLabel(tr("Age f&rom"), mMinAge));
    choices->addWidget(mMinAge);
    choices->addWidget(buddyLabel(tr("to"), mMaxAge));
    choices->addWidget(mMaxAge);
    choices->addStretch(1);
    choices->addWidget(resetButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(mSearchRow);
    layout->addLayout(choices);

    mDebounce = new QTimer(this);
    mDebounce->setSingleShot(true);
    mDebounce->setInterval(kDebounceMs);
    connect(mDebounce, &QTimer::timeout, this, &FilterBar::changed);
    connect(mSearch, &QLineEdit::textChanged, this, &FilterBar::changedByTyping);
    connect(mMinAge, &QSpinBox::valueChanged, this, &FilterBar::changedByTyping);
    connect(mMaxAge, &QSpinBox::valueChanged, this, &FilterBar::changedByTyping);
    connect(mCommunity, &QComboBox::currentIndexChanged, this, [this] {
        if (mQuiet)
            return;
        mQuiet = true;
        fillCommunityDependents();
        mQuiet = false;
        changed();
    });
    for (QComboBox *combo : {mGrid, mBuilding, mResidenceType, mTag})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(resetButton, &QPushButton::clicked, this, &FilterBar::reset);

    reloadChoices();
}

void FilterBar::addTrailingWidget(QWidget *widget)
{
    mSearchRow->addWidget(widget);
}

void FilterBar::reloadChoices()
{
    mQuiet = true;
    const QList<Place> communities = PlaceStore(mDb).communities();
    fillPlaces(mCommunity, tr("All communities"), communities);
    fillCommunityDependents();

    QList<Place> tags;
    for (const Tag &tag : TagStore(mDb, mSession).all())
        tags << Place{tag.id, 0, QString(), tag.name};
    fillPlaces(mTag, tr("Any tag"), tags);
    mQuiet = false;
}

void FilterBar::fillCommunityDependents()
{
    // With a single community "all" means that one: its grids and buildings are the useful choices.
    qint64 community = currentId(mCommunity);
    if (!community && mCommunity->count() == 2)
        community = mCommunity->itemData(1).toLongLong();
    PlaceStore places(mDb);
    fillPlaces(mGrid, tr("All grids"), community ? places.grids(community) : QList<Place>());
    fillPlaces(mBuilding, tr("All buildings"), community ? places.buildings(community) : QList<Place>());
    mGrid->setEnabled(mGrid->count() > 1);
    mBuilding->setEnabled(mBuilding->count() > 1);
}

RosterFilter FilterBar::filter() const
{
    RosterFilter f;
    f.text = mSearch->text().trimmed();
    f.communityId = currentId(mCommunity);
    f.gridId = currentId(mGrid);
    f.buildingId = currentId(mBuilding);
    f.residenceType = mResidenceType->currentData().toString();
    if (const qint64 tag = currentId(mTag))
        f.tagIds << tag;
    f.minAge = mMinAge->value();
    f.maxAge = mMaxAge->value();
    return f;
}

bool FilterBar::isFiltering() const
{
    const RosterFilter f = filter();
    return !f.text.isEmpty() || f.communityId || f.gridId || f.buildingId || !f.residenceType.isEmpty()
        || !f.tagIds.isEmpty() || f.minAge >= 0 || f.maxAge >= 0;
}

void FilterBar::reset()
{
    mQuiet = true;
    mSearch->clear();
    mCommunity->setCurrentIndex(0);
    fillCommunityDependents();
    mGrid->setCurrentIndex(0);
    mBuilding->setCurrentIndex(0);
    mResidenceType->setCurrentIndex(0);
    mTag->setCurrentIndex(0);
    mMinAge->setValue(-1);
    mMaxAge->setValue(-1);
    mQuiet = false;
    changed();
}

void FilterBar::setChoices(qint64 communityId, qint64 gridId, const QString &residenceType, int minAge, int maxAge, qint64 buildingId)
{
    reset();
    mQuiet = true;
    mCommunity->setCurrentIndex(std::max(0, mCommunity->findData(communityId)));
    fillCommunityDependents();
    mGrid->setCurrentIndex(std::max(0, mGrid->findData(gridId)));
    mBuilding->setCurrentIndex(std::max(0, mBuilding->findData(buildingId)));
    mResidenceType->setCurrentIndex(std::max(0, mResidenceType->findData(residenceType)));
    mMinAge->setValue(minAge);
    mMaxAge->setValue(maxAge);
    mQuiet = false;
    changed();
}

void FilterBar::flush()
{
    if (mDebounce->isActive())
        changed();
}

void FilterBar::changed()
{
    if (mQuiet)
        return;
    mDebounce->stop();
    emit filterChanged();
}

void FilterBar::changedByTyping()
{
    if (!mQuiet)
        mDebounce->start();
}

} // namespace jy
