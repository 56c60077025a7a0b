#include "audit/auditwindow.h"
#include "audit/auditlog.h"
#include "audit/audittablemodel.h"
#include "db/database.h"
#include "db/dberror.h"
#include "import/fieldlabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>

namespace jy {

namespace {
// The date edits' lowest date stands for "no bound" and shows as a dash.
const QDate kNoDate(2000, 1, 1);
} // namespace

AuditWindow::AuditWindow(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent, Qt::Window), mDb(db), mQuery(db, session)
{
    setObjectName(QStringLiteral("auditWindow"));
    setWindowTitle(tr("Audit log"));
    resize(1200, 720);

    mPerson = new QComboBox;
    mPerson->setObjectName(QStringLiteral("person"));
    mPerson->setMinimumContentsLength(8);
    mKind = new QComboBox;
    mKind->setObjectName(QStringLiteral("kind"));
    mKind->setMinimumContentsLength(8);
    mRecord = new QLineEdit;
    mRecord->setObjectName(QStringLiteral("record"));
    mRecord->setPlaceholderText(tr("Record no."));
    mRecord->setMaximumWidth(90);
    mRecord->setValidator(new QIntValidator(0, 2'000'000'000, mRecord));
    auto dateEdit = [](const char *name) {
        auto *edit = new QDateEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(QStringLiteral("—"));
        edit->setDate(kNoDate);
        return edit;
    };
    mFrom = dateEdit("from");
    mTo = dateEdit("to");
    mText = new QLineEdit;
    mText->setObjectName(QStringLiteral("text"));
    mText->setPlaceholderText(tr("Text in the values…"));
    mText->setClearButtonEnabled(true);
    auto *clear = new QPushButton(tr("C&lear"));
    clear->setObjectName(QStringLiteral("clear"));

    auto *bar = new QHBoxLayout;
    auto *personLabel = new QLabel(tr("&Person:"));
    personLabel->setBuddy(mPerson);
    bar->addWidget(personLabel);
    bar->addWidget(mPerson);
    auto *kindLabel = new QLabel(tr("&Record:"));
    kindLabel->setBuddy(mKind);
    bar->addWidget(kindLabel);
    bar->addWidget(mKind);
    bar->addWidget(mRecord);
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(mFrom);
    bar->addWidget(fromLabel);
    bar->addWidget(mFrom);
    auto *toLabel = new QLabel(tr("&To:"));
    toLabel->setBuddy(mTo);
    bar->addWidget(toLabel);
    bar->addWidget(mTo);
    bar->addWidget(mText, 1);
    bar->addWidget(clear);

    mModel = new AuditTableModel(mQuery, this);
    mView = new QTableView;
    mView->setObjectName(QStringLiteral("entries"));
    mView->setModel(mModel);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setAlternatingRowColors(true);
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->setColumnWidth(AuditTableModel::Time, 160);
    mView->setColumnWidth(AuditTableModel::Person, 100);
    mView->setColumnWidth(AuditTableModel::Action, 90);
    mView->setColumnWidth(AuditTableModel::Record, 140);
    mView->setWordWrap(false);

    mDetailTitle = new QLabel(tr("Select an entry to see what it changed."));
    mDetailTitle->setObjectName(QStringLiteral("detailTitle"));
    mDetailTitle->setWordWrap(true);
    mDetailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mDetail = new QTableWidget(0, 3);
    mDetail->setObjectName(QStringLiteral("detail"));
    mDetail->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    mDetail->verticalHeader()->hide();
    mDetail->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    mDetail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mDetail->setWordWrap(true);
    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(mDetailTitle);
    detailLayout->addWidget(mDetail, 1);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(mView);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    mCount = new QLabel;
    mCount->setObjectName(QStringLiteral("count"));
    mChainResult = new QLabel;
    mChainResult->setObjectName(QStringLiteral("chainResult"));
    mChainResult->setWordWrap(true);
    mVerify = new QPushButton(tr("&Verify the chain"));
    mVerify->setObjectName(QStringLiteral("verify"));
    mVerify->setToolTip(tr("Recompute every entry's hash: an entry changed, inserted or removed afterwards is found."));
    mExport = new QPushButton(tr("E&xport…"));
    mExport->setObjectName(QStringLiteral("export"));
    mExport->setToolTip(tr("Write the entries the filter shows to an .xlsx file."));
    mProgress = new QProgressBar;
    mProgress->setObjectName(QStringLiteral("progress"));
    mProgress->setMaximumWidth(200);
    mProgress->hide();
    mStop = new QPushButton(tr("&Stop"));
    mStop->setObjectName(QStringLiteral("stop"));
    mStop->setToolTip(tr("Stop the check or export that is running (Esc)."));
    mStop->hide();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(mCount);
    bottom->addWidget(mChainResult, 1);
    bottom->addWidget(mProgress);
    bottom->addWidget(mStop);
    bottom->addWidget(mVerify);
    bottom->addWidget(mExport);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    mDebounce = new QTimer(this);
    mDebounce->setSingleShot(true);
    mDebounce->setInterval(300);
    connect(mDebounce, &QTimer::timeout, this, &AuditWindow::refresh);
    auto later = [this] { mDebounce->start(); };
    connect(mPerson, &QComboBox::currentIndexChanged, this, later);
    connect(mKind, &QComboBox::currentIndexChanged, this, later);
    connect(mRecord, &QLineEdit::textChanged, this, later);
    connect(mFrom, &QDateEdit::dateChanged, this, later);
    connect(mTo, &QDateEdit::dateChanged, this, later);
    connect(mText, &QLineEdit::textChanged, this, later);
    connect(clear, &QPushButton::clicked, this, [this] { setFilter({}); });
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditWindow::showDetail);
    connect(mModel, &QAbstractItemModel::modelReset, this, &AuditWindow::showDetail);
    connect(mVerify, &QPushButton::clicked, this, &AuditWindow::verifyChain);
    connect(mExport, &QPushButton::clicked, this, &AuditWindow::exportAs);
    connect(mStop, &QPushButton::clicked, this, &AuditWindow::cancelJob);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &AuditWindow::cancelJob);

    // Entries written while the window is open show up on F5.
    auto *reload = new QShortcut(QKeySequence::Refresh, this);
    connect(reload, &QShortcut::activated, this, [this] {
        fillChoices();
        refresh();
    });

    fillChoices();
    refresh();
}

AuditWindow::~AuditWindow()
{
    cancelJob();
    for (QThread *thread : std::as_const(mThreads)) {
        thread->wait();
        delete thread;
    }
}

void AuditWindow::fillChoices()
{
    const QSignalBlocker blockPerson(mPerson);
    const QSignalBlocker blockKind(mKind);
    const QString person = mPerson->currentData().toString();
    const QString kind = mKind->currentData().toString();
    mPerson->clear();
    mPerson->addItem(tr("Everyone"), QString());
    mKind->clear();
    mKind->addItem(tr("Every kind"), QString());
    const Result<QStringList> actors = mQuery.actors();
    const Result<QStringList> entities = mQuery.entities();
    if (!actors || !entities)
        return; // refused: refresh() shows the reason
    for (const QString &actor : actors.value())
        mPerson->addItem(actor, actor);
    for (const QString &entity : entities.value())
        mKind->addItem(AuditQuery::entityName(entity), entity);
    // F5 keeps what was chosen.
    mPerson->setCurrentIndex(qMax(0, mPerson->findData(person)));
    mKind->setCurrentIndex(qMax(0, mKind->findData(kind)));
}

AuditFilter AuditWindow::filter() const
{
    AuditFilter f;
    f.actor = mPerson->currentData().toString();
    f.entity = mKind->currentData().toString();
    bool ok = false;
    const qint64 id = mRecord->text().toLongLong(&ok);
    f.entityId = ok ? id : -1;
    f.from = mFrom->date() == kNoDate ? QDate() : mFrom->date();
    f.to = mTo->date() == kNoDate ? QDate() : mTo->date();
    f.text = mText->text().trimmed();
    return f;
}

void AuditWindow::setFilter(const AuditFilter &f)
{
    auto select = [](QComboBox *box, const QString &value) {
        int i = box->findData(value);
        if (i < 0) { // someone no longer in the list (or not yet): keep the filter visible
            box->addItem(value, value);
            i = box->count() - 1;
        }
        box->setCurrentIndex(i);
    };
    select(mPerson, f.actor);
    select(mKind, f.entity);
    mRecord->setText(f.entityId >= 0 ? QString::number(f.entityId) : QString());
    mFrom->setDate(f.from.isValid() ? f.from : kNoDate);
    mTo->setDate(f.to.isValid() ? f.to : kNoDate);
    mText->setText(f.text);
    refresh();
}

void AuditWindow::refresh()
{
    mDebounce->stop();
    if (!mModel->setFilter(filter())) {
        mCount->setText(mModel->error());
        return;
    }
    mCount->setText(tr("%n entries", nullptr, mModel->total()));
    if (mModel->rowCount() > 0)
        mView->selectRow(0);
}

int AuditWindow::total() const
{
    return mModel->total();
}

void AuditWindow::showDetail()
{
    mDetail->setRowCount(0);
    const AuditEntry *e = mModel->entryAt(mView->currentIndex().row());
    if (!e) {
        mDetailTitle->setText(tr("Select an entry to see what it changed."));
        return;
    }
    const QString record = e->entityId > 0 ? tr("%1 no. %2").arg(AuditQuery::entityName(e->entity)).arg(e->entityId)
                                            : AuditQuery::entityName(e->entity);
    mDetailTitle->setText(tr("<b>%1</b> — %2 by %3 at %4 (entry %5)")
                              .arg(record.toHtmlEscaped(), AuditQuery::actionName(e->action).toHtmlEscaped(),
                                   e->actor.toHtmlEscaped(), e->at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                              .arg(e->id));
    const QList<AuditFieldChange> changes = AuditQuery::fieldChanges(e->changes);
    mDetail->setRowCount(int(changes.size()));
    const QColor removed(0xfd, 0xe2, 0xe1);
    const QColor added(0xdf, 0xf2, 0xe1);
    for (int i = 0; i < changes.size(); ++i) {
        const AuditFieldChange &c = changes.at(i);
        auto *field = new QTableWidgetItem(importFieldLabel(c.field));
        field->setToolTip(c.field);
        auto *before = new QTableWidgetItem(c.hasBefore && !c.before.isEmpty() ? c.before : QStringLiteral("—"));
        auto *after = new QTableWidgetItem(c.hasAfter && !c.after.isEmpty() ? c.after : QStringLiteral("—"));
        if (c.hasBefore)
            before->setBackground(removed);
        if (c.hasAfter)
            after->setBackground(added);
        mDetail->setItem(i, 0, field);
        mDetail->setItem(i, 1, before);
        mDetail->setItem(i, 2, after);
    }
    mDetail->resizeRowsToContents();
}

void AuditWindow::cancelJob()
{
    if (mStopRequested)
        mStopRequested->store(true);
}

void AuditWindow::runInThread(std::function<void(const JobProgress &)> work, std::function<void()> done)
{
    Database *db = &mDb;
    auto stop = std::make_shared<std::atomic<bool>>(false);
    mStopRequested = stop;
    mProgress->setRange(0, 0);
    mProgress->show();
    mStop->show();
    mVerify->setEnabled(false);
    mExport->setEnabled(false);
    QPointer<QProgressBar> bar = mProgress;
    const JobProgress progress = [stop, bar](int doneCount, int total) {
        QMetaObject::invokeMethod(bar, [bar, doneCount, total] {
            if (bar) {
                bar->setRange(0, std::max(total, 1));
                bar->setValue(doneCount);
            }
        }, Qt::QueuedConnection);
        return !stop->load();
    };
    QThread *thread = QThread::create([db, work, progress] {
        work(progress);
        db->releaseThreadConnection(); // the connection belongs to this thread, which ends now
    });
    mThreads << thread;
    connect(thread, &QThread::finished, this, [this, thread, done] {
        mThreads.removeOne(thread);
        thread->deleteLater();
        mProgress->hide();
        mStop->hide();
        mVerify->setEnabled(true);
        mExport->setEnabled(true);
        mStopRequested.reset();
        done();
    });
    thread->start();
}

void AuditWindow::verifyChain()
{
    if (isBusy())
        return;
    mChainResult->setStyleSheet({});
    mChainResult->setText(tr("Checking the chain…"));
    struct Outcome
    {
        AuditLog::ChainCheck check;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    Database *db = &mDb;
    runInThread(
        [db, outcome](const JobProgress &progress) {
            try {
                outcome->check = AuditLog::checkChain(*db, progress);
            } catch (const DbError &e) {
                outcome->error = e.message();
            }
        },
        [this, outcome] {
            const AuditLog::ChainCheck &check = outcome->check;
            const bool intact = outcome->error.isEmpty() && !check.broken && !check.cancelled;
            QString text;
            if (!outcome->error.isEmpty())
                text = tr("The chain could not be checked: %1").arg(outcome->error);
            else if (check.broken)
                text = tr("The chain is broken at entry %1: %2. The log was changed outside Jiayuan.")
                           .arg(check.broken->id)
                           .arg(check.broken->reason);
            else if (check.cancelled)
                text = tr("Check stopped after %L1 of %L2 entries: nothing was found so far, but the rest is unchecked.")
                           .arg(check.checked)
                           .arg(check.total);
            else
                text = tr("The chain is intact: %n entries checked.", nullptr, check.checked);
            const bool warn = check.broken || !outcome->error.isEmpty();
            mChainResult->setStyleSheet(intact ? QStringLiteral("color: #1e7b34;")
                                               : warn ? QStringLiteral("color: #c0392b; font-weight: bold;") : QString());
            mChainResult->setText(text);
            emit chainChecked(intact, text);
        });
}

void AuditWindow::exportAs()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("audit-log-%1.xlsx").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit log"), suggested, tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty())
        exportTo(path);
}

void AuditWindow::exportTo(const QString &path)
{
    if (isBusy())
        return;
    mChainResult->setStyleSheet({});
    mChainResult->setText(tr("Exporting…"));
    auto result = std::make_shared<Result<int>>(0);
    const AuditFilter f = filter();
    const AuditQuery *query = &mQuery;
    runInThread(
        [query, f, path, result](const JobProgress &progress) {
            try {
                *result = query->exportTo(f, path, progress);
            } catch (const DbError &e) {
                *result = Result<int>::fail(QString(), e.message());
            }
        },
        [this, result, path] {
            const bool cancelled = !result->ok() && result->errors().first().field == QLatin1String("cancelled");
            QString text;
            if (result->ok())
                text = tr("%n entries exported to %1.", nullptr, result->value()).arg(QDir::toNativeSeparators(path));
            else if (cancelled)
                text = tr("Export stopped: no file was written.");
            else
                text = tr("Export failed: %1").arg(result->errorText());
            mChainResult->setStyleSheet(result->ok() || cancelled ? QString() : QStringLiteral("color: #c0392b;"));
            mChainResult->setText(text);
            emit exported(result->ok(), text);
        });
}

} // namespace jy
