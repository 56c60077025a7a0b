#include "import/checkpage.h"
#include "accounts/session.h"
#include "import/importwizard.h"
#include "import/importworker.h"
#include "places/placestore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jy {

namespace {
constexpr int kShownProblems = 1000;
}

CheckPage::CheckPage(ImportWizard *wizard)
    : QWizardPage(wizard), mWizard(wizard), mWorker(new ImportWorker(wizard->database(), wizard->session(), this))
{
    setTitle(tr("Check before importing"));
    setSubTitle(tr("Nothing has been written yet. Rows with problems are left out of the import; you get them back in "
                   "a file to correct and import again."));

    mCommunity = new QComboBox;
    mCommunity->setObjectName(QStringLiteral("community"));
    auto *skip = new QRadioButton(tr("&Skip them"));
    skip->setObjectName(QStringLiteral("skipDuplicates"));
    auto *update = new QRadioButton(tr("&Update them with the sheet's values"));
    update->setObjectName(QStringLiteral("updateDuplicates"));
    update->setEnabled(wizard->session().can(Permission::EditResidents));
    skip->setChecked(true);
    mDuplicates = new QButtonGroup(this);
    mDuplicates->addButton(skip, 0);
    mDuplicates->addButton(update, 1);
    auto *duplicateRow = new QHBoxLayout;
    duplicateRow->addWidget(skip);
    duplicateRow->addWidget(update);
    duplicateRow->addStretch();
    mRecheck = new QPushButton(tr("Check &again"));

    auto *form = new QFormLayout;
    form->addRow(tr("Rows naming no &community go to:"), mCommunity);
    form->addRow(tr("Residents already registered:"), duplicateRow);

    mProgress = new QProgressBar;
    mProgress->setTextVisible(true);
    mSummary = new QLabel;
    mSummary->setObjectName(QStringLiteral("summary"));
    mSummary->setWordWrap(true);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mProblems = new QTableWidget(0, 3);
    mProblems->setObjectName(QStringLiteral("problems"));
    mProblems->setHorizontalHeaderLabels({tr("Row"), tr("Name"), tr("Problem")});
    mProblems->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    mProblems->verticalHeader()->hide();
    mProblems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mProblems->setSelectionBehavior(QAbstractItemView::SelectRows);
    mProblems->setWordWrap(true);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(mProgress, 1);
    progressRow->addWidget(mRecheck);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(progressRow);
    layout->addWidget(mSummary);
    layout->addWidget(mProblems, 1);

    connect(mRecheck, &QPushButton::clicked, this, &CheckPage::runCheck);
    connect(mDuplicates, &QButtonGroup::idClicked, this, &CheckPage::runCheck);
    connect(mCommunity, &QComboBox::activated, this, &CheckPage::runCheck);
    connect(mWorker, &ImportWorker::progress, this, [this](ImportJob::Phase phase, int done, int total) {
        if (phase == ImportJob::Phase::Reading) {
            mProgress->setRange(0, 0);
            mProgress->setFormat(tr("Reading… %1 rows").arg(done));
        } else {
            mProgress->setRange(0, std::max(total, 1));
            mProgress->setValue(done);
            mProgress->setFormat(tr("Checking… %p%"));
        }
    });
    connect(mWorker, &ImportWorker::finished, this, &CheckPage::showOutcome);
}

void CheckPage::initializePage()
{
    mCommunity->clear();
    const QList<Place> communities = PlaceStore(mWizard->database()).communities();
    if (communities.size() != 1)
        mCommunity->addItem(tr("(the community column decides)"), 0);
    for (const Place &c : communities)
        mCommunity->addItem(c.name, c.id);
    mCommunity->setEnabled(communities.size() > 1);
    runCheck();
}

void CheckPage::cleanupPage()
{
    mWorker->cancel();
}

void CheckPage::runCheck()
{
    if (mWorker->isRunning())
        return;
    mChecked = false;
    mWorthImporting = false;
    emit completeChanged();
    ImportRequest &request = mWizard->request;
    request.options.dryRun = true;
    request.options.updateExisting = mDuplicates->checkedId() == 1;
    request.options.communityId = mCommunity->currentData().toLongLong();
    mSummary->setText(tr("Checking every row…"));
    mProblems->setRowCount(0);
    mRecheck->setEnabled(false);
    mProgress->setRange(0, 0);
    mWorker->start(request);
}

void CheckPage::showOutcome(const Result<ImportOutcome> &outcome, const QList<RejectedRow> &rejected)
{
    mRecheck->setEnabled(true);
    mProgress->setRange(0, 1);
    mProgress->setValue(1);
    mProgress->setFormat(tr("Checked"));
    if (!outcome) {
        mSummary->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(outcome.errorText().toHtmlEscaped()));
        return;
    }
    const ImportReport &r = outcome.value().report;
    if (r.cancelled)
        return;
    QStringList lines;
    lines << tr("<b>%1</b> rows of people read: <b>%2</b> can be imported, <b>%3</b> existing residents will be updated, "
                "<b>%4</b> rows have problems.").arg(r.read).arg(r.imported).arg(r.updated).arg(r.rejected);
    if (r.duplicates)
        lines << tr("%1 rows name people already registered or listed twice; %2 of them are left as they are.")
                     .arg(r.duplicates).arg(r.skippedDuplicates);
    if (r.skippedBlank || r.skippedFooter)
        lines << tr("Skipped: %1 blank rows, %2 footer rows (制表人, 合计 …).").arg(r.skippedBlank).arg(r.skippedFooter);
    lines << tr("New households: %1.").arg(r.newHouseholds);
    const NewPlaces &p = r.newPlaces;
    if (p.total())
        lines << tr("New places: %1 communities, %2 estates, %3 buildings, %4 units, %5 dwellings, %6 grids.")
                     .arg(p.communities).arg(p.estates).arg(p.buildings).arg(p.units).arg(p.dwellings).arg(p.grids)
              + (p.names.isEmpty() ? QString() : QStringLiteral("<br><small>%1</small>").arg(
                     (p.names.mid(0, 12).join(QStringLiteral("、")) + (p.names.size() > 12 ? QStringLiteral(" …") : QString())).toHtmlEscaped()));
    for (const QString &w : r.warnings)
        lines << QStringLiteral("<span style='color:#8a5a00'>%1</span>").arg(w.toHtmlEscaped());
    mSummary->setText(lines.join(QStringLiteral("<br>")));

    const int nameColumn = outcome.value().mapping.key(QStringLiteral("name"), -1);
    const int shown = std::min(int(rejected.size()), kShownProblems);
    mProblems->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const RejectedRow &row = rejected.at(i);
        auto *number = new QTableWidgetItem(QString::number(row.row));
        number->setData(Qt::TextAlignmentRole, int(Qt::AlignRight | Qt::AlignVCenter));
        mProblems->setItem(i, 0, number);
        mProblems->setItem(i, 1, new QTableWidgetItem(nameColumn >= 0 ? row.cells.value(nameColumn) : QString()));
        auto *reason = new QTableWidgetItem(row.reason);
        reason->setForeground(QColor(0xb0, 0x00, 0x20));
        reason->setToolTip(row.reason);
        mProblems->setItem(i, 2, reason);
    }
    mProblems->resizeRowsToContents();
    mChecked = true;
    mWorthImporting = r.imported + r.updated > 0;
    emit completeChanged();
}

bool CheckPage::isComplete() const
{
    return mChecked && mWorthImporting && !mWorker->isRunning();
}

bool CheckPage::validatePage()
{
    mWizard->request.options.dryRun = false;
    return true;
}

} // namespace jy
