#include "grids/incidentsview.h"
#include "reports/listprinting.h"
#include "accounts/session.h"
#include "db/database.h"
#include "grids/gridincident.h"
#include "grids/incidentworkflow.h"
#include "workflow/workflow.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include "common/fielderrors.h"
#include "places/placestore.h"
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace jy {

IncidentsView::IncidentsView(Database &db, const Session &session, QWidget *parent) : QWidget(parent), mDb(db), mSession(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    mState = new QComboBox;
    mState->setObjectName(QStringLiteral("incidentState"));
    mState->addItem(tr("Open incidents"), QStringLiteral("*open"));
    mState->addItem(tr("All incidents"), QString());
    const Workflow &w = gridIncidentWorkflow();
    for (const QString &state : w.states())
        mState->addItem(w.stateName(state), state);
    mSearch = new QLineEdit;
    mSearch->setPlaceholderText(tr("Search number, title, description"));
    mSearch->setClearButtonEnabled(true);
    auto *report = new QPushButton(tr("&Report an incident…"));
    report->setObjectName(QStringLiteral("reportIncident"));
    report->setEnabled(mSession.can(Permission::RecordGridWork));
    connect(report, &QPushButton::clicked, this, &IncidentsView::reportIncident);
    mStep = new QPushButton(tr("&Next step…"));
    mStep->setObjectName(QStringLiteral("incidentStep"));
    bar->addWidget(mState);
    bar->addWidget(mSearch, 1);
    bar->addWidget(report);
    bar->addWidget(mStep);
    layout->addLayout(bar);

    mTable = new QTableWidget(0, 7);
    mTable->setObjectName(QStringLiteral("incidents"));
    mTable->setHorizontalHeaderLabels({tr("Number"), tr("Reported"), tr("Grid"), tr("Title"), tr("Category"), tr("Level"), tr("State")});
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->setContextMenuPolicy(Qt::CustomContextMenu);
    mDetail = new QTextBrowser;
    auto *splitter = new QSplitter;
    splitter->addWidget(mTable);
    splitter->addWidget(mDetail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(mState, &QComboBox::currentIndexChanged, this, &IncidentsView::reload);
    connect(mSearch, &QLineEdit::textChanged, this, &IncidentsView::reload);
    connect(mTable, &QTableWidget::itemSelectionChanged, this, &IncidentsView::showCurrent);
    connect(mTable, &QTableWidget::customContextMenuRequested, this, &IncidentsView::stepMenu);
    connect(mStep, &QPushButton::clicked, this, &IncidentsView::stepMenu);
}

void IncidentsView::setCommunity(qint64 communityId)
{
    mCommunityId = communityId;
    reload();
}

void IncidentsView::reload()
{
    const qint64 keep = currentId();
    IncidentFilter filter;
    filter.communityId = mCommunityId;
    const QString state = mState->currentData().toString();
    filter.openOnly = state == QLatin1String("*open");
    filter.state = filter.openOnly ? QString() : state;
    filter.text = mSearch->text();
    const QList<GridIncident> list = IncidentService(mDb, mSession).list(filter);
    const Workflow &w = gridIncidentWorkflow();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QSignalBlocker block(mTable);
    mTable->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const GridIncident &i = list.at(row);
        const QStringList cells = {i.number, i.reportedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), i.gridName,
                                   i.title, i.category, incident_level::name(i.level),
                                   i.overdue(now) ? tr("%1 (overdue)").arg(w.stateName(i.state)) : w.stateName(i.state)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, i.id);
            if (i.overdue(now))
                item->setForeground(QColor(0xB0, 0x20, 0x20));
            mTable->setItem(row, c, item);
        }
        if (i.id == keep)
            mTable->selectRow(row);
    }
    mTable->resizeColumnsToContents();
    showCurrent();
}

qint64 IncidentsView::currentId() const
{
    const QList<QTableWidgetItem *> items = mTable->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void IncidentsView::showCurrent()
{
    IncidentService service(mDb, mSession);
    const std::optional<GridIncident> incident = service.find(currentId());
    mStep->setEnabled(incident && !service.available(*incident).isEmpty());
    if (!incident) {
        mDetail->setHtml(tr("<p>Choose an incident to see its history.</p>"));
        return;
    }
    const Workflow &w = gridIncidentWorkflow();
    QString html = QStringLiteral("<h3>%1 %2</h3>").arg(incident->number.toHtmlEscaped(), incident->title.toHtmlEscaped());
    html += tr("<p>%1 · %2 · handled at the %3 level · %4</p>")
                .arg(incident->gridName.toHtmlEscaped(), incident->buildingName.toHtmlEscaped(), incident_level::name(incident->level),
                     w.stateName(incident->state));
    if (!incident->description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(incident->description.toHtmlEscaped());
    if (!incident->resolution.isEmpty())
        html += tr("<p>What was done: %1</p>").arg(incident->resolution.toHtmlEscaped());
    html += QStringLiteral("<ul>");
    for (const HistoryEntry &h : CaseHistory::of(mDb, w.kind(), incident->id)) {
        QStringList notes;
        for (auto it = h.fields.cbegin(); it != h.fields.cend(); ++it)
            if (it.key() != QLatin1String("level"))
                notes << it.value().toString().toHtmlEscaped();
        const QString action = h.action == QLatin1String("report") ? tr("reported") : w.actionName(h.action);
        html += QStringLiteral("<li>%1 %2 %3 %4</li>")
                    .arg(h.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), h.actor.toHtmlEscaped(), action,
                         notes.join(QStringLiteral("；")));
    }
    html += QStringLiteral("</ul>");
    mDetail->setHtml(html);
}

void IncidentsView::stepMenu()
{
    IncidentService service(mDb, mSession);
    const std::optional<GridIncident> incident = service.find(currentId());
    if (!incident)
        return;
    QMenu menu(this);
    const Workflow &w = gridIncidentWorkflow();
    for (const Transition *t : service.available(*incident)) {
        const QString action = t->action;
        const qint64 id = incident->id;
        menu.addAction(w.actionName(action), this, [this, id, action] { takeStep(id, action); });
    }
    if (menu.isEmpty())
        menu.addAction(tr("No step is open to your role here."))->setEnabled(false);
    menu.exec(QCursor::pos());
}

void IncidentsView::reportIncident()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Report an incident"));
    auto *form = new QFormLayout(&dialog);
    auto *grid = new QComboBox;
    for (const Place &g : PlaceStore(mDb).grids(mCommunityId))
        grid->addItem(g.name, g.id);
    auto *building = new QComboBox;
    auto fillBuildings = [this, grid, building] {
        building->clear();
        building->addItem(tr("(not at one building)"), 0);
        for (const Place &b : PlaceStore(mDb).gridBuildings(grid->currentData().toLongLong()))
            building->addItem(b.name, b.id);
    };
    fillBuildings();
    connect(grid, &QComboBox::currentIndexChanged, &dialog, fillBuildings);
    auto *title = new QLineEdit;
    title->setObjectName(QStringLiteral("incidentTitle"));
    auto *category = new QComboBox;
    category->addItems(incidentCategories());
    auto *description = new QPlainTextEdit;
    description->setTabChangesFocus(true);
    description->setMaximumHeight(90);
    FieldErrorLabels errors;
    form->addRow(tr("&Grid:"), errors.wrap(grid, QStringLiteral("grid")));
    form->addRow(tr("&Building:"), errors.wrap(building, QStringLiteral("building")));
    form->addRow(tr("&What:"), errors.wrap(title, QStringLiteral("title")));
    form->addRow(tr("&Category:"), errors.wrap(category, QStringLiteral("category")));
    form->addRow(tr("&Details:"), description);
    QLabel *general = FieldErrorLabels::errorLabel();
    general->hide();
    form->addRow(general);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        GridIncident incident;
        incident.gridId = grid->currentData().toLongLong();
        incident.buildingId = building->currentData().toLongLong();
        incident.title = title->text();
        incident.category = category->currentText();
        incident.description = description->toPlainText();
        const Result<qint64> saved = IncidentService(mDb, mSession).report(incident);
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
    emit message(tr("The incident was reported."));
}

void IncidentsView::takeStep(qint64 incidentId, const QString &action)
{
    const Workflow &w = gridIncidentWorkflow();
    const Transition *t = w.find(action);
    if (!t)
        return;
    QVariantMap fields;
    for (const RequiredField &f : t->required) {
        bool ok = false;
        const QString value = QInputDialog::getMultiLineText(this, w.actionName(action), w.fieldName(f.name) + QLatin1Char(':'),
                                                             QString(), &ok);
        if (!ok)
            return;
        fields.insert(f.name, value);
    }
    const Status s = IncidentService(mDb, mSession).take(incidentId, action, fields);
    if (!s) {
        QMessageBox::warning(this, w.actionName(action), s.errorText());
        return;
    }
    reload();
    emit changed();
    emit message(tr("Step taken: %1.").arg(w.actionName(action)));
}

QWidget *IncidentsView::searchField() const
{
    return mSearch;
}

bool IncidentsView::canCreateRecord() const
{
    return mSession.can(Permission::RecordGridWork);
}

void IncidentsView::createRecord()
{
    reportIncident();
}

ReportDocument IncidentsView::listDocument() const
{
    return ListPrinting::fromView(mTable, tr("Grid incidents"));
}

} // namespace jy
