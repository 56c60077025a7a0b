#include "firstrun/firstrunwizard.h"
#include "accounts/session.h"
#include "db/database.h"
#include "demo/demogenerator.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>
#include <QThread>
#include <atomic>
#include <optional>

namespace jy {

namespace {
QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    return label;
}
} // namespace

FirstRunWizard::FirstRunWizard(const QString &defaultFolder, QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Welcome to Jiayuan"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *choice = new QWizardPage;
    choice->setTitle(tr("Welcome to Jiayuan"));
    choice->setSubTitle(tr("Jiayuan keeps your community's residents, grids, volunteer services and records on this computer."));
    auto *choiceLayout = new QVBoxLayout(choice);
    mNew = new QRadioButton(tr("Set up &our community (an empty database)"));
    mNew->setObjectName(QStringLiteral("newCommunity"));
    mDemo = new QRadioButton(tr("Try the &demo: 魅力社区 with about 9,500 invented residents"));
    mDemo->setObjectName(QStringLiteral("demo"));
    mNew->setChecked(true);
    choiceLayout->addWidget(note(tr("How do you want to start?")));
    choiceLayout->addWidget(mNew);
    choiceLayout->addWidget(mDemo);
    choiceLayout->addStretch();
    setPage(ChoicePage, choice);

    auto *community = new QWizardPage;
    community->setTitle(tr("Your community"));
    community->setSubTitle(tr("The division code is the 12-digit 统计用区划代码 of your community; its first 9 digits are the street's."));
    auto *form = new QFormLayout(community);
    const auto field = [](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit;
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    mStreet = field("street", QStringLiteral("辛寨子街道"));
    mName = field("communityName", QStringLiteral("魅力社区"));
    mCode = field("code", QStringLiteral("210211014001"));
    mCode->setMaxLength(12);
    mCode->setInputMask(QString());
    mAddress = field("address", tr("e.g. the community service centre's address"));
    form->addRow(tr("&Street:"), mStreet);
    form->addRow(tr("&Community:"), mName);
    form->addRow(tr("Division &code:"), mCode);
    form->addRow(tr("&Address:"), mAddress);
    mCommunityErrors = new QLabel;
    mCommunityErrors->setObjectName(QStringLiteral("communityErrors"));
    mCommunityErrors->setWordWrap(true);
    mCommunityErrors->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addRow(mCommunityErrors);
    setPage(CommunityPage, community);

    auto *folder = new QWizardPage;
    folder->setTitle(tr("Where the data is kept"));
    folder->setSubTitle(tr("Personal data stays on this computer. Choose a folder that is backed up; Settings shows it later."));
    auto *folderLayout = new QVBoxLayout(folder);
    auto *row = new QHBoxLayout;
    mFolder = new QLineEdit(QDir::toNativeSeparators(defaultFolder));
    mFolder->setObjectName(QStringLiteral("folder"));
    auto *browse = new QPushButton(tr("&Browse…"));
    row->addWidget(mFolder);
    row->addWidget(browse);
    folderLayout->addLayout(row);
    mFile = new QLabel;
    mFile->setObjectName(QStringLiteral("file"));
    mFile->setWordWrap(true);
    folderLayout->addWidget(mFile);
    folderLayout->addStretch();
    setPage(FolderPage, folder);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Folder for Jiayuan's data"), mFolder->text());
        if (!chosen.isEmpty())
            mFolder->setText(QDir::toNativeSeparators(chosen));
    });
    const auto showFile = [this] { mFile->setText(tr("The database will be %1").arg(QDir::toNativeSeparators(databasePath()))); };
    connect(mFolder, &QLineEdit::textChanged, this, showFile);
    connect(mDemo, &QRadioButton::toggled, this, showFile);
    showFile();
    resize(640, 420);
}

bool FirstRunWizard::demo() const { return mDemo->isChecked(); }

NewCommunity FirstRunWizard::community() const
{
    return {mStreet->text().trimmed(), mName->text().trimmed(), mCode->text().trimmed(), mAddress->text().trimmed()};
}

QString FirstRunWizard::databasePath() const
{
    return QDir(QDir::fromNativeSeparators(mFolder->text().trimmed()))
        .filePath(demo() ? QStringLiteral("demo.sqlite") : QStringLiteral("jiayuan.sqlite"));
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case ChoicePage:
        return demo() ? FolderPage : CommunityPage;
    case CommunityPage:
        return FolderPage;
    default:
        return -1;
    }
}

bool FirstRunWizard::validateCurrentPage()
{
    if (currentId() == CommunityPage) {
        const FieldErrors errors = CommunitySetup::check(community());
        QStringList lines;
        for (const FieldError &e : errors)
            lines << e.message;
        mCommunityErrors->setText(lines.join(QLatin1Char('\n')));
        return errors.isEmpty();
    }
    if (currentId() == FolderPage) {
        const QString folder = QDir::fromNativeSeparators(mFolder->text().trimmed());
        if (folder.isEmpty() || !QDir().mkpath(folder)) {
            mFile->setText(tr("Cannot create the folder %1. Choose another.").arg(QDir::toNativeSeparators(folder)));
            return false;
        }
    }
    return true;
}

bool FirstRunWizard::makeDemo(Database &db, QWidget *parent)
{
    QProgressDialog progress(tr("Making the demo database…"), tr("Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    std::atomic<bool> cancelled = false;
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    DemoOptions options;
    options.progress = [&progress, &cancelled](int done, int total) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
        QMetaObject::invokeMethod(&progress, [&progress, percent] { progress.setValue(qMin(percent, 99)); }, Qt::QueuedConnection);
        return !cancelled.load();
    };
    std::optional<Result<DemoSummary>> outcome;
    QThread *worker = QThread::create([&db, &outcome, options] {
        outcome = DemoGenerator::generate(db, Session::localAdministrator(), options);
        db.releaseThreadConnection();
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    const Result<DemoSummary> result = *outcome;
    if (!result.ok() && !cancelled) {
        QMessageBox::warning(parent, tr("Demo database"), result.errorText());
        return false;
    }
    return result.ok();
}

} // namespace jy
