#include "testsupport.h"
#include "db/connectionstring.h"
#include "db/sql.h"
#include "places/placestore.h"
#include "residents/residentservice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QUuid>

namespace jy::test {

namespace {

ConnectionSettings testServer()
{
    return parseConnection(qEnvironmentVariable("JIAYUAN_TEST_POSTGRES"));
}

// CREATE/DROP DATABASE cannot run in a transaction or through the database itself: a short
// connection to the server's maintenance database does it.
QString onServer(const QString &statement)
{
    QString error;
    const QString name = QStringLiteral("jy-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        const ConnectionSettings server = testServer();
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        conn.setHostName(server.host);
        conn.setPort(server.port);
        conn.setDatabaseName(server.databaseName);
        conn.setUserName(server.user);
        conn.setPassword(server.password);
        if (!conn.open()) {
            error = QStringLiteral("cannot reach the PostgreSQL test server: ") + conn.lastError().text();
        } else {
            QSqlQuery q(conn);
            if (!q.exec(statement))
                error = statement + QStringLiteral(": ") + q.lastError().text();
            conn.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

bool onPostgres()
{
    return !qEnvironmentVariableIsEmpty("JIAYUAN_TEST_POSTGRES");
}

TempDatabase::TempDatabase(int targetVersion)
{
    if (onPostgres()) {
        serverDatabase = QStringLiteral("jy_test_") + QUuid::createUuid().toString(QUuid::Id128);
        const QString error = onServer(QStringLiteral("CREATE DATABASE ") + serverDatabase);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
    }
    db = Database::open(settings(), Database::OpenMode::CreateIfMissing, targetVersion);
}

TempDatabase::~TempDatabase()
{
    db.reset();
    if (!serverDatabase.isEmpty())
        if (const QString error = onServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(serverDatabase)); !error.isEmpty())
            qWarning("%s", qPrintable(error));
}

ConnectionSettings TempDatabase::settings() const
{
    if (serverDatabase.isEmpty()) {
        ConnectionSettings file;
        file.path = path();
        return file;
    }
    ConnectionSettings server = testServer();
    server.databaseName = serverDatabase;
    return server;
}

void TempDatabase::reopen(int targetVersion)
{
    db.reset();
    db = Database::open(settings(), Database::OpenMode::MustExist, targetVersion);
}

SmallPlace SmallPlace::create(Database &db, const QString &communityCode)
{
    PlaceStore places(db);
    SmallPlace p;
    const QVariant street = sql::scalar(db.connection(), QStringLiteral("SELECT id FROM street WHERE code = '210211014'"));
    p.streetId = street.isValid() ? street.toLongLong() : places.addStreet(QStringLiteral("210211014"), QStringLiteral("辛寨子街道"));
    p.communityId = places.addCommunity(p.streetId, communityCode, QStringLiteral("魅力社区"));
    p.estateId = places.addEstate(p.communityId, QStringLiteral("万科魅力之城"));
    p.buildingId = places.addBuilding(p.estateId, QStringLiteral("3"), 18);
    p.unitId = places.addUnit(p.buildingId, QStringLiteral("2"));
    p.dwellingId = places.addDwelling(p.unitId, QStringLiteral("401"), 89.5);
    p.householdId = sql::insert(db.connection(), QStringLiteral("INSERT INTO household (dwelling_id, code, created_at) VALUES (?, ?, ?)"),
                                {p.dwellingId, QStringLiteral("H-3-2-401"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    return p;
}

std::unique_ptr<QObject> clickInNextMessageBox(const char *button, QString *text, const char *screenshotName)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(20);
    QTimer *t = timer.get();
    QObject::connect(t, &QTimer::timeout, [t, button, text, screenshotName] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        t->stop();
        if (text)
            *text = box->text();
        if (screenshotName)
            screenshot(*box, screenshotName);
        if (auto *b = box->findChild<QPushButton *>(QLatin1String(button)))
            b->click();
        else
            box->reject();
    });
    t->start();
    return timer;
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

int indexCount(Database &db, const QString &table)
{
    const bool pg = db.dialect() == Dialect::PostgreSQL;
    QString statement = pg ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'")
                           : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'");
    QVariantList values;
    if (!table.isEmpty()) {
        statement += pg ? QStringLiteral(" AND tablename = ?") : QStringLiteral(" AND tbl_name = ?");
        values << table;
    }
    return sql::scalar(db.connection(), statement, values).toInt();
}

Session admin() { return Session(QStringLiteral("tester"), Role::Admin); }
Session viewer() { return Session(QStringLiteral("guest"), Role::Viewer); }

qint64 addResident(ResidentService &service, const QString &name, qint64 householdId, const QString &relation)
{
    Resident r;
    r.name = name;
    r.birthDate = QDate(1970, 1, 1);
    r.sex = QStringLiteral("M");
    r.householdId = householdId;
    r.relation = relation;
    const Result<qint64> id = service.create(r);
    INFO(id.errorText().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

void screenshot(QWidget &widget, const char *name)
{
    const QString dir = qEnvironmentVariable("JIAYUAN_SCREENSHOTS");
    if (!dir.isEmpty())
        widget.grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace jy::test
