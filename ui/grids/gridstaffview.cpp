#include "grids/gridstaffview.h"
#include "reports/listprinting.h"
#include "accounts/session.h"
#include "common/fielderrors.h"
#include "grids/gridstaff.h"
#include "places/placestore.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jy {

GridStaffView::GridStaffView(Database &db, const Session &session, QWidget *parent) : QWidget(parent), mDb(db), mSession(session)
{
    auto *layout = new QHBoxLayout(this);
    mGrids = new QListWidget;
    mGrids->setObjectName(QStringLiteral("staffGrids"));
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"));
    auto *edit = new QPushButton(tr("&Edit…"));
    auto *remove = new QPushButton(tr("&Remove…"));
    add->setObjectName(QStringLiteral("addStaff"));
    mEditButtons = {add, edit, remove};
    for (QPushButton *b : std::as_const(mEditButtons)) {
        b->setEnabled(mSession.can(Permission::ManageGridMap));
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    rightLayout->addLayout(buttons);
    mTable = new QTableWidget(0, 3);
    mTable->setObjectName(QStringLiteral("staff"));
    mTable->setHorizontalHeaderLabels({tr("Role"), tr("Name"), tr("Phone")});
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    rightLayout->addWidget(mTable, 1);
    auto *splitter = new QSplitter;
    splitter->addWidget(mGrids);
    splitter->addWidget(right);
    splitter->setSizes({220, 900});
    layout->addWidget(splitter);
    connect(mGrids, &QListWidget::currentRowChanged, this, &GridStaffView::reload);
    connect(add, &QPushButton::clicked, this, &GridStaffView::addMember);
    connect(edit, &QPushButton::clicked, this, &GridStaffView::editMember);
    connect(remove, &QPushButton::clicked, this, &GridStaffView::removeMember);
    connect(mTable, &QTableWidget::cellActivated, this, [this] {
        if (mSession.can(Permission::ManageGridMap))
            editMember();
    });
}

void GridStaffView::setCommunity(qint64 communityId)
{
    mCommunityId = communityId;
    const QSignalBlocker block(mGrids);
    mGrids->clear();
    for (const Place &g : PlaceStore(mDb).grids(communityId)) {
        auto *item = new QListWidgetItem(g.name, mGrids);
        item->setData(Qt::UserRole, g.id);
    }
    mGrids->setCurrentRow(0);
    reload();
}

void GridStaffView::reload()
{
    const qint64 gridId = mGrids->currentItem() ? mGrids->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const QList<GridStaffMember> members = GridStaff(mDb, mSession).members(gridId);
    mTable->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const GridStaffMember &m = members.at(row);
        const QStringList cells = {m.role, m.name, m.phone};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, m.id);
            mTable->setItem(row, c, item);
        }
    }
    mTable->resizeColumnsToContents();
}

void GridStaffView::addMember()
{
    if (editDialog(0))
        reload();
}

void GridStaffView::editMember()
{
    const QList<QTableWidgetItem *> selected = mTable->selectedItems();
    if (selected.isEmpty()) {
        emit message(tr("Choose the person first."));
        return;
    }
    if (editDialog(selected.first()->data(Qt::UserRole).toLongLong()))
        reload();
}

void GridStaffView::removeMember()
{
    const QList<QTableWidgetItem *> selected = mTable->selectedItems();
    if (selected.isEmpty()) {
        emit message(tr("Choose the person first."));
        return;
    }
    const int row = selected.first()->row();
    const QString who = mTable->item(row, 1)->text();
    const QString role = mTable->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Remove from the grid"), tr("Remove %1 (%2) from this grid's staff?").arg(who, role))
        != QMessageBox::Yes)
        return;
    const Status s = GridStaff(mDb, mSession).remove(selected.first()->data(Qt::UserRole).toLongLong());
    if (!s) {
        QMessageBox::warning(this, tr("Remove from the grid"), s.errorText());
        return;
    }
    reload();
    emit message(tr("%1 was removed from the grid's staff.").arg(who));
}

bool GridStaffView::editDialog(qint64 memberId)
{
    GridStaff staff(mDb, mSession);
    const qint64 gridId = mGrids->currentItem() ? mGrids->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    GridStaffMember member;
    member.gridId = gridId;
    for (const GridStaffMember &m : staff.members(gridId))
        if (m.id == memberId)
            member = m;
    QDialog dialog(this);
    dialog.setWindowTitle(memberId ? tr("Edit grid staff") : tr("Add grid staff"));
    auto *form = new QFormLayout(&dialog);
    auto *role = new QComboBox;
    role->setEditable(true);   // a role not in the list is added to it
    for (const GridRole &r : staff.roles())
        role->addItem(r.name, r.id);
    if (member.roleId)
        role->setCurrentIndex(role->findData(member.roleId));
    auto *name = new QLineEdit(member.name);
    auto *phone = new QLineEdit(member.phone);
    FieldErrorLabels errors;
    form->addRow(tr("&Role:"), errors.wrap(role, QStringLiteral("role")));
    form->addRow(tr("&Name:"), errors.wrap(name, QStringLiteral("name")));
    form->addRow(tr("&Phone:"), errors.wrap(phone, QStringLiteral("phone")));
    QLabel *general = FieldErrorLabels::errorLabel();
    general->hide();
    form->addRow(general);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        GridStaffMember m = member;
        const int index = role->findText(role->currentText().trimmed());
        if (index >= 0) {
            m.roleId = role->itemData(index).toLongLong();
        } else {
            const Result<qint64> added = staff.addRole(role->currentText());
            if (!added) {
                errors.show(added.errors(), general);
                return;
            }
            m.roleId = added.value();
        }
        m.name = name->text();
        m.phone = phone->text();
        const Result<qint64> saved = staff.save(m);
        if (!saved) {
            errors.show(saved.errors(), general);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit message(tr("Grid staff saved."));
    return true;
}

QWidget *GridStaffView::searchField() const
{
    return mGrids;
}

bool GridStaffView::canCreateRecord() const
{
    return mSession.can(Permission::ManageGridMap);
}

void GridStaffView::createRecord()
{
    addMember();
}

ReportDocument GridStaffView::listDocument() const
{
    return ListPrinting::fromView(mTable, tr("Grid staff"));
}

} // namespace jy
