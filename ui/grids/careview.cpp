#include "grids/careview.h"
#include "reports/listprinting.h"
#include "accounts/session.h"
#include "common/fielderrors.h"
#include "db/database.h"
#include "db/sql.h"
#include "grids/careplans.h"
#include "residents/addressformat.h"
#include "places/placestore.h"
#include "residents/phonenumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QSpinBox>
#include <QSqlQuery>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jy {

CareView::CareView(Database &db, const Session &session, QWidget *parent) : QWidget(parent), mDb(db), mSession(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    mOverdueOnly = new QCheckBox(tr("&Overdue only"));
    mOverdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    mOverdueOnly->setChecked(true);
    mCategory = new QComboBox;
    mCategory->addItem(tr("Every care list"), QString());
    for (const QString &c : CarePlans::categories())
        mCategory->addItem(c, c);
    mGrid = new QComboBox;
    mGrid->setObjectName(QStringLiteral("careGrid"));
    auto *plan = new QPushButton(tr("&New plan…"));
    plan->setObjectName(QStringLiteral("newPlan"));
    plan->setEnabled(mSession.can(Permission::ManageGridMap));
    auto *end = new QPushButton(tr("&End plan…"));
    end->setEnabled(mSession.can(Permission::ManageGridMap));
    auto *visit = new QPushButton(tr("&Record a visit…"));
    visit->setObjectName(QStringLiteral("recordVisit"));
    visit->setEnabled(mSession.can(Permission::RecordGridWork));
    bar->addWidget(mOverdueOnly);
    bar->addWidget(mGrid);
    bar->addWidget(mCategory);
    bar->addStretch(1);
    bar->addWidget(plan);
    bar->addWidget(end);
    bar->addWidget(visit);
    layout->addLayout(bar);
    mTable = new QTableWidget(0, 8);
    mTable->setObjectName(QStringLiteral("carePlans"));
    mTable->setHorizontalHeaderLabels({tr("Resident"), tr("Care list"), tr("Address"), tr("Grid"), tr("Every"), tr("Last visit"),
                                       tr("Days since"), tr("Responsible")});
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(mTable, 1);
    connect(mOverdueOnly, &QCheckBox::toggled, this, &CareView::reload);
    connect(mCategory, &QComboBox::currentIndexChanged, this, &CareView::reload);
    connect(mGrid, &QComboBox::currentIndexChanged, this, &CareView::reload);
    connect(visit, &QPushButton::clicked, this, &CareView::recordVisit);
    connect(plan, &QPushButton::clicked, this, &CareView::newPlan);
    connect(end, &QPushButton::clicked, this, &CareView::endPlan);
    connect(mTable, &QTableWidget::cellActivated, this, [this] { recordVisit(); });
}

void CareView::setCommunity(qint64 communityId)
{
    mCommunityId = communityId;
    const QSignalBlocker block(mGrid);
    mGrid->clear();
    mGrid->addItem(tr("All grids"), 0);
    for (const Place &g : PlaceStore(mDb).grids(communityId))
        mGrid->addItem(g.name, g.id);
    reload();
}

void CareView::showOverdue(qint64 gridId)
{
    const QSignalBlocker block(mGrid);
    mGrid->setCurrentIndex(std::max(0, mGrid->findData(gridId)));
    mOverdueOnly->setChecked(true); // reloads when it changes
    reload();
}

void CareView::reload()
{
    CareFilter filter;
    filter.communityId = mCommunityId;
    filter.overdueOnly = mOverdueOnly->isChecked();
    filter.today = QDate::currentDate();
    filter.category = mCategory->currentData().toString();
    filter.gridId = mGrid->currentData().toLongLong();
    const QList<CarePlan> plans = CarePlans(mDb, mSession).list(filter);
    // Addresses of people on care lists are personal data: only roles that see phones see them.
    const bool full = mSession.can(Permission::ViewPersonalData);
    mTable->setRowCount(int(plans.size()));
    for (int row = 0; row < plans.size(); ++row) {
        const CarePlan &p = plans.at(row);
        const bool overdue = p.overdue(filter.today);
        const QStringList cells = {p.residentName, p.category, full ? p.address : p.gridName, p.gridName,
                                   tr("%n day(s)", nullptr, p.frequencyDays),
                                   p.lastVisitOn.isValid() ? p.lastVisitOn.toString(Qt::ISODate) : tr("not yet"),
                                   QString::number(p.daysSince(filter.today)),
                                   p.responsible + (p.phone.isEmpty() ? QString() : QLatin1Char(' ') + (full ? p.phone : PhoneNumber::mask(p.phone)))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, p.id);
            if (overdue)
                item->setForeground(QColor(0xB0, 0x20, 0x20));
            mTable->setItem(row, c, item);
        }
    }
    mTable->resizeColumnsToContents();
}

void CareView::newPlan()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New care plan"), tr("The resident's name:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    // People of this community with that name; a namesake is told apart by the address.
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral(
        "SELECT r.id, r.name, r.birth_date, e.name, b.number, u.number, d.room FROM resident r "
        "LEFT JOIN household h ON h.id = r.household_id LEFT JOIN dwelling d ON d.id = h.dwelling_id "
        "LEFT JOIN unit u ON u.id = d.unit_id LEFT JOIN building b ON b.id = u.building_id LEFT JOIN estate e ON e.id = b.estate_id "
        "WHERE r.name = ? AND r.community_id = ? ORDER BY r.id LIMIT 50"), {name, mCommunityId});
    QStringList labels;
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
        labels << tr("%1, born %2, %3").arg(q.value(1).toString(), q.value(2).toString().left(4),
                                            formatAddress(q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                                          q.value(6).toString()));
    }
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("New care plan"), tr("Nobody called %1 lives in this community.").arg(name));
        return;
    }
    int chosen = 0;
    if (ids.size() > 1) {
        const QString label = QInputDialog::getItem(this, tr("New care plan"), tr("Which %1?").arg(name), labels, 0, false, &ok);
        if (!ok)
            return;
        chosen = int(labels.indexOf(label));
    }
    CarePlan plan;
    plan.residentId = ids.at(chosen);
    plan.residentName = name;
    plan.startedOn = QDate::currentDate();
    if (editPlan(plan)) {
        reload();
        emit changed();
        emit message(tr("Care plan for %1 saved.").arg(name));
    }
}

bool CareView::editPlan(const CarePlan &input)
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Care plan for %1").arg(input.residentName));
    auto *form = new QFormLayout(&dialog);
    auto *category = new QComboBox;
    category->setEditable(true);
    category->addItems(CarePlans::categories());
    if (!input.category.isEmpty())
        category->setCurrentText(input.category);
    auto *frequency = new QSpinBox;
    frequency->setRange(1, 365);
    frequency->setSuffix(tr(" days"));
    frequency->setValue(input.frequencyDays);
    auto *responsible = new QLineEdit(input.responsible);
    responsible->setObjectName(QStringLiteral("planResponsible"));
    frequency->setObjectName(QStringLiteral("planFrequency"));
    category->setObjectName(QStringLiteral("planCategory"));
    auto *phone = new QLineEdit(input.phone);
    FieldErrorLabels errors;
    form->addRow(tr("&Care list:"), errors.wrap(category, QStringLiteral("category")));
    form->addRow(tr("&Visit every:"), errors.wrap(frequency, QStringLiteral("frequency")));
    form->addRow(tr("&Responsible:"), errors.wrap(responsible, QStringLiteral("responsible")));
    form->addRow(tr("&Phone:"), phone);
    QLabel *general = FieldErrorLabels::errorLabel();
    general->hide();
    form->addRow(general);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        CarePlan p = input;
        p.category = category->currentText();
        p.frequencyDays = frequency->value();
        p.responsible = responsible->text();
        p.phone = phone->text();
        const Result<qint64> saved = CarePlans(mDb, mSession).savePlan(p);
        if (!saved) {
            errors.show(saved.errors(), general);
            return;
        }
        dialog.accept();
    });
    return dialog.exec() == QDialog::Accepted;
}

void CareView::endPlan()
{
    const QList<QTableWidgetItem *> selected = mTable->selectedItems();
    if (selected.isEmpty()) {
        emit message(tr("Choose the resident whose plan ends."));
        return;
    }
    const qint64 planId = selected.first()->data(Qt::UserRole).toLongLong();
    CarePlans plans(mDb, mSession);
    const std::optional<CarePlan> plan = plans.find(planId);
    if (!plan)
        return;
    if (QMessageBox::question(this, tr("End care plan"),
                              tr("End the %1 care plan for %2? Its visits stay on record.").arg(plan->category, plan->residentName))
        != QMessageBox::Yes)
        return;
    if (const Status s = plans.endPlan(planId); !s) {
        QMessageBox::warning(this, tr("End care plan"), s.errorText());
        return;
    }
    reload();
    emit changed();
    emit message(tr("The care plan for %1 has ended.").arg(plan->residentName));
}

void CareView::recordVisit()
{
    const QList<QTableWidgetItem *> selected = mTable->selectedItems();
    if (selected.isEmpty()) {
        emit message(tr("Choose the resident who was visited."));
        return;
    }
    const qint64 planId = selected.first()->data(Qt::UserRole).toLongLong();
    CarePlans plans(mDb, mSession);
    const std::optional<CarePlan> plan = plans.find(planId);
    if (!plan)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Visit to %1").arg(plan->residentName));
    auto *form = new QFormLayout(&dialog);
    auto *date = new QDateEdit(QDate::currentDate());
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setMaximumDate(QDate::currentDate());
    auto *mode = new QComboBox;
    mode->addItem(tr("Home visit"), QStringLiteral("home"));
    mode->addItem(tr("Phone call"), QStringLiteral("phone"));
    auto *visitor = new QLineEdit(plan->responsible);
    auto *notes = new QLineEdit;
    FieldErrorLabels errors;
    form->addRow(tr("&Date:"), errors.wrap(date, QStringLiteral("date")));
    form->addRow(tr("&How:"), errors.wrap(mode, QStringLiteral("mode")));
    form->addRow(tr("&Visitor:"), errors.wrap(visitor, QStringLiteral("visitor")));
    form->addRow(tr("&Notes:"), notes);
    QLabel *general = FieldErrorLabels::errorLabel();
    general->hide();
    form->addRow(general);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        CareVisit v;
        v.planId = planId;
        v.visitedOn = date->date();
        v.mode = mode->currentData().toString();
        v.visitor = visitor->text();
        v.notes = notes->text();
        const Result<qint64> saved = plans.recordVisit(v);
        if (!saved) {
            errors.show(saved.errors(), general);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    emit changed();
    emit message(tr("Visit to %1 recorded.").arg(plan->residentName));
}

QWidget *CareView::searchField() const
{
    return mGrid;
}

bool CareView::canCreateRecord() const
{
    return mSession.can(Permission::ManageGridMap);
}

void CareView::createRecord()
{
    newPlan();
}

ReportDocument CareView::listDocument() const
{
    return ListPrinting::fromView(mTable, tr("Care visits"));
}

} // namespace jy
