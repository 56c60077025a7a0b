#include "residents/exportdialog.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/dberror.h"
#include "export/rosterexport.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace jy {

ExportDialog::ExportDialog(Database &db, const Session &session, const RosterFilter &filter, int rows, QWidget *parent)
    : QDialog(parent), mDb(db), mSession(session), mFilter(filter)
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export the roster"));
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    mPath = new QLineEdit(QDir(folder).filePath(tr("residents-%1.xlsx").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))));
    mPath->setObjectName(QStringLiteral("path"));
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browse);
    mUnmasked = new QCheckBox(tr("Write ID numbers and phones in &full (the export is recorded in the audit log)"));
    mUnmasked->setObjectName(QStringLiteral("unmasked"));
    mUnmasked->setEnabled(session.can(Permission::ViewPersonalData));
    if (!mUnmasked->isEnabled())
        mUnmasked->setToolTip(tr("Your role may not see personal data."));
    mProgress = new QProgressBar;
    mProgress->hide();
    mStatus = new QLabel(tr("%n resident(s), as the roster shows them now: its search, filters and order. ID numbers "
                            "and phones are masked (210211********1234, 138****5678) unless you choose otherwise.",
                            nullptr, rows));
    mStatus->setWordWrap(true);
    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    mButtons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), pathRow);
    qobject_cast<QLabel *>(form->labelForField(pathRow))->setBuddy(mPath);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mStatus);
    layout->addLayout(form);
    layout->addWidget(mUnmasked);
    layout->addWidget(mProgress);
    layout->addWidget(mButtons);
    resize(640, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(mButtons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
}

ExportDialog::~ExportDialog()
{
    if (mThread) {
        mCancel = true;
        mThread->wait();
    }
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(mPath->text().trimmed());
}

void ExportDialog::setPath(const QString &path)
{
    mPath->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export the roster"), path(),
                                                        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::accept()
{
    if (mThread)
        return;
    const QString target = path();
    const QString suffix = QFileInfo(target).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")) {
        QMessageBox::warning(this, windowTitle(), tr("Give the file the ending .xlsx or .csv."));
        return;
    }
    if (QFileInfo::exists(target)
        && QMessageBox::question(this, windowTitle(), tr("%1 exists. Replace it?").arg(QFileInfo(target).fileName()))
               != QMessageBox::Yes)
        return;
    const bool unmasked = mUnmasked->isChecked();
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(false);
    mProgress->show();
    mProgress->setRange(0, 0);
    mCancel = false;
    auto error = std::make_shared<QString>();
    auto rows = std::make_shared<int>(0);
    auto cancelled = std::make_shared<bool>(false);
    Database &db = mDb;
    const Session &session = mSession;
    const RosterFilter filter = mFilter;
    mThread = QThread::create([this, &db, &session, filter, target, unmasked, error, rows, cancelled] {
        try {
            const Result<int> result = RosterExport(db, session).run(filter, target, unmasked, [this](int done, int total) {
                QMetaObject::invokeMethod(this, [this, done, total] {
                    mProgress->setRange(0, std::max(total, 1));
                    mProgress->setValue(done);
                }, Qt::QueuedConnection);
                return !mCancel.load();
            });
            *cancelled = RosterExport::cancelled(result);
            if (result.ok())
                *rows = result.value();
            else if (!*cancelled)
                *error = result.errorText();
        } catch (const DbError &e) {
            *error = e.message();
        }
        db.releaseThreadConnection();
    });
    connect(mThread, &QThread::finished, this, [this, error, rows, cancelled] {
        mThread->deleteLater();
        mThread = nullptr;
        finished(*error, *rows, *cancelled);
    });
    mThread->start();
}

void ExportDialog::reject()
{
    if (mThread) {
        mCancel = true; // finished() closes the dialog once the partial file is gone
        return;
    }
    QDialog::reject();
}

void ExportDialog::finished(const QString &error, int rows, bool cancelled)
{
    if (cancelled) {
        QDialog::reject();
        return;
    }
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(true);
    mProgress->hide();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    mStatus->setText(tr("%n resident(s) exported to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path())));
    QDialog::accept();
}

} // namespace jy
