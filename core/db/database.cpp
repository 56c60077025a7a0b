#include "db/database.h"
#include "db/dberror.h"
#include "db/migrations.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>
#include <QUuid>

namespace jy {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("jy::Database", text);
}
} // namespace

Database::Database(ConnectionSettings settings)
    : mSettings(std::move(settings))
    , mBaseName(QStringLiteral("jiayuan-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

Database::~Database()
{
    QStringList names;
    {
        QMutexLocker lock(&mMutex);
        names = mConnections.values();
        mConnections.clear();
    }
    for (const QString &name : names) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

std::unique_ptr<Database> Database::openSqlite(const QString &path, OpenMode mode, int targetVersion)
{
    ConnectionSettings settings;
    settings.dialect = Dialect::SQLite;
    settings.path = path;
    return open(settings, mode, targetVersion);
}

std::unique_ptr<Database> Database::open(const ConnectionSettings &settings, OpenMode mode, int targetVersion)
{
    if (settings.dialect == Dialect::SQLite) {
        if (settings.path.isEmpty())
            throw DbError(tr("No database file was given."));
        const QFileInfo info(settings.path);
        if (mode == OpenMode::MustExist && !info.exists())
            throw DbError(tr("The database file %1 does not exist. Create it with \"jiayuan-cli init\" or \"jiayuan-cli demo\".")
                              .arg(settings.path));
        if (info.exists() && info.isDir())
            throw DbError(tr("%1 is a folder, not a database file.").arg(settings.path));
    }
    std::unique_ptr<Database> db(new Database(settings));
    try {
        db->connection();
        Migrations::migrate(*db, targetVersion < 0 ? Migrations::latestVersion() : targetVersion);
    } catch (const UpgradeRefused &e) {
        throw DbError(tr("Cannot open the database %1: %2.").arg(db->describe(), e.message()));
    } catch (const DbError &e) {
        if (settings.dialect == Dialect::PostgreSQL)
            throw DbError(tr("Cannot use the database %1 on the server: %2").arg(db->describe(), e.message()));
        throw DbError(tr("Cannot open the database %1: it is damaged or not a Jiayuan database (%2).")
                          .arg(db->describe(), e.message()));
    }
    return db;
}

QString Database::describe() const
{
    if (mSettings.dialect == Dialect::SQLite)
        return mSettings.path;
    // Never the password: this text goes into messages and logs.
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(mSettings.user, mSettings.host).arg(mSettings.port).arg(mSettings.databaseName);
}

QSqlDatabase Database::connection()
{
    QThread *thread = QThread::currentThread();
    QString name;
    {
        QMutexLocker lock(&mMutex);
        name = mConnections.value(thread);
        if (name.isEmpty()) {
            name = mBaseName + QLatin1Char('-') + QString::number(reinterpret_cast<quintptr>(thread), 16);
            mConnections.insert(thread, name);
        } else {
            return QSqlDatabase::database(name, false);
        }
    }
    return openConnection(name);
}

QSqlDatabase Database::openConnection(const QString &name)
{
    const bool sqlite = mSettings.dialect == Dialect::SQLite;
    QSqlDatabase db = QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        throw DbError(tr("The Qt SQL driver for %1 is not installed.").arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")));
    if (sqlite) {
        db.setDatabaseName(mSettings.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setHostName(mSettings.host);
        db.setPort(mSettings.port);
        db.setDatabaseName(mSettings.databaseName);
        db.setUserName(mSettings.user);
        db.setPassword(mSettings.password);
        db.setConnectOptions(mSettings.options.join(QLatin1Char(';')));
    }
    if (!db.open())
        throw DbError(tr("Cannot connect to %1").arg(describe()), db.lastError());
    if (sqlite) {
        // journal_mode answers with a row; WAL lets readers go on while one writer works.
        sql::exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        sql::exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        sql::exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
        sql::exec(db, QStringLiteral("PRAGMA cache_size=-65536"));
    }
    return db;
}

void Database::releaseThreadConnection()
{
    QString name;
    {
        QMutexLocker lock(&mMutex);
        name = mConnections.take(QThread::currentThread());
        mDepth.remove(name);
    }
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion()
{
    return Migrations::currentVersion(*this);
}

int &Database::transactionDepth()
{
    const QString name = connection().connectionName();
    QMutexLocker lock(&mMutex);
    return mDepth[name];
}

} // namespace jy
