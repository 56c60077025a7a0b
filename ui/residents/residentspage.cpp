#include "residents/residentspage.h"
#include "reports/listprinting.h"
#include "audit/personaldataaccess.h"
#include "accounts/session.h"
#include "db/dberror.h"
#include "idnumber/idnumber.h"
#include "residents/filterbar.h"
#include "residents/householdview.h"
#include "residents/exportdialog.h"
#include "import/importwizard.h"
#include "residents/movehouseholddialog.h"
#include "residents/residentcodes.h"
#include "residents/residentdialog.h"
#include "residents/residentservice.h"
#include "residents/rostermodel.h"

#include <QAction>
#include <QDir>
#include <QCheckBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace jy {

namespace {

QToolButton *actionButton(QAction *action)
{
    auto *button = new QToolButton;
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(false);
    return button;
}

} // namespace

ResidentsPage::ResidentsPage(Database &db, const Session &session, QWidget *parent)
    : Page(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("ResidentsPage"));
    const bool mayEdit = session.can(Permission::EditResidents);

    mModel = new RosterModel(db, session, this);
    mFilterBar = new FilterBar(db, session);

    mNewAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New…"), this);
    mNewAction->setToolTip(tr("Register a new resident (Ctrl+N)")); // the shortcut is Edit ▸ New record
    mEditAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit…"), this);
    mEditAction->setShortcut(QKeySequence(Qt::Key_F2));
    mEditAction->setToolTip(tr("Edit the selected resident (Enter, double-click or F2)"));
    mDeleteAction = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete…"), this);
    mDeleteAction->setShortcut(QKeySequence::Delete);
    mDeleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Del in the search box edits text
    mDeleteAction->setToolTip(tr("Delete the selected resident (Del)"));
    mMoveAction = new QAction(style()->standardIcon(QStyle::SP_ArrowRight), tr("&Move to another household…"), this);
    mMoveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    mMoveAction->setToolTip(tr("Move the selected resident into another household, found by its address (Ctrl+M)"));
    mImportAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Import…"), this);
    mImportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    mImportAction->setToolTip(tr("Import residents from an Excel or CSV roster (Ctrl+I)"));
    mImportAction->setEnabled(session.can(Permission::ImportData));
    connect(mImportAction, &QAction::triggered, this, &ResidentsPage::importRoster);
    mExportAction = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("E&xport…"), this);
    mExportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    mExportAction->setToolTip(tr("Export the residents shown to Excel or CSV (Ctrl+E)"));
    connect(mExportAction, &QAction::triggered, this, &ResidentsPage::exportRoster);
    addAction(mImportAction);
    addAction(mExportAction);
    addAction(mEditAction);
    addAction(mMoveAction);

    mShowPersonal = new QCheckBox(tr("Show &personal data"));
    mShowPersonal->setEnabled(session.can(Permission::ViewPersonalData));
    mShowPersonal->setToolTip(session.can(Permission::ViewPersonalData)
                                  ? tr("Show ID numbers and phone numbers in full")
                                  : tr("Your role may not see personal data."));
    mFilterBar->addTrailingWidget(mShowPersonal);
    mFilterBar->addTrailingWidget(actionButton(mNewAction));
    mFilterBar->addTrailingWidget(actionButton(mEditAction));
    mFilterBar->addTrailingWidget(actionButton(mMoveAction));
    mFilterBar->addTrailingWidget(actionButton(mDeleteAction));
    mFilterBar->addTrailingWidget(actionButton(mImportAction));
    mFilterBar->addTrailingWidget(actionButton(mExportAction));
    mNewAction->setEnabled(mayEdit);

    mTable = new QTableView;
    mTable->setObjectName(QStringLiteral("roster"));
    mTable->setModel(mModel);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setAlternatingRowColors(true);
    mTable->setWordWrap(false);
    mTable->setCornerButtonEnabled(false);
    // Fixed row heights: the view never measures 200,000 rows.
    mTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mTable->verticalHeader()->setDefaultSectionSize(mTable->fontMetrics().height() + 10);
    mTable->verticalHeader()->hide();
    QHeaderView *header = mTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    const QList<QPair<int, int>> widths = {
        {RosterModel::Name, 90},          {RosterModel::Sex, 55},       {RosterModel::Age, 45},
        {RosterModel::IdNumber, 170},     {RosterModel::Phone, 115},    {RosterModel::ResidenceType, 80},
        {RosterModel::Relation, 90},      {RosterModel::Community, 100}, {RosterModel::Address, 230}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    mTable->addAction(mDeleteAction);

    mHousehold = new HouseholdView(db, session);
    mSplitter = new QSplitter(Qt::Horizontal);
    mSplitter->addWidget(mTable);
    mSplitter->addWidget(mHousehold);
    mSplitter->setStretchFactor(0, 3);
    mSplitter->setStretchFactor(1, 1);
    mSplitter->setCollapsible(0, false);
    mSplitter->setSizes({900, 320});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(mFilterBar);
    layout->addWidget(mSplitter, 1);

    connect(mFilterBar, &FilterBar::filterChanged, this, &ResidentsPage::applyFilter);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResidentsPage::currentRowChanged);
    connect(mModel, &QAbstractItemModel::modelReset, this, &ResidentsPage::currentRowChanged);
    connect(mModel, &RosterModel::loadFailed, this, [this](const QString &text) { emit message(text); });
    connect(mTable, &QTableView::activated, this, &ResidentsPage::editCurrent);
    connect(mNewAction, &QAction::triggered, this, [this] { addResident(0); });
    connect(mEditAction, &QAction::triggered, this, &ResidentsPage::editCurrent);
    connect(mDeleteAction, &QAction::triggered, this, &ResidentsPage::deleteCurrent);
    connect(mMoveAction, &QAction::triggered, this, &ResidentsPage::moveCurrent);
    connect(mShowPersonal, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            if (Status allowed = PersonalDataAccess::reveal(mDb, mSession, QStringLiteral("roster"), mFilterBar->searchEdit()->text());
                !allowed) {
                const QSignalBlocker block(mShowPersonal);
                mShowPersonal->setChecked(false);
                emit message(allowed.errorText());
                return;
            }
        }
        mModel->setShowPersonalData(on);
        mHousehold->setShowPersonalData(on);
    });
    connect(mHousehold, &HouseholdView::editRequested, this, &ResidentsPage::editResident);
    connect(mHousehold, &HouseholdView::addMemberRequested, this, &ResidentsPage::addResident);
    mFilterBar->searchEdit()->installEventFilter(this);
    if (mModel->rowCount() > 0)
        mTable->selectRow(0); // the household view is never empty for no reason
    updateActions();
}

QWidget *ResidentsPage::searchField() const
{
    return mFilterBar->searchEdit();
}

bool ResidentsPage::canCreateRecord() const
{
    return mNewAction->isEnabled();
}

void ResidentsPage::createRecord()
{
    addResident(0);
}

ReportDocument ResidentsPage::listDocument() const
{
    // The roster as filtered and sorted, masked as on screen; a street's whole roster is no list to print.
    return ListPrinting::fromView(mTable, tr("Resident roster"), QString(), 5000);
}

QString ResidentsPage::title() const
{
    return tr("Residents");
}

QIcon ResidentsPage::icon() const
{
    return pageIcon(QStringLiteral("residents"));
}

QString ResidentsPage::statusText() const
{
    const int n = mModel->rowCount();
    return mFilterBar->isFiltering() ? tr("%Ln resident(s) match the filter", nullptr, n)
                                     : tr("%Ln resident(s) in total", nullptr, n);
}

void ResidentsPage::activate()
{
    if (!mActivated) {
        mActivated = true; // the constructor has just read everything
        return;
    }
    try {
        mFilterBar->reloadChoices(); // places and tags may be new
    } catch (const DbError &error) {
        emit message(error.message());
    }
    refreshKeepingPosition();
}

void ResidentsPage::applyFilter()
{
    mModel->setFilter(mFilterBar->filter());
    if (mModel->rowCount() > 0)
        mTable->selectRow(0);
    emit statusTextChanged(statusText());
}

void ResidentsPage::refreshKeepingPosition()
{
    const int row = mTable->currentIndex().row();
    const int scroll = mTable->verticalScrollBar()->value();
    mModel->refresh();
    mTable->verticalScrollBar()->setValue(scroll);
    if (mModel->rowCount() > 0)
        mTable->selectRow(std::clamp(row, 0, mModel->rowCount() - 1));
    emit statusTextChanged(statusText());
}

qint64 ResidentsPage::currentResidentId() const
{
    const QModelIndex current = mTable->currentIndex();
    return current.isValid() ? mModel->residentId(current.row()) : 0;
}

void ResidentsPage::currentRowChanged()
{
    const QModelIndex current = mTable->currentIndex();
    const RosterRow *row = current.isValid() ? mModel->rowAt(current.row()) : nullptr;
    if (row)
        mHousehold->showHousehold(row->householdId, row->address, row->id);
    else
        mHousehold->clear();
    updateActions();
}

void ResidentsPage::updateActions()
{
    const bool selected = currentResidentId() != 0;
    mEditAction->setEnabled(selected);
    mDeleteAction->setEnabled(selected && mSession.can(Permission::EditResidents));
    mMoveAction->setEnabled(selected && mSession.can(Permission::EditResidents));
}

void ResidentsPage::addResident(qint64 householdId)
{
    QList<HouseholdChoice> choices = {{0, tr("Not in a household")}};
    if (mHousehold->householdId())
        choices << HouseholdChoice{mHousehold->householdId(), shownHouseholdText()};
    Resident fresh;
    fresh.householdId = householdId;
    ResidentDialog dialog(mDb, mSession, fresh, choices, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Resident saved = dialog.resident();
    refreshKeepingPosition();
    if (saved.householdId && saved.householdId == mHousehold->householdId())
        mHousehold->showHousehold(saved.householdId, mHousehold->address(), saved.id);
    emit message(tr("%1 was registered.").arg(saved.name));
}

QString ResidentsPage::shownHouseholdText() const
{
    const QString head = mHousehold->headName().isEmpty() ? tr("no head") : mHousehold->headName();
    return tr("Household of %1, %2").arg(head, mHousehold->address());
}

std::optional<Resident> ResidentsPage::freshResident(qint64 residentId)
{
    // Another desk may have changed or removed the person since the row was loaded.
    try {
        if (std::optional<Resident> resident = ResidentService(mDb, mSession).find(residentId))
            return resident;
    } catch (const DbError &error) {
        QMessageBox::critical(this, tr("Residents"), error.message());
        return std::nullopt;
    }
    QMessageBox::information(this, tr("Residents"), tr("This resident no longer exists."));
    refreshKeepingPosition();
    return std::nullopt;
}

void ResidentsPage::editResident(qint64 residentId)
{
    if (!residentId)
        return;
    const std::optional<Resident> resident = freshResident(residentId);
    if (!resident)
        return;
    // Members are edited from the table or the household view, both showing their household.
    const QString householdText = resident->householdId ? shownHouseholdText() : tr("Not in a household");
    ResidentDialog dialog(mDb, mSession, *resident, {{resident->householdId, householdText}}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshKeepingPosition();
    emit message(tr("%1 was saved.").arg(dialog.resident().name));
}

void ResidentsPage::editCurrent()
{
    editResident(currentResidentId());
}

void ResidentsPage::deleteCurrent()
{
    const qint64 id = currentResidentId();
    if (!id || !mSession.can(Permission::EditResidents))
        return;
    try {
        ResidentService service(mDb, mSession);
        const std::optional<Resident> resident = service.find(id);
        if (!resident)
            return refreshKeepingPosition();
        const QString who = resident->idNumber.isEmpty()
            ? resident->name
            : tr("%1 (ID number %2)").arg(resident->name, IdNumber::mask(resident->idNumber));
        if (QMessageBox::question(this, tr("Delete resident"),
                                  tr("Delete %1 from the roster?\n\nThe audit log keeps a record of the deletion.").arg(who),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;

        qint64 newHead = 0;
        if (resident->householdId && resident->relation == relation::Head) {
            QList<Resident> others = service.householdMembers(resident->householdId);
            others.removeIf([id](const Resident &r) { return r.id == id; });
            if (!others.isEmpty()) {
                QStringList names;
                for (const Resident &r : others)
                    names << tr("%1 (%2)").arg(r.name, ResidentCodes::relationLabel(r.relation));
                bool ok = false;
                const QString chosen = QInputDialog::getItem(
                    this, tr("New head of household"),
                    tr("%1 is the head of a household with other members.\nWho becomes the new head?").arg(resident->name),
                    names, 0, false, &ok);
                if (!ok)
                    return;
                newHead = others.at(names.indexOf(chosen)).id;
            }
        }
        const Status removed = service.remove(id, newHead);
        if (!removed) {
            QMessageBox::warning(this, tr("Delete resident"), removed.errorText());
            return;
        }
        refreshKeepingPosition();
        emit message(tr("%1 was deleted.").arg(resident->name));
    } catch (const DbError &error) {
        QMessageBox::critical(this, tr("Delete resident"), error.message());
    }
}

void ResidentsPage::moveCurrent()
{
    const QModelIndex current = mTable->currentIndex();
    const RosterRow *row = current.isValid() ? mModel->rowAt(current.row()) : nullptr;
    if (!row || !mSession.can(Permission::EditResidents))
        return;
    const QString currentAddress = row->address; // the row may be reloaded while the dialog is open
    const std::optional<Resident> resident = freshResident(row->id);
    if (!resident)
        return;
    MoveHouseholdDialog dialog(mDb, mSession, *resident, currentAddress, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshKeepingPosition();
    currentRowChanged(); // the household view follows the resident to the new household
    emit message(tr("%1 moved to %2.").arg(resident->name, dialog.movedToAddress()));
}

bool ResidentsPage::eventFilter(QObject *watched, QEvent *event)
{
    // From the search box, Down goes to the results and Escape clears the search.
    if (watched == mFilterBar->searchEdit() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && mModel->rowCount() > 0) {
            mTable->setFocus();
            if (!mTable->currentIndex().isValid())
                mTable->selectRow(0);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !mFilterBar->searchEdit()->text().isEmpty()) {
            mFilterBar->searchEdit()->clear();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            mFilterBar->flush();
            if (mModel->rowCount() == 0)
                return true;
            mTable->setFocus();
            mTable->selectRow(0);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void ResidentsPage::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("splitter"), mSplitter->saveState());
    settings.setValue(QStringLiteral("header"), mTable->horizontalHeader()->saveState());
}

void ResidentsPage::restoreSettings(QSettings &settings)
{
    mSplitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    mTable->horizontalHeader()->restoreState(settings.value(QStringLiteral("header")).toByteArray());
}

void ResidentsPage::importRoster()
{
    ImportWizard wizard(mDb, mSession, this);
    wizard.exec();
    if (wizard.imported) {
        refreshKeepingPosition();
        emit message(tr("Roster imported from %1").arg(wizard.request.options.source));
    }
}

void ResidentsPage::exportRoster()
{
    ExportDialog dialog(mDb, mSession, mModel->filter(), mModel->rowCount(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit message(tr("Roster exported to %1").arg(QDir::toNativeSeparators(dialog.path())));
}

void ResidentsPage::showResidents(qint64 communityId, qint64 gridId, const QString &residenceType, int minAge, int maxAge,
                                  qint64 buildingId)
{
    mFilterBar->setChoices(communityId, gridId, residenceType, minAge, maxAge, buildingId);
}

} // namespace jy
