#include "import/runpage.h"
#include "import/importwizard.h"
#include "import/importworker.h"
#include "import/mappingmemory.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace jy {

RunPage::RunPage(ImportWizard *wizard)
    : QWizardPage(wizard), mWizard(wizard), mWorker(new ImportWorker(wizard->database(), wizard->session(), this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("All rows are written together: if you cancel, nothing is imported."));
    mProgress = new QProgressBar;
    mCancel = new QPushButton(tr("&Cancel the import"));
    mCancel->setObjectName(QStringLiteral("cancelImport"));
    mSummary = new QLabel;
    mSummary->setObjectName(QStringLiteral("summary"));
    mSummary->setWordWrap(true);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mOpenRejected = new QPushButton(tr("&Open the rows that were not imported"));
    mOpenRejected->setObjectName(QStringLiteral("openRejected"));
    mOpenRejected->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mProgress);
    layout->addWidget(mCancel, 0, Qt::AlignLeft);
    layout->addWidget(mSummary);
    layout->addWidget(mOpenRejected, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(mCancel, &QPushButton::clicked, this, [this] {
        mCancel->setEnabled(false);
        mSummary->setText(tr("Cancelling…"));
        mWorker->cancel();
    });
    connect(mOpenRejected, &QPushButton::clicked, this, &RunPage::openRejected);
    connect(mWorker, &ImportWorker::progress, this, [this](ImportJob::Phase phase, int done, int total) {
        if (phase == ImportJob::Phase::Reading) {
            mProgress->setRange(0, 0);
            mProgress->setFormat(tr("Reading… %1 rows").arg(done));
        } else {
            mProgress->setRange(0, std::max(total, 1));
            mProgress->setValue(done);
            mProgress->setFormat(tr("Writing… %1 of %2").arg(done).arg(total));
        }
    });
    connect(mWorker, &ImportWorker::finished, this, &RunPage::showOutcome);
}

void RunPage::initializePage()
{
    mDone = false;
    mOpenRejected->hide();
    mCancel->setEnabled(true);
    mCancel->show();
    mSummary->setText(tr("Reading the file again and writing…"));
    mProgress->setRange(0, 0);
    ImportRequest request = mWizard->request;
    request.options.dryRun = false;
    mWorker->start(request);
}

void RunPage::showOutcome(const Result<ImportOutcome> &outcome, const QList<RejectedRow> &rejected)
{
    mCancel->hide();
    mDone = true;
    mProgress->setRange(0, 1);
    mProgress->setValue(1);
    if (!outcome) {
        mProgress->setFormat(tr("Failed"));
        mSummary->setText(QStringLiteral("<span style='color:#b00020'>%1</span><br>%2")
                              .arg(outcome.errorText().toHtmlEscaped(), tr("Nothing was imported.")));
        emit completeChanged();
        return;
    }
    const ImportReport &r = outcome.value().report;
    if (r.cancelled) {
        mProgress->setFormat(tr("Cancelled"));
        mSummary->setText(tr("The import was cancelled. Nothing was imported."));
        emit completeChanged();
        return;
    }
    mWizard->imported = true;
    if (mWizard->rememberMapping)
        MappingMemory(mWizard->database()).remember(mWizard->headers, mWizard->request.mapping);
    mProgress->setFormat(tr("Done"));
    QStringList lines;
    lines << tr("<b>%1</b> residents imported in <b>%2</b> new households; <b>%3</b> updated.")
                 .arg(r.imported).arg(r.newHouseholds).arg(r.updated);
    if (r.skippedDuplicates)
        lines << tr("%1 residents were already registered and left as they are.").arg(r.skippedDuplicates);
    if (r.rejected)
        lines << QStringLiteral("<span style='color:#b00020'>%1</span>")
                     .arg(tr("%1 rows were not imported. Open them, correct them in Excel or WPS, and import that file again.")
                              .arg(r.rejected));
    mSummary->setText(lines.join(QStringLiteral("<br>")));
    mRejected = rejected;
    mOpenRejected->setVisible(!mRejected.isEmpty());
    emit completeChanged();
}

QString RunPage::rejectedPath() const
{
    const QFileInfo source(mWizard->request.path);
    return source.dir().filePath(tr("%1-not imported.xlsx").arg(source.completeBaseName()));
}

void RunPage::openRejected()
{
    QString path = rejectedPath();
    if (!QFileInfo(path).dir().exists() || !QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
        path = QFileDialog::getSaveFileName(this, tr("Save the rows that were not imported"), QFileInfo(path).fileName(),
                                            tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
    }
    const Status written = ImportJob::writeRejected(path, mWizard->headers, mRejected);
    if (!written) {
        QMessageBox::warning(this, tr("Rows not imported"), written.errorText());
        return;
    }
    mSummary->setText(mSummary->text() + QStringLiteral("<br>")
                      + tr("Saved as %1").arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

bool RunPage::isComplete() const
{
    return mDone;
}

} // namespace jy
