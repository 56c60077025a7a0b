#include "party/registertab.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"
#include "party/registerdialog.h"
#include "party/registermodel.h"
#include "party/registersource.h"
#include "reports/reportdocument.h"
#include "reports/reportpreview.h"
#include "reports/reportxlsx.h"
#include "workflow/workflow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace jy {

namespace {
QToolButton *buttonFor(QAction *action)
{
    auto *b = new QToolButton;
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return b;
}
} // namespace

RegisterTab::RegisterTab(Database &db, const Session &session, std::unique_ptr<RegisterSource> source, QWidget *parent)
    : QWidget(parent), mDb(db), mSession(session), mSource(std::move(source))
{
    mCommunity = new QComboBox;
    mCommunity->setObjectName(QStringLiteral("community"));
    mCommunity->addItem(tr("All communities"), 0);
    // "All" reads what the account may read (core narrows it); the choices are only those.
    for (const auto &[id, name] : Scope::readableCommunities(db, session))
        mCommunity->addItem(name, id);
    mOwner = new QComboBox;
    mOwner->setObjectName(QStringLiteral("owner"));
    mOwner->setSizeAdjustPolicy(QComboBox::AdjustToContents); // its choices change (showOwner)
    fillOwners();
    mKind = new QComboBox;
    mKind->setObjectName(QStringLiteral("kind"));
    mKind->addItem(tr("All kinds"), QString());
    for (const auto &[label, value] : mSource->kinds())
        mKind->addItem(label, value);
    mKind->setVisible(mKind->count() > 1);
    mState = new QComboBox;
    mState->setObjectName(QStringLiteral("state"));
    mState->addItem(tr("All states"), QString());
    for (const auto &[label, value] : mSource->states())
        mState->addItem(label, value);
    mState->setVisible(mState->count() > 1);
    mSearch = new QLineEdit;
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setPlaceholderText(tr("Search"));
    mSearch->setClearButtonEnabled(true);

    mNewAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New…"), this);
    connect(mNewAction, &QAction::triggered, this, &RegisterTab::newRecord);
    mEditAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit…"), this);
    connect(mEditAction, &QAction::triggered, this, &RegisterTab::editCurrent);
    mDeleteAction = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete…"), this);
    mDeleteAction->setShortcut(QKeySequence::Delete);
    mDeleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(mDeleteAction, &QAction::triggered, this, &RegisterTab::deleteCurrent);
    mStepAction = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("S&tep…"), this);
    mStepAction->setToolTip(tr("Take the next step of the case: the steps your role may take"));
    connect(mStepAction, &QAction::triggered, this, &RegisterTab::stepCurrent);
    auto *printAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Print…"), this);
    printAction->setToolTip(tr("Print preview of the list as shown, on A4"));
    connect(printAction, &QAction::triggered, this, &RegisterTab::printList);
    auto *exportAction = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("E&xport…"), this);
    exportAction->setToolTip(tr("Save the list as shown to an Excel file"));
    connect(exportAction, &QAction::triggered, this, &RegisterTab::exportList);

    auto *filters = new QHBoxLayout;
    filters->addWidget(mCommunity);
    filters->addWidget(mOwner);
    filters->addWidget(mKind);
    filters->addWidget(mState);
    filters->addWidget(mSearch, 1);
    filters->addWidget(buttonFor(mNewAction));
    filters->addWidget(buttonFor(mEditAction));
    filters->addWidget(buttonFor(mDeleteAction));
    if (mSource->workflow())
        filters->addWidget(buttonFor(mStepAction));
    if (!mSource->actions().isEmpty()) {
        // The register's other doings (transfer, agreement, follow-up …) under one button.
        auto *menu = new QMenu(this);
        for (const RegisterAction &a : mSource->actions())
            menu->addAction(a.label, this, [this, key = a.key] { actOnCurrent(key); })->setObjectName(a.key);
        mMoreButton = new QToolButton;
        mMoreButton->setObjectName(QStringLiteral("more"));
        mMoreButton->setText(tr("&More"));
        mMoreButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogListView));
        mMoreButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        mMoreButton->setPopupMode(QToolButton::InstantPopup);
        mMoreButton->setMenu(menu);
        filters->addWidget(mMoreButton);
    }
    filters->addWidget(buttonFor(printAction));
    filters->addWidget(buttonFor(exportAction));

    mModel = new RegisterTableModel(*mSource, this);
    mTable = new QTableView;
    mTable->setObjectName(QStringLiteral("list"));
    mTable->setModel(mModel);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setAlternatingRowColors(true);
    mTable->setWordWrap(false);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->addAction(mDeleteAction);
    connect(mTable, &QTableView::activated, this, &RegisterTab::editCurrent);
    mDetails = new QTextBrowser;
    mDetails->setObjectName(QStringLiteral("details"));

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(mTable);
    splitter->addWidget(mDetails);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(splitter);

    for (QComboBox *c : {mCommunity, mOwner, mKind, mState})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { reload(currentId()); });
    connect(mSearch, &QLineEdit::textChanged, this, [this] { reload(currentId()); });
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RegisterTab::updateActions);
}

RegisterTab::~RegisterTab() = default;

QString RegisterTab::statusText() const
{
    return tr("%1: %n record(s)", nullptr, mModel->total()).arg(mSource->title());
}

void RegisterTab::showOwner(qint64 ownerId)
{
    if (mOwner->findData(ownerId) < 0) // made since the tab was built: the choices again
        fillOwners();
    mOwner->setCurrentIndex(std::max(0, mOwner->findData(ownerId))); // reloads when it changes
}

void RegisterTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A branch made on the branches tab since this one was last shown is offered too.
    const qint64 chosen = mOwner->currentData().toLongLong();
    fillOwners();
    const int at = mOwner->findData(chosen);
    const QSignalBlocker quiet(mOwner);
    mOwner->setCurrentIndex(std::max(0, at));
    if (at < 0) // the chosen one is gone: the list is of all again
        reload(currentId());
}

void RegisterTab::fillOwners()
{
    const QSignalBlocker quiet(mOwner);
    mOwner->clear();
    mOwner->addItem(mSource->ownersLabel(), qint64(0));
    for (const auto &[label, id] : mSource->owners())
        mOwner->addItem(label, id);
    mOwner->setVisible(mOwner->count() > 1);
}

void RegisterTab::reload(qint64 selectId)
{
    RegisterFilter f;
    f.communityId = mCommunity->currentData().toLongLong();
    f.ownerId = mOwner->currentData().toLongLong();
    f.kind = mKind->currentData().toString();
    f.state = mState->currentData().toString();
    f.text = mSearch->text();
    mModel->setFilter(f);
    // A register of a few columns reads best with them fitted to the first page.
    mTable->resizeColumnsToContents();
    for (int c = 0; c < mModel->columnCount(); ++c)
        mTable->setColumnWidth(c, std::min(mTable->columnWidth(c), 320));
    select(selectId);
    updateActions();
    emit statusTextChanged(statusText());
}

qint64 RegisterTab::currentId() const { return mModel->idAt(mTable->currentIndex().row()); }

void RegisterTab::select(qint64 id)
{
    const int row = id ? mModel->rowOf(id) : -1;
    if (row >= 0)
        mTable->selectRow(row);
    else
        mTable->setCurrentIndex({});
}

void RegisterTab::updateActions()
{
    const qint64 id = currentId();
    mNewAction->setEnabled(mSource->mayCreate());
    mEditAction->setEnabled(id && mSource->mayEdit());
    mDeleteAction->setEnabled(id && mSource->mayDelete());
    const Workflow *w = mSource->workflow();
    mStepAction->setEnabled(id && w && !w->available(mSource->state(id), mSession.role()).isEmpty());
    if (mMoreButton)
        mMoreButton->setEnabled(id && mSource->mayAct());
    mDetails->setHtml(id ? mSource->details(id) : QString());
}

void RegisterTab::newRecord()
{
    if (!mSource->mayCreate())
        return;
    const qint64 community = mCommunity->currentData().toLongLong();
    RegisterDialog dialog(*mSource, mSource->blank(community ? community : mSource->defaultCommunity), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(dialog.savedId());
        emit message(tr("Saved: %1").arg(mSource->describe(dialog.savedId())));
    }
}

void RegisterTab::editCurrent()
{
    const qint64 id = currentId();
    if (!id || !mSource->mayEdit())
        return;
    const QVariantMap values = mSource->load(id);
    if (values.isEmpty()) {
        reload();
        return;
    }
    RegisterDialog dialog(*mSource, values, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.savedId());
}

void RegisterTab::deleteCurrent()
{
    const qint64 id = currentId();
    if (!id || !mSource->mayDelete())
        return;
    const QString what = mSource->describe(id);
    if (QMessageBox::question(this, tr("Delete"), tr("Delete %1? The audit log keeps a copy.").arg(what),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Status removed = mSource->remove(id);
    if (!removed) {
        QMessageBox::warning(this, tr("Delete"), removed.errorText());
        return;
    }
    reload();
    emit message(tr("Deleted: %1").arg(what));
}

void RegisterTab::stepCurrent()
{
    const qint64 id = currentId();
    const Workflow *w = mSource->workflow();
    if (!id || !w)
        return;
    const QList<const Transition *> steps = w->available(mSource->state(id), mSession.role());
    if (steps.isEmpty())
        return;
    QMenu menu(this);
    for (const Transition *t : steps)
        menu.addAction(w->actionName(t->action))->setData(t->action);
    QAction *chosen = menu.exec(QCursor::pos());
    if (!chosen)
        return;
    RegisterDialog dialog(*mSource, id, chosen->data().toString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(id);
        emit message(tr("%1: %2").arg(w->actionName(chosen->data().toString()), mSource->describe(id)));
    }
}

void RegisterTab::actOnCurrent(const QString &key)
{
    const qint64 id = currentId();
    if (!id || !mSource->mayAct())
        return;
    RegisterDialog dialog(*mSource, id, key, this, RegisterDialog::Mode::Action);
    if (dialog.exec() == QDialog::Accepted) {
        reload(id);
        emit message(dialog.windowTitle());
    }
}

ReportDocument RegisterTab::document() const
{
    ReportDocument doc;
    doc.title = mSource->title();
    const QString community = mCommunity->currentIndex() > 0 ? mCommunity->currentText() : QString();
    doc.subtitle = (community.isEmpty() ? QString() : community + QLatin1Char(' ')) + ReportDocument::formatDate(QDate::currentDate());
    ReportBlock &table = doc.addTable(mSource->headers(), mSource->widths());
    RegisterFilter all = mModel->filter();
    all.offset = 0;
    all.limit = -1;
    for (const RegisterRow &row : mSource->rows(all))
        table.rows << row.cells;
    doc.signatures = {{tr("Prepared by:"), QString()}, {tr("Reviewed by:"), QString()}};
    doc.organisation = community;
    doc.issuedOn = QDate::currentDate();
    doc.sealSpace = false;
    return doc;
}

bool RegisterTab::exportTo(const QString &path, QString *message)
{
    const Result<int> written = ReportXlsx::write(document(), path);
    if (!written) {
        if (message)
            *message = written.errorText();
        return false;
    }
    if (message)
        *message = tr("%n row(s) written to %1", nullptr, written.value()).arg(QDir::toNativeSeparators(path));
    return true;
}

QWidget *RegisterTab::searchField() const
{
    return mSearch;
}

bool RegisterTab::canCreateRecord() const
{
    return mNewAction->isEnabled();
}

void RegisterTab::printList()
{
    ReportPreview::show(document(), this);
}

void RegisterTab::exportList()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(mSource->title() + QStringLiteral(".xlsx"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested, tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString why;
    if (!exportTo(path, &why))
        QMessageBox::warning(this, tr("Export"), why);
    else
        emit message(why);
}

} // namespace jy
