// The workstation: parse the command line, set language and font, open the database, show
// the main window. Everything else lives in ui/ and core/.
#include "accounts/session.h"
#include "db/connectionstring.h"
#include "db/database.h"
#include "settings/serverconnectiondialog.h"
#include "db/dberror.h"
#include "accounts/signindialog.h"
#include "firstrun/firstrunwizard.h"
#include "places/communitysetup.h"
#include "i18n/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QIcon>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace {

// --lang has to be known before the parser's own texts are translated.
QString languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

// Under the C locale Qt would draw Han characters with Japanese glyph shapes.
void useChineseFont(QApplication &app)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &family : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                  QStringLiteral("Microsoft YaHei"), QStringLiteral("WenQuanYi Micro Hei")}) {
        if (families.contains(family)) {
            QFont font = app.font();
            font.setFamilies({family});
            app.setFont(font);
            return;
        }
    }
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("jiayuan.sqlite"));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Jiayuan"));
    QApplication::setApplicationName(QStringLiteral("jiayuan"));
    QApplication::setApplicationVersion(QStringLiteral(JIAYUAN_VERSION));
    // Lets Wayland and the desktop match the window to the installed desktop entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.jiayuan.Jiayuan"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/jiayuan.png")));

    const QString language = languageArgument(QCoreApplication::arguments());
    if (!language.isEmpty() && language != QLatin1String("zh_CN") && language != QLatin1String("en")) {
        const QString text = QCoreApplication::translate("jy::GuiMain", "Unknown language %1: use zh_CN or en.");
        std::fprintf(stderr, "%s\n", qPrintable(text.arg(language)));
        return 1;
    }
    // --lang, else JIAYUAN_LANG, else the language saved in settings, else Chinese.
    jy::installTranslations(app, jy::startupLanguage(language));
    useChineseFont(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("jy::GuiMain", "Jiayuan, the community office workstation."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("jy::GuiMain", "The SQLite database to open (created if missing)."),
                      QCoreApplication::translate("jy::GuiMain", "PATH")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("jy::GuiMain", "The language of the user interface: zh_CN (default) or en."),
                      QCoreApplication::translate("jy::GuiMain", "LANG")});
    const QString appTitle = QCoreApplication::translate("jy::GuiMain", "Jiayuan");
    parser.process(app);

    // Without --db: the database chosen at the first start; on the very first start, the wizard.
    QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                      : QSettings().value(jy::FirstRunWizard::settingsKey()).toString();
    bool makeDemo = false;
    std::optional<jy::NewCommunity> newCommunity;
    if (path.isEmpty() && QFileInfo::exists(defaultDatabasePath())) {
        path = defaultDatabasePath(); // installed before the wizard existed
    } else if (path.isEmpty()) {
        jy::FirstRunWizard wizard(QFileInfo(defaultDatabasePath()).absolutePath());
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        path = wizard.databasePath();
        makeDemo = wizard.demo() && !QFileInfo::exists(path);
        if (!wizard.demo())
            newCommunity = wizard.community();
        QSettings().setValue(jy::FirstRunWizard::settingsKey(), path);
    }
    const bool server = jy::isServerAddress(path);
    if (const QString dir = QFileInfo(path).absolutePath(); !server && !QDir().mkpath(dir)) {
        QMessageBox::critical(nullptr, appTitle,
                              QCoreApplication::translate("jy::GuiMain", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
        return 1;
    }

    std::unique_ptr<jy::Database> db;
    try {
        jy::ConnectionSettings connection = jy::parseConnection(path);
        while (!db) {
            try {
                db = jy::Database::open(connection, jy::Database::OpenMode::CreateIfMissing);
            } catch (const jy::DbError &error) {
                if (!server)
                    throw;
                // A password not kept on this computer, a server that moved: ask, then try again.
                jy::ServerConnectionDialog dialog(connection, error.message());
                if (dialog.exec() != QDialog::Accepted)
                    return 1;
                connection = dialog.settings();
            }
        }
    } catch (const jy::DbError &error) {
        QMessageBox::critical(nullptr, appTitle, error.message()); // names the file and the cause
        return 1;
    }

    if (makeDemo && !jy::FirstRunWizard::makeDemo(*db)) {
        db.reset();
        QFile::remove(path);
        QSettings().remove(jy::FirstRunWizard::settingsKey());
        return 0;
    }

    std::optional<jy::Session> session;
    try {
        session = jy::SignInDialog::run(*db);
    } catch (const jy::DbError &error) {
        QMessageBox::critical(nullptr, appTitle, error.message());
        return 1;
    }
    if (!session)
        return 0;
    if (newCommunity) {
        const jy::Result<qint64> made = jy::CommunitySetup::create(*db, *session, *newCommunity);
        if (!made.ok())
            QMessageBox::warning(nullptr, appTitle, made.errorText());
    }
    std::unique_ptr<jy::MainWindow> window;
    try {
        window = std::make_unique<jy::MainWindow>(*db, *session);
    } catch (const jy::DbError &error) {
        QMessageBox::critical(nullptr, appTitle,
                              QCoreApplication::translate("jy::GuiMain", "Cannot read the database %1:\n%2")
                                  .arg(QDir::toNativeSeparators(path), error.message()));
        return 1;
    }
    window->show();
    window->startAutomaticBackups();
    return app.exec();
}
