#include "residents/householdview.h"
#include "accounts/session.h"
#include "db/dberror.h"
#include "idnumber/idnumber.h"
#include "residents/residentcodes.h"
#include "residents/residentservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace jy {

namespace {
enum MemberColumn { NameColumn, RelationColumn, SexColumn, AgeColumn, IdColumn };
} // namespace

HouseholdView::HouseholdView(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), mDb(db), mSession(session)
{
    mTitle = new QLabel(tr("Household"));
    QFont bold = mTitle->font();
    bold.setBold(true);
    mTitle->setFont(bold);
    mAddressLabel = new QLabel;
    mAddressLabel->setWordWrap(true);
    mAddressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    mMembers = new QTreeWidget;
    mMembers->setObjectName(QStringLiteral("householdMembers"));
    mMembers->setRootIsDecorated(false);
    mMembers->setUniformRowHeights(true);
    mMembers->setAlternatingRowColors(true);
    mMembers->setHeaderLabels({tr("Name"), tr("Relation"), tr("Sex"), tr("Age"), tr("ID number")});
    mMembers->header()->setStretchLastSection(true);
    mMembers->header()->setSectionResizeMode(QHeaderView::ResizeToContents); // a handful of rows
    mMembers->setToolTip(tr("Double-click or press Enter to edit a member"));
    connect(mMembers, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit editRequested(item->data(NameColumn, Qt::UserRole).toLongLong());
    });

    mAddMember = new QPushButton(tr("Add &member…"));
    mAddMember->setToolTip(tr("Register a new member of this household"));
    mAddMember->setEnabled(false);
    connect(mAddMember, &QPushButton::clicked, this, [this] { emit addMemberRequested(mHouseholdId); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTitle);
    layout->addWidget(mAddressLabel);
    layout->addWidget(mMembers, 1);
    layout->addWidget(mAddMember, 0, Qt::AlignRight);
    clear();
}

void HouseholdView::clear()
{
    mHouseholdId = 0;
    mSelectedId = 0;
    mAddress.clear();
    mHeadName.clear();
    mTitle->setText(tr("Household"));
    mAddressLabel->setText(tr("Select a resident to see the household."));
    mMembers->clear();
    mAddMember->setEnabled(false);
}

void HouseholdView::showHousehold(qint64 householdId, const QString &address, qint64 selectedResidentId)
{
    mHouseholdId = householdId;
    mAddress = address;
    mSelectedId = selectedResidentId;
    reload();
}

void HouseholdView::setShowPersonalData(bool show)
{
    if (show == mShowPersonalData)
        return;
    mShowPersonalData = show;
    reload();
}

void HouseholdView::reload()
{
    mMembers->clear();
    mHeadName.clear();
    mAddMember->setEnabled(mHouseholdId && mSession.can(Permission::EditResidents));
    if (!mHouseholdId) {
        mTitle->setText(tr("Household"));
        mAddressLabel->setText(mSelectedId ? tr("Not registered in a household.") : tr("Select a resident to see the household."));
        return;
    }
    QList<Resident> members;
    try {
        members = ResidentService(mDb, mSession).householdMembers(mHouseholdId);
    } catch (const DbError &error) {
        mAddressLabel->setText(error.message());
        return;
    }
    const bool full = mShowPersonalData && mSession.can(Permission::ViewPersonalData);
    const QDate today = QDate::currentDate();
    QTreeWidgetItem *selected = nullptr;
    for (const Resident &r : members) {
        auto *item = new QTreeWidgetItem(mMembers);
        item->setText(NameColumn, r.name);
        item->setData(NameColumn, Qt::UserRole, r.id);
        item->setText(RelationColumn, ResidentCodes::relationLabel(r.relation));
        item->setText(SexColumn, ResidentCodes::sexLabel(r.sex));
        item->setText(AgeColumn, r.birthDate.isValid() ? QString::number(r.ageOn(today)) : QString());
        item->setText(IdColumn, full ? r.idNumber : IdNumber::mask(r.idNumber));
        item->setTextAlignment(AgeColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (r.relation == relation::Head) {
            mHeadName = r.name;
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
        }
        if (r.id == mSelectedId)
            selected = item;
    }
    mTitle->setText(tr("Household: %n member(s)", nullptr, int(members.size())));
    mAddressLabel->setText(mAddress.isEmpty() ? tr("No address recorded.") : mAddress);
    if (selected)
        mMembers->setCurrentItem(selected);
}

} // namespace jy
