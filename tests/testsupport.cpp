#include "testsupport.h"
#include "db/sql.h"
#include "places/placestore.h"
#include "residents/residentservice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace jy::test {

TempDatabase::TempDatabase(int targetVersion)
{
    db = Database::openSqlite(path(), Database::OpenMode::CreateIfMissing, targetVersion);
}

void TempDatabase::reopen(int targetVersion)
{
    db.reset();
    db = Database::openSqlite(path(), Database::OpenMode::MustExist, targetVersion);
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
