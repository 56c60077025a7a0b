#include "grids/patrolsview.h"
#include "reports/listprinting.h"
#include "accounts/session.h"
#include "common/fielderrors.h"
#include "grids/incidentworkflow.h"
#include "grids/patrollog.h"
#include "places/placestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jy {

PatrolsView::PatrolsView(Database &db, const Session &session, QWidget *parent) : QWidget(parent), mDb(db), mSession(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    mGrid = new QComboBox;
    mGrid->setObjectName(QStringLiteral("patrolGrid"));
    mFrom = new QDateEdit(QDate::currentDate().addDays(-30));
    mFrom->setCalendarPopup(true);
    mFrom->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *log = new QPushButton(tr("&Log a patrol…"));
    log->setObjectName(QStringLiteral("logPatrol"));
    log->setEnabled(mSession.can(Permission::RecordGridWork));
    bar->addWidget(new QLabel(tr("Grid:")));
    bar->addWidget(mGrid);
    bar->addWidget(new QLabel(tr("Since:")));
    bar->addWidget(mFrom);
    bar->addStretch(1);
    bar->addWidget(log);
    layout->addLayout(bar);
    mTable = new QTableWidget(0, 6);
    mTable->setObjectName(QStringLiteral("patrols"));
    mTable->setHorizontalHeaderLabels({tr("Date"), tr("Grid"), tr("Worker"), tr("Findings"), tr("Follow-up"), tr("Incident")});
    mTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(mTable, 1);
    connect(mGrid, &QComboBox::currentIndexChanged, this, &PatrolsView::reload);
    connect(mFrom, &QDateEdit::dateChanged, this, &PatrolsView::reload);
    connect(log, &QPushButton::clicked, this, &PatrolsView::logPatrol);
}

void PatrolsView::setCommunity(qint64 communityId)
{
    mCommunityId = communityId;
    const QSignalBlocker block(mGrid);
    mGrid->clear();
    mGrid->addItem(tr("All grids"), 0);
    for (const Place &g : PlaceStore(mDb).grids(communityId))
        mGrid->addItem(g.name, g.id);
    reload();
}

void PatrolsView::reload()
{
    PatrolFilter filter;
    filter.communityId = mCommunityId;
    filter.gridId = mGrid->currentData().toLongLong();
    filter.from = mFrom->date();
    filter.limit = 2000;
    const QList<Patrol> patrols = PatrolLog(mDb, mSession).list(filter);
    mTable->setRowCount(int(patrols.size()));
    for (int row = 0; row < patrols.size(); ++row) {
        const Patrol &p = patrols.at(row);
        const QString followUp = p.followUp == QLatin1String("open") ? tr("being handled")
                                 : p.followUp == QLatin1String("done") ? tr("done") : QString();
        const QStringList cells = {p.date.toString(Qt::ISODate), p.gridName, p.worker, p.findings, followUp, p.incidentNumber};
        for (int c = 0; c < cells.size(); ++c)
            mTable->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    mTable->resizeColumnsToContents();
    mTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
}

void PatrolsView::logPatrol()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Log a patrol"));
    auto *form = new QFormLayout(&dialog);
    auto *grid = new QComboBox;
    for (int i = 1; i < mGrid->count(); ++i)
        grid->addItem(mGrid->itemText(i), mGrid->itemData(i));
    if (mGrid->currentIndex() > 0)
        grid->setCurrentIndex(mGrid->currentIndex() - 1);
    auto *date = new QDateEdit(QDate::currentDate());
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setMaximumDate(QDate::currentDate());
    auto *worker = new QLineEdit(mSession.user());
    auto *findings = new QPlainTextEdit;
    findings->setTabChangesFocus(true);
    findings->setMaximumHeight(80);
    auto *needsAction = new QCheckBox(tr("Needs action: report it as a grid incident"));
    auto *title = new QLineEdit;
    auto *category = new QComboBox;
    category->addItems(incidentCategories());
    title->setEnabled(false);
    category->setEnabled(false);
    connect(needsAction, &QCheckBox::toggled, title, &QWidget::setEnabled);
    connect(needsAction, &QCheckBox::toggled, category, &QWidget::setEnabled);
    FieldErrorLabels errors;
    form->addRow(tr("&Grid:"), errors.wrap(grid, QStringLiteral("grid")));
    form->addRow(tr("&Date:"), errors.wrap(date, QStringLiteral("date")));
    form->addRow(tr("&Worker:"), errors.wrap(worker, QStringLiteral("worker")));
    form->addRow(tr("&Findings:"), findings);
    form->addRow(QString(), needsAction);
    form->addRow(tr("&Incident:"), errors.wrap(title, QStringLiteral("incident_title")));
    form->addRow(tr("&Category:"), category);
    QLabel *general = FieldErrorLabels::errorLabel();
    general->hide();
    form->addRow(general);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Patrol p;
        p.gridId = grid->currentData().toLongLong();
        p.date = date->date();
        p.worker = worker->text();
        p.findings = findings->toPlainText();
        PatrolFinding finding{title->text(), category->currentText(), 0};
        const Result<qint64> saved = PatrolLog(mDb, mSession).record(p, needsAction->isChecked() ? &finding : nullptr);
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
    emit message(needsAction->isChecked() ? tr("Patrol logged; the incident was reported.") : tr("Patrol logged."));
}

QWidget *PatrolsView::searchField() const
{
    return mGrid;
}

bool PatrolsView::canCreateRecord() const
{
    return mSession.can(Permission::RecordGridWork);
}

void PatrolsView::createRecord()
{
    logPatrol();
}

ReportDocument PatrolsView::listDocument() const
{
    return ListPrinting::fromView(mTable, tr("Grid patrols"));
}

} // namespace jy
