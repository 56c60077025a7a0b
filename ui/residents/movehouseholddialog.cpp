#include "residents/movehouseholddialog.h"
#include "accounts/session.h"
#include "db/dberror.h"
#include "db/transaction.h"
#include "residents/residentcodes.h"
#include "residents/residentservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace jy {

namespace {
constexpr int kLimit = 50;
constexpr int kMatchRole = Qt::UserRole; // index into mMatches
} // namespace

MoveHouseholdDialog::MoveHouseholdDialog(Database &db, const Session &session, const Resident &resident,
                                         const QString &currentAddress, QWidget *parent)
    : QDialog(parent), mDb(db), mSession(session), mResident(resident)
{
    setWindowTitle(tr("Move %1 to another household").arg(resident.name));

    auto *now = new QLabel(resident.householdId
                               ? tr("%1 now lives at %2 as %3.")
                                     .arg(resident.name,
                                          currentAddress.isEmpty() ? tr("an address not recorded") : currentAddress,
                                          ResidentCodes::relationLabel(resident.relation))
                               : tr("%1 is not registered in a household now.").arg(resident.name));
    now->setWordWrap(true);

    mAddress = new QLineEdit;
    mAddress->setObjectName(QStringLiteral("address"));
    mAddress->setPlaceholderText(tr("Building-unit-room, e.g. 3-2-401"));
    mAddress->setToolTip(tr("Type the address as 3-2-401 or 3栋2单元401, or 3-2 for a whole unit; "
                            "add part of the estate name to narrow it down."));
    mAddress->setClearButtonEnabled(true);
    mAddress->installEventFilter(this); // Enter searches instead of pressing OK
    mSearch = new QPushButton(tr("&Search"));
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setAutoDefault(false);
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(mAddress, 1);
    addressRow->addWidget(mSearch);

    mSearchInfo = new QLabel(tr("Type the address of the household to join and press Enter."));
    mSearchInfo->setObjectName(QStringLiteral("searchInfo"));
    mSearchInfo->setWordWrap(true);
    mChoices = new QListWidget;
    mChoices->setObjectName(QStringLiteral("households"));
    mChoices->setAlternatingRowColors(true);
    mChoices->setMinimumHeight(mChoices->fontMetrics().height() * 8);

    mRelation = new QComboBox;
    mRelation->setObjectName(QStringLiteral("relation"));
    for (const QString &code : ResidentCodes::relations())
        mRelation->addItem(ResidentCodes::relationLabel(code), code);
    mRelation->setCurrentIndex(mRelation->findData(relation::Other));

    // A head leaving a household with other members hands the head role on.
    mNewHead = new QComboBox;
    mNewHead->setObjectName(QStringLiteral("newHead"));
    mNewHeadLabel = new QLabel(tr("New &head of the old household"));
    mNewHeadLabel->setBuddy(mNewHead);
    if (resident.householdId && resident.relation == relation::Head) {
        try {
            for (const Resident &r : ResidentService(db, session).householdMembers(resident.householdId)) {
                if (r.id != resident.id)
                    mNewHead->addItem(tr("%1 (%2)").arg(r.name, ResidentCodes::relationLabel(r.relation)), r.id);
            }
        } catch (const DbError &error) {
            qWarning("%s", qPrintable(error.message()));
        }
    }
    const bool needsNewHead = mNewHead->count() > 0;

    mError = new QLabel;
    mError->setObjectName(QStringLiteral("error"));
    mError->setStyleSheet(QStringLiteral("color: #c62828;"));
    mError->setWordWrap(true);
    mError->hide();

    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    mButtons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *addressLabel = new QLabel(tr("&Address"));
    addressLabel->setBuddy(mAddress);
    form->addRow(addressLabel, addressRow);
    form->addRow(QString(), mSearchInfo);
    auto *choicesLabel = new QLabel(tr("House&hold"));
    choicesLabel->setBuddy(mChoices);
    form->addRow(choicesLabel, mChoices);
    auto *relationLabel = new QLabel(tr("&Relation to head"));
    relationLabel->setBuddy(mRelation);
    form->addRow(relationLabel, mRelation);
    form->addRow(mNewHeadLabel, mNewHead);
    mNewHeadLabel->setVisible(needsNewHead);
    mNewHead->setVisible(needsNewHead);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(now);
    layout->addLayout(form, 1);
    layout->addWidget(mError);
    layout->addWidget(mButtons);
    resize(560, sizeHint().height());

    connect(mSearch, &QPushButton::clicked, this, &MoveHouseholdDialog::search);
    connect(mChoices, &QListWidget::currentRowChanged, this, &MoveHouseholdDialog::choiceChanged);
    connect(mChoices, &QListWidget::itemActivated, this, [this] {
        if (mButtons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(mButtons, &QDialogButtonBox::accepted, this, &MoveHouseholdDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &MoveHouseholdDialog::reject);
}

bool MoveHouseholdDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mAddress && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            search();
            return true;
        }
        if (key == Qt::Key_Down && mChoices->count() > 0) {
            mChoices->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MoveHouseholdDialog::search()
{
    mChoices->clear();
    mMatches.clear();
    mError->hide();
    try {
        mMatches = HouseholdFinder(mDb).atAddress(mAddress->text(), 0, kLimit);
    } catch (const DbError &error) {
        mSearchInfo->setText(error.message());
        choiceChanged();
        return;
    }
    int firstSelectable = -1;
    for (int i = 0; i < mMatches.size(); ++i) {
        const HouseholdMatch &m = mMatches.at(i);
        QString text;
        if (!m.householdId)
            text = tr("%1 · empty, found a new household here").arg(m.address);
        else if (m.headName.isEmpty())
            text = tr("%1 · no head · %n member(s)", nullptr, m.members).arg(m.address);
        else
            text = tr("%1 · head %2 · %n member(s)", nullptr, m.members).arg(m.address, m.headName);
        auto *item = new QListWidgetItem(text, mChoices);
        item->setData(kMatchRole, i);
        if (m.householdId && m.householdId == mResident.householdId) {
            item->setText(tr("%1 (current household)").arg(text));
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        } else if (firstSelectable < 0) {
            firstSelectable = i;
        }
    }
    if (mAddress->text().trimmed().isEmpty())
        mSearchInfo->setText(tr("Type the address of the household to join and press Enter."));
    else if (mMatches.isEmpty())
        mSearchInfo->setText(tr("No dwelling at this address. Type it as building-unit-room, e.g. 3-2-401."));
    else if (mMatches.size() >= kLimit)
        mSearchInfo->setText(tr("Only the first %1 are shown: type a fuller address.").arg(kLimit));
    else
        mSearchInfo->setText(tr("%n choice(s) at this address.", nullptr, int(mMatches.size())));
    if (firstSelectable >= 0)
        mChoices->setCurrentRow(firstSelectable);
    choiceChanged();
}

const HouseholdMatch *MoveHouseholdDialog::chosen() const
{
    const QListWidgetItem *item = mChoices->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return nullptr;
    const int i = item->data(kMatchRole).toInt();
    return i >= 0 && i < mMatches.size() ? &mMatches.at(i) : nullptr;
}

void MoveHouseholdDialog::choiceChanged()
{
    const HouseholdMatch *m = chosen();
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(m && mSession.can(Permission::EditResidents));
    if (!m)
        return;
    // Whoever founds a household heads it; joining one, nobody becomes head by default.
    if (!m->householdId || !m->members)
        mRelation->setCurrentIndex(mRelation->findData(relation::Head));
    else if (mRelation->currentData().toString() == relation::Head)
        mRelation->setCurrentIndex(mRelation->findData(relation::Other));
}

void MoveHouseholdDialog::accept()
{
    const HouseholdMatch *m = chosen();
    if (!m)
        return;
    mError->hide();
    try {
        ResidentService service(mDb, mSession);
        // One transaction: a failed move leaves no empty household behind.
        Transaction tx(mDb);
        qint64 householdId = m->householdId;
        if (!householdId) {
            const Result<qint64> created = service.createHousehold(m->dwellingId);
            if (!created)
                return showErrors(created.errors());
            householdId = created.value();
        }
        const Status moved = service.moveToHousehold(mResident.id, householdId, mRelation->currentData().toString(),
                                                     mNewHead->count() ? mNewHead->currentData().toLongLong() : 0);
        if (!moved)
            return showErrors(moved.errors());
        tx.commit();
        mMovedTo = householdId;
        mMovedToAddress = m->address;
    } catch (const DbError &error) {
        showErrors({{QString(), error.message()}});
        return;
    }
    QDialog::accept();
}

void MoveHouseholdDialog::showErrors(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.message;
    mError->setText(lines.join(QLatin1Char('\n')));
    mError->show();
    for (const FieldError &e : errors) {
        if (e.field == QLatin1String("relation")) {
            mRelation->setFocus();
            break;
        }
    }
}

QString MoveHouseholdDialog::errorText() const
{
    return mError->isHidden() ? QString() : mError->text();
}

} // namespace jy
