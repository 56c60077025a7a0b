#include "reports/reportdialog.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "honors/honorsreport.h"
#include "reports/annualreports.h"
#include "reports/partyreports.h"
#include "reports/reportpreview.h"
#include "reports/volunteerreports.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QThread>
#include <QVBoxLayout>
#include <memory>

namespace jy {

ReportDialog::ReportDialog(Database &db, const Session &session, Kind kind, QWidget *parent)
    : QDialog(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("ReportDialog"));
    setWindowTitle(tr("Reports"));
    mKind = new QComboBox;
    mKind->setObjectName(QStringLiteral("kind"));
    mKind->addItem(tr("Annual honors report"), int(Kind::Honors));
    mKind->addItem(tr("Annual statistics report"), int(Kind::Statistics));
    mKind->addItem(tr("Annual volunteer ranking"), int(Kind::VolunteerRanking));
    mKind->addItem(tr("Five-star branch assessment"), int(Kind::FiveStar));
    mKind->addItem(tr("Branch meetings and Party lessons (三会一课)"), int(Kind::PartyMeetings));
    const int thisYear = QDate::currentDate().year();
    mFrom = new QSpinBox;
    mFrom->setObjectName(QStringLiteral("from"));
    mFrom->setRange(1949, thisYear + 1);
    mFrom->setValue(thisYear);
    mTo = new QSpinBox;
    mTo->setObjectName(QStringLiteral("to"));
    mTo->setRange(1949, thisYear + 1);
    mTo->setValue(thisYear);
    mScope = new QComboBox;
    mScope->setObjectName(QStringLiteral("scope"));
    // An account of one community reports on its own community only (build() asks Scope again).
    if (session.unrestricted()) {
        QSqlQuery street = sql::exec(db.connection(), QStringLiteral("SELECT name FROM street ORDER BY id LIMIT 1"));
        mScope->addItem(street.next() ? tr("%1 (every community)").arg(street.value(0).toString()) : tr("Every community"), 0);
    }
    for (const auto &[id, name] : Scope::readableCommunities(db, session))
        mScope->addItem(name, id);
    mProgress = new QProgressBar;
    mProgress->hide();

    auto *years = new QHBoxLayout;
    years->addWidget(mFrom);
    mToLabel = new QLabel(tr("to"));
    years->addWidget(mToLabel);
    years->addWidget(mTo);
    years->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), mKind);
    auto *yearLabel = new QLabel(tr("&Year:"));
    yearLabel->setBuddy(mFrom);
    form->addRow(yearLabel, years);
    form->addRow(tr("&Scope:"), mScope);

    mButtons = new QDialogButtonBox(QDialogButtonBox::Close);
    // Preview does not close the dialog: several reports are often printed in a row.
    QPushButton *previewButton = mButtons->addButton(tr("&Preview and print…"), QDialogButtonBox::ActionRole);
    previewButton->setDefault(true);
    QPushButton *saveButton = mButtons->addButton(tr("&Save as PDF or Excel…"), QDialogButtonBox::ActionRole);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, &ReportDialog::save);
    connect(mButtons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mProgress);
    layout->addWidget(mButtons);
    connect(mKind, &QComboBox::currentIndexChanged, this, &ReportDialog::kindChanged);
    setKind(kind);
}

ReportDialog::~ReportDialog()
{
    if (mThread) {
        mCancel = true;
        mThread->wait();
    }
}

void ReportDialog::setKind(Kind kind)
{
    mKind->setCurrentIndex(mKind->findData(int(kind)));
    kindChanged();
}

void ReportDialog::setYears(int from, int to)
{
    mFrom->setValue(from);
    mTo->setValue(to);
}

void ReportDialog::setCommunity(qint64 communityId)
{
    const int index = mScope->findData(communityId);
    mScope->setCurrentIndex(index >= 0 ? index : 0);
}

void ReportDialog::kindChanged()
{
    // Only the honors report covers a span of years.
    const bool span = Kind(mKind->currentData().toInt()) == Kind::Honors;
    mTo->setVisible(span);
    mToLabel->setVisible(span);
}

std::optional<ReportDocument> ReportDialog::build()
{
    const Kind kind = Kind(mKind->currentData().toInt());
    const int from = std::min(mFrom->value(), mTo->value());
    const int to = kind == Kind::Honors ? std::max(mFrom->value(), mTo->value()) : mFrom->value();
    const Result<qint64> readable = Scope::readableCommunity(mDb, mSession, mScope->currentData().toLongLong());
    if (!readable) {
        QMessageBox::warning(this, windowTitle(), readable.errorText());
        return std::nullopt;
    }
    const qint64 community = readable.value();
    auto result = std::make_shared<ReportDocument>();
    auto error = std::make_shared<QString>();
    mCancel = false;
    mProgress->setRange(0, 0);
    mProgress->show();
    for (QAbstractButton *b : mButtons->buttons())
        if (mButtons->buttonRole(b) != QDialogButtonBox::RejectRole)
            b->setEnabled(false);
    Database &db = mDb;
    mThread = QThread::create([this, &db, kind, from, to, community, result, error] {
        try {
            const auto progress = [this](int done, int total) {
                QMetaObject::invokeMethod(this, [this, done, total] {
                    mProgress->setRange(0, std::max(total, 1));
                    mProgress->setValue(done);
                }, Qt::QueuedConnection);
                return !mCancel.load();
            };
            switch (kind) {
            case Kind::Honors:
                *result = AnnualReports::honors(db, from, to, community);
                break;
            case Kind::Statistics:
                *result = AnnualReports::statistics(db, from, community, QDate::currentDate(), progress);
                break;
            case Kind::VolunteerRanking:
                *result = VolunteerReports::ranking(db, from, community);
                break;
            case Kind::FiveStar:
                *result = PartyReports::fiveStar(db, from, community);
                break;
            case Kind::PartyMeetings:
                *result = PartyReports::meetings(db, from, community);
                break;
            }
        } catch (const DbError &e) {
            *error = e.message();
        }
        db.releaseThreadConnection();
    });
    QEventLoop wait;
    connect(mThread, &QThread::finished, &wait, &QEventLoop::quit);
    mThread->start();
    wait.exec();
    delete mThread;
    mThread = nullptr;
    mProgress->hide();
    for (QAbstractButton *b : mButtons->buttons())
        b->setEnabled(true);
    if (!error->isEmpty()) {
        QMessageBox::warning(this, windowTitle(), *error);
        return std::nullopt;
    }
    if (mCancel.load() || result->title.isEmpty())
        return std::nullopt;
    return *result;
}

void ReportDialog::preview()
{
    if (const std::optional<ReportDocument> doc = build())
        ReportPreview::show(*doc, this);
}

void ReportDialog::save()
{
    if (const std::optional<ReportDocument> doc = build())
        ReportPreview::saveAs(*doc, this);
}

void ReportDialog::reject()
{
    if (mThread) {
        mCancel = true; // the worker stops at the next community; build() returns nothing
        return;
    }
    QDialog::reject();
}

} // namespace jy
