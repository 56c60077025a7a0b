#include "honors/honorspage.h"
#include "accounts/scope.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"
#include "honors/honordialog.h"
#include "reports/listprinting.h"
#include "honors/honorservice.h"
#include "honors/honortablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QUrl>
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

HonorsPage::HonorsPage(Database &db, const Session &session, QWidget *parent)
    : Page(parent), mDb(db), mSession(session)
{
    setObjectName(QStringLiteral("HonorsPage"));
    const bool mayEdit = session.can(Permission::ManagePlaces);
    const int thisYear = QDate::currentDate().year();

    mFromYear = new QSpinBox;
    mFromYear->setObjectName(QStringLiteral("fromYear"));
    mFromYear->setRange(1949, thisYear + 1);
    mFromYear->setValue(thisYear - 8);
    mToYear = new QSpinBox;
    mToYear->setObjectName(QStringLiteral("toYear"));
    mToYear->setRange(1949, thisYear + 1);
    mToYear->setValue(thisYear);
    mCommunity = new QComboBox;
    mCommunity->setObjectName(QStringLiteral("community"));
    mCommunity->addItem(tr("All communities"), 0);
    // "All" reads what the account may read (core narrows it); the choices are only those.
    for (const auto &[id, name] : Scope::readableCommunities(db, session))
        mCommunity->addItem(name, id);
    mLevel = new QComboBox;
    mLevel->setObjectName(QStringLiteral("level"));
    mLevel->addItem(tr("All levels"), QString());
    for (const QString &level : honor_level::all())
        mLevel->addItem(honor_level::name(level), level);
    mSearch = new QLineEdit;
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setPlaceholderText(tr("Search title, recipient, awarding body (Ctrl+F)"));
    mSearch->setClearButtonEnabled(true);

    auto *newAction = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New…"), this);
    newAction->setToolTip(tr("Record a new honor (Ctrl+N)")); // the shortcut is Edit ▸ New record
    newAction->setEnabled(mayEdit);
    connect(newAction, &QAction::triggered, this, &HonorsPage::newHonor);
    mEditAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit…"), this);
    mEditAction->setShortcut(QKeySequence(Qt::Key_F2));
    connect(mEditAction, &QAction::triggered, this, &HonorsPage::editCurrent);
    mDeleteAction = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete…"), this);
    mDeleteAction->setShortcut(QKeySequence::Delete);
    mDeleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(mDeleteAction, &QAction::triggered, this, &HonorsPage::deleteCurrent);
    mAttachAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Attach scan…"), this);
    mAttachAction->setToolTip(tr("Keep a scan of the certificate (PNG, JPEG or PDF) with the honor"));
    connect(mAttachAction, &QAction::triggered, this, &HonorsPage::attachCertificate);
    mViewAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&View scan"), this);
    connect(mViewAction, &QAction::triggered, this, &HonorsPage::viewCertificate);
    auto *reportAction = new QAction(style()->standardIcon(QStyle::SP_FileDialogListView), tr("&Report…"), this);
    reportAction->setToolTip(tr("The annual honors report: preview, print, PDF, Excel"));
    connect(reportAction, &QAction::triggered, this, &HonorsPage::reportRequested);
    for (QAction *a : {mEditAction, mAttachAction})
        addAction(a);

    auto *filters = new QHBoxLayout;
    auto *yearsLabel = new QLabel(tr("&Years:"));
    yearsLabel->setBuddy(mFromYear);
    filters->addWidget(yearsLabel);
    filters->addWidget(mFromYear);
    filters->addWidget(new QLabel(QStringLiteral("—")));
    filters->addWidget(mToYear);
    filters->addWidget(mCommunity);
    filters->addWidget(mLevel);
    filters->addWidget(mSearch, 1);
    for (QAction *a : {newAction, mEditAction, mDeleteAction, mAttachAction, mViewAction, reportAction})
        filters->addWidget(buttonFor(a));

    mModel = new HonorTableModel(this);
    mTable = new QTableView;
    mTable->setObjectName(QStringLiteral("honors"));
    mTable->setModel(mModel);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setAlternatingRowColors(true);
    mTable->verticalHeader()->hide();
    // A register of hundreds of rows at most: columns may fit their contents.
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(HonorTableModel::Title, QHeaderView::Stretch);
    mTable->addAction(mDeleteAction);
    connect(mTable, &QTableView::activated, this, &HonorsPage::editCurrent);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(filters);
    layout->addWidget(mTable);

    for (QSpinBox *s : {mFromYear, mToYear})
        connect(s, &QSpinBox::valueChanged, this, [this] { reload(currentId()); });
    for (QComboBox *c : {mCommunity, mLevel})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { reload(currentId()); });
    connect(mSearch, &QLineEdit::textChanged, this, [this] { reload(currentId()); });
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HonorsPage::updateActions);
    updateActions();
}

QString HonorsPage::title() const { return tr("Honors"); }
QIcon HonorsPage::icon() const { return pageIcon(QStringLiteral("honors")); }

QString HonorsPage::statusText() const
{
    return tr("%n honor(s) shown", nullptr, mModel->rowCount());
}

void HonorsPage::activate()
{
    reload(currentId());
    mActivated = true;
}

void HonorsPage::reload(qint64 select)
{
    HonorFilter f;
    f.fromYear = std::min(mFromYear->value(), mToYear->value());
    f.toYear = std::max(mFromYear->value(), mToYear->value());
    f.communityId = mCommunity->currentData().toLongLong();
    f.level = mLevel->currentData().toString();
    f.text = mSearch->text();
    mModel->setHonors(HonorService(mDb, mSession).list(f));
    const int row = mModel->rowOf(select);
    if (row >= 0)
        mTable->selectRow(row);
    updateActions();
    emit statusTextChanged(statusText());
}

qint64 HonorsPage::currentId() const
{
    const Honor *h = mModel->honorAt(mTable->currentIndex().row());
    return h ? h->id : 0;
}

void HonorsPage::updateActions()
{
    const Honor *h = mModel->honorAt(mTable->currentIndex().row());
    const bool mayEdit = mSession.can(Permission::ManagePlaces);
    mEditAction->setEnabled(h && mayEdit);
    mDeleteAction->setEnabled(h && mayEdit);
    mAttachAction->setEnabled(h && mayEdit);
    mViewAction->setEnabled(h && h->hasCertificate);
}

void HonorsPage::newHonor()
{
    Honor h;
    h.year = std::min(mToYear->value(), QDate::currentDate().year());
    h.communityId = mCommunity->currentData().toLongLong();
    HonorDialog dialog(mDb, mSession, h, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(dialog.honorId());
        emit message(tr("Honor recorded."));
    }
}

void HonorsPage::editCurrent()
{
    const Honor *h = mModel->honorAt(mTable->currentIndex().row());
    if (!h || !mSession.can(Permission::ManagePlaces))
        return;
    HonorDialog dialog(mDb, mSession, *h, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(dialog.honorId());
}

void HonorsPage::deleteCurrent()
{
    const Honor *h = mModel->honorAt(mTable->currentIndex().row());
    if (!h)
        return;
    const Honor honor = *h;
    if (QMessageBox::question(this, tr("Delete honor"),
                              tr("Delete \"%1\" (%2, %3)? The audit log keeps a copy.").arg(honor.title, honor.recipient).arg(honor.year),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const Status removed = HonorService(mDb, mSession).remove(honor.id);
    if (!removed) {
        QMessageBox::warning(this, tr("Delete honor"), removed.errorText());
        return;
    }
    reload();
    emit message(tr("Honor deleted."));
}

bool HonorsPage::attachCertificateFile(const QString &path, QString *message)
{
    QFile file(path);
    if (file.size() > HonorService::kMaxCertificateBytes || !file.open(QIODevice::ReadOnly)) {
        if (message)
            *message = file.size() > HonorService::kMaxCertificateBytes
                           ? tr("The file is larger than %1 MB; scan it at a lower resolution.").arg(HonorService::kMaxCertificateBytes / 1024 / 1024)
                           : tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const qint64 id = currentId();
    const Status kept = HonorService(mDb, mSession).attachCertificate(id, path, file.readAll());
    if (!kept) {
        if (message)
            *message = kept.errorText();
        return false;
    }
    reload(id);
    return true;
}

void HonorsPage::attachCertificate()
{
    if (!currentId())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Certificate scan"),
                                                      QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                                      tr("Scans (*.png *.jpg *.jpeg *.pdf)"));
    if (path.isEmpty())
        return;
    QString why;
    if (!attachCertificateFile(path, &why))
        QMessageBox::warning(this, tr("Certificate scan"), why);
    else
        emit message(tr("Certificate scan kept."));
}

void HonorsPage::viewCertificate()
{
    const std::optional<HonorCertificate> scan = HonorService(mDb, mSession).certificate(currentId());
    if (!scan)
        return;
    if (scan->mimeType.startsWith(QLatin1String("image/"))) {
        QPixmap pixmap;
        pixmap.loadFromData(scan->data);
        QDialog viewer(this);
        viewer.setWindowTitle(scan->fileName);
        auto *label = new QLabel;
        label->setPixmap(pixmap);
        auto *area = new QScrollArea;
        area->setWidget(label);
        auto *layout = new QVBoxLayout(&viewer);
        layout->addWidget(area);
        viewer.resize(900, 700);
        viewer.exec();
        return;
    }
    // A PDF opens in the desktop's viewer, from a copy in the temporary folder.
    const QString path = QDir::temp().filePath(QStringLiteral("jiayuan-%1-%2").arg(currentId()).arg(scan->fileName));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(scan->data) != scan->data.size()) {
        QMessageBox::warning(this, tr("Certificate scan"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    out.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void HonorsPage::showHonors(qint64 communityId, const QString &level, int year)
{
    for (QWidget *w : std::initializer_list<QWidget *>{mFromYear, mToYear, mCommunity, mLevel, mSearch})
        w->blockSignals(true);
    mFromYear->setValue(year);
    mToYear->setValue(year);
    mCommunity->setCurrentIndex(std::max(0, mCommunity->findData(communityId)));
    mLevel->setCurrentIndex(std::max(0, mLevel->findData(level)));
    mSearch->clear();
    for (QWidget *w : std::initializer_list<QWidget *>{mFromYear, mToYear, mCommunity, mLevel, mSearch})
        w->blockSignals(false);
    reload();
}

QWidget *HonorsPage::searchField() const
{
    return mSearch;
}

bool HonorsPage::canCreateRecord() const
{
    return mSession.can(Permission::ManagePlaces);
}

ReportDocument HonorsPage::listDocument() const
{
    const QString community = mCommunity->currentIndex() > 0 ? mCommunity->currentText() : QString();
    const QString years = mFromYear->value() == mToYear->value()
                              ? QString::number(mFromYear->value())
                              : QStringLiteral("%1–%2").arg(mFromYear->value()).arg(mToYear->value());
    ReportDocument doc = ListPrinting::fromView(mTable, tr("Honors"), community.isEmpty() ? years : community + QLatin1Char(' ') + years);
    doc.organisation = community;
    return doc;
}

} // namespace jy
