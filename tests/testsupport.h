#pragma once
#include "accounts/session.h"
#include "db/database.h"
#include "residents/resident.h"

#include <catch2/catch.hpp>
#include <QWidget>

#include <QTemporaryDir>
#include <functional>
#include <memory>

namespace jy::test {

// The server the suite runs against instead of SQLite files, from $JIAYUAN_TEST_POSTGRES
// (postgresql://user@host:port/maintenance-db); empty settings when unset.
bool onPostgres();

// A fresh database removed with the object: a SQLite file in its own temporary folder, or, on
// PostgreSQL, a database of its own on the test server (so tests can run in parallel).
// Tests about files (backups, corruption, killed processes) are tagged [sqlite] and skipped there.
struct TempDatabase
{
    explicit TempDatabase(int targetVersion = -1);
    ~TempDatabase();
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    Database &operator*() { return *db; }
    Database *operator->() { return db.get(); }
    void reopen(int targetVersion = -1);
    ConnectionSettings settings() const;

    QTemporaryDir dir;
    QString serverDatabase; // on PostgreSQL
    std::unique_ptr<Database> db;
};

// Street → community → estate → building "3" → unit "2" → dwelling "401" and a household in it.
struct SmallPlace
{
    qint64 streetId = 0, communityId = 0, estateId = 0, buildingId = 0, unitId = 0, dwellingId = 0, householdId = 0;
    static SmallPlace create(Database &db, const QString &communityCode = QStringLiteral("210211014001"));
};

// Indexes on a table (all tables when empty), on either database.
int indexCount(Database &db, const QString &table = {});

Session admin();
Session viewer();

} // namespace jy::test

namespace jy {
class ResidentService;
}

namespace jy::test {

// Registers a resident known only by name, household and relation (born 1970, male, no ID
// number) and returns the id; fails the test if the service refuses.
qint64 addResident(ResidentService &service, const QString &name, qint64 householdId, const QString &relation);

// Spins the event loop until done() holds or ms pass; true when it holds. A worker or timer
// that never reports then fails the test instead of hanging it.
bool waitFor(const std::function<bool()> &done, int ms = 20000);

// Saves the widget as NAME.png in $JIAYUAN_SCREENSHOTS, when set: for looking at the screens.
void screenshot(QWidget &widget, const char *name);

// Clicks the button named `button` in the next message box that shows, also one a call opens
// and waits for with exec(); its text goes to *text, its picture to `screenshotName` (may be
// null). Keep the result alive until then.
std::unique_ptr<QObject> clickInNextMessageBox(const char *button, QString *text, const char *screenshotName = nullptr);

// A widget's named child of the given type; fails the test when the form has no such field.
template <typename W>
W *child(QWidget &parent, const char *objectName)
{
    W *w = parent.findChild<W *>(QLatin1String(objectName));
    REQUIRE(w != nullptr);
    return w;
}

} // namespace jy::test
