#pragma once
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

class QThread;

namespace jy {

enum class Dialect { SQLite, PostgreSQL };

struct ConnectionSettings
{
    Dialect dialect = Dialect::SQLite;
    QString path;            // SQLite file
    QString host;            // PostgreSQL
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;
    QStringList options;     // libpq keywords, e.g. sslmode=require
};

// One logical database. Hands each thread its own Qt connection (Qt's rule), applies the
// per-connection settings and brings the schema up to date on open. Services see only this
// class and the SQL helpers, so another dialect plugs in here.
class Database
{
public:
    enum class OpenMode { CreateIfMissing, MustExist };

    // Throws DbError with a plain message when the file is missing, not a database, or too new.
    static std::unique_ptr<Database> open(const ConnectionSettings &settings,
                                          OpenMode mode = OpenMode::CreateIfMissing,
                                          int targetVersion = -1);
    static std::unique_ptr<Database> openSqlite(const QString &path,
                                                OpenMode mode = OpenMode::CreateIfMissing,
                                                int targetVersion = -1);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection();          // this thread's connection, opened on first use
    void releaseThreadConnection();     // call from a worker thread before it ends
    Dialect dialect() const { return mSettings.dialect; }
    const ConnectionSettings &settings() const { return mSettings; }
    QString describe() const;           // file path or host/database, for messages
    int schemaVersion();

    // Used by Transaction: nesting depth of the current thread's connection.
    int &transactionDepth();

private:
    explicit Database(ConnectionSettings settings);
    QSqlDatabase openConnection(const QString &name);

    ConnectionSettings mSettings;
    QString mBaseName;
    QMutex mMutex;
    QHash<QThread *, QString> mConnections;
    QHash<QString, int> mDepth;
};

} // namespace jy
