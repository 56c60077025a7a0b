#pragma once
#include "accounts/session.h"
#include "db/database.h"

#include <QTemporaryDir>
#include <memory>

namespace jy::test {

// A fresh SQLite database in its own temporary folder, removed with the object.
struct TempDatabase
{
    explicit TempDatabase(int targetVersion = -1);
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    Database &operator*() { return *db; }
    Database *operator->() { return db.get(); }
    void reopen(int targetVersion = -1);

    QTemporaryDir dir;
    std::unique_ptr<Database> db;
};

// Street → community → estate → building "3" → unit "2" → dwelling "401" and a household in it.
struct SmallPlace
{
    qint64 streetId = 0, communityId = 0, estateId = 0, buildingId = 0, unitId = 0, dwellingId = 0, householdId = 0;
    static SmallPlace create(Database &db, const QString &communityCode = QStringLiteral("210211014001"));
};

Session admin();
Session viewer();

} // namespace jy::test
