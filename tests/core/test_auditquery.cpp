#include <catch2/catch.hpp>

#include "testsupport.h"

#include "audit/auditlog.h"
#include "audit/auditquery.h"
#include "db/sql.h"
#include "residents/residentservice.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace jy;
using namespace jy::test;

namespace {

QJsonObject change(const QString &field, const QJsonValue &before, const QJsonValue &after)
{
    return QJsonObject{{field, QJsonArray{before, after}}};
}

// Moves an entry to a given local time (the chain is not what these tests look at).
void setTime(Database &db, qint64 id, const QDateTime &local)
{
    sql::exec(db.connection(), QStringLiteral("UPDATE audit_log SET at = ? WHERE id = ?"),
              {local.toUTC().toString(Qt::ISODateWithMs), id});
}

qint64 lastId(Database &db)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT MAX(id) FROM audit_log")).toLongLong();
}

int countOf(const AuditQuery &q, const AuditFilter &f)
{
    const Result<int> n = q.count(f);
    INFO(n.errorText().toStdString());
    REQUIRE(n.ok());
    return n.value();
}

} // namespace

TEST_CASE("the audit log is filtered by person, record, date and text", "[audit][auditquery]")
{
    TempDatabase db;
    const Session wang(QStringLiteral("王芳"), Role::Staff);
    const Session li(QStringLiteral("李强"), Role::Admin);
    const int before = AuditLog::count(*db);

    AuditLog::record(*db, wang, QStringLiteral("create"), QStringLiteral("resident"), 7,
                     AuditLog::diff({}, {{QStringLiteral("name"), QStringLiteral("张三")}, {QStringLiteral("phone"), QStringLiteral("13800000000")}}));
    setTime(*db, lastId(*db), QDateTime(QDate(2026, 3, 2), QTime(8, 30)));
    AuditLog::record(*db, wang, QStringLiteral("update"), QStringLiteral("resident"), 7,
                     change(QStringLiteral("name"), QStringLiteral("张三"), QStringLiteral("张珊")));
    setTime(*db, lastId(*db), QDateTime(QDate(2026, 3, 3), QTime(23, 59)));
    AuditLog::record(*db, li, QStringLiteral("update"), QStringLiteral("grid"), 2,
                     change(QStringLiteral("name"), QStringLiteral("一网格"), QStringLiteral("第一网格")));
    setTime(*db, lastId(*db), QDateTime(QDate(2026, 3, 4), QTime(0, 1)));
    AuditLog::record(*db, li, QStringLiteral("delete"), QStringLiteral("resident"), 9,
                     AuditLog::diff({{QStringLiteral("name"), QStringLiteral("李四")}}, {}));
    setTime(*db, lastId(*db), QDateTime(QDate(2026, 3, 10), QTime(12, 0)));

    const Session administrator = admin();
    const AuditQuery q(*db, administrator);
    AuditFilter f;
    CHECK(countOf(q, f) == before + 4);

    f.actor = QStringLiteral("王芳");
    CHECK(countOf(q, f) == 2);
    f = {};
    f.entity = QStringLiteral("resident");
    CHECK(countOf(q, f) == 3);
    f.entityId = 7;
    CHECK(countOf(q, f) == 2);
    f = {};
    f.from = QDate(2026, 3, 3); // local days, both ends inclusive, to the minute at midnight
    f.to = QDate(2026, 3, 3);
    REQUIRE(countOf(q, f) == 1);
    CHECK(q.page(f, 0, 10).value().constFirst().actor == QStringLiteral("王芳"));
    f.to = QDate(2026, 3, 4);
    CHECK(countOf(q, f) == 2);
    f = {};
    f.text = QStringLiteral("张珊");
    CHECK(countOf(q, f) == 1);
    f.text = QStringLiteral("50%_"); // LIKE's wildcards are taken literally
    CHECK(countOf(q, f) == 0);
    f.text = QStringLiteral("delete");
    CHECK(countOf(q, f) == 1);

    const Result<QStringList> actors = q.actors();
    REQUIRE(actors.ok());
    CHECK(actors.value().contains(QStringLiteral("王芳")));
    CHECK(actors.value().contains(QStringLiteral("李强")));
    CHECK(q.entities().value().contains(QStringLiteral("grid")));
}

TEST_CASE("only an administrator reads the audit log", "[audit][auditquery]")
{
    TempDatabase db;
    for (const Role role : kAllRoles) {
        const Session session(QStringLiteral("someone"), role);
        const AuditQuery q(*db, session);
        CAPTURE(Session::roleName(role));
        CHECK(session.can(Permission::ViewAuditLog) == (role == Role::Admin));
        CHECK(q.count({}).ok() == (role == Role::Admin));
        CHECK(q.page({}, 0, 10).ok() == (role == Role::Admin));
        CHECK(q.actors().ok() == (role == Role::Admin));
        CHECK(q.exportTo({}, db.dir.filePath(QStringLiteral("a.csv"))).ok() == (role == Role::Admin));
    }
}

TEST_CASE("audit pages follow one another by key, newest first, without gaps or repeats", "[audit][auditquery]")
{
    TempDatabase db;
    for (int i = 0; i < 450; ++i)
        AuditLog::record(*db, i % 3 ? admin() : viewer(), QStringLiteral("update"), QStringLiteral("resident"), i,
                         change(QStringLiteral("phone"), QString::number(i), QString::number(i + 1)));
    const Session administrator = admin();
    const AuditQuery q(*db, administrator);
    AuditFilter f;
    f.entity = QStringLiteral("resident");
    const int total = countOf(q, f);
    REQUIRE(total == 450);

    QSet<qint64> seen;
    qint64 last = 0;
    QList<int> sizes;
    for (;;) {
        const Result<QList<AuditEntry>> page = q.page(f, last, 200);
        REQUIRE(page.ok());
        if (page.value().isEmpty())
            break;
        sizes << int(page.value().size());
        for (const AuditEntry &e : page.value()) {
            CHECK((last == 0 || e.id < last));
            last = e.id;
            seen.insert(e.id);
        }
    }
    CHECK(sizes == QList<int>{200, 200, 50});
    CHECK(seen.size() == 450);

    // Filtered pages: the guest's entries only, by the actor index.
    f.actor = QStringLiteral("guest");
    CHECK(countOf(q, f) == 150);
    const QList<AuditEntry> first = q.page(f, 0, 100).value();
    REQUIRE(first.size() == 100);
    CHECK(q.page(f, first.constLast().id, 100).value().size() == 50);
    if (test::onPostgres())
        return; // the plan below is SQLite's
    QSqlQuery plan = sql::exec(db->connection(), QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE actor = ? "
                                                                "AND id < ? ORDER BY id DESC LIMIT 100"),
                               {QStringLiteral("guest"), 1000});
    QString steps;
    while (plan.next())
        steps += plan.value(3).toString() + QLatin1Char('\n');
    CHECK(steps.contains(QStringLiteral("audit_actor")));
    CHECK_FALSE(steps.contains(QStringLiteral("TEMP B-TREE")));
}

TEST_CASE("an audit entry reads as its fields before and after", "[audit][auditquery]")
{
    const QString update = QStringLiteral(R"({"name":["张三","张珊"],"phone":["13800000000",null]})");
    const QList<AuditFieldChange> c = AuditQuery::fieldChanges(update);
    REQUIRE(c.size() == 2);
    CHECK(c.at(0).field == QStringLiteral("name"));
    CHECK(c.at(0).before == QStringLiteral("张三"));
    CHECK(c.at(0).after == QStringLiteral("张珊"));
    CHECK(c.at(1).hasBefore);
    CHECK_FALSE(c.at(1).hasAfter);
    CHECK(AuditQuery::summary(update) == QStringLiteral("name: 张三 → 张珊; phone: 13800000000 → —"));
    // One field and how many more (the words are translated).
    CHECK(AuditQuery::summary(update, 1).startsWith(QStringLiteral("name: 张三 → 张珊")));
    CHECK_FALSE(AuditQuery::summary(update, 1).contains(QStringLiteral("phone")));
    CHECK(AuditQuery::summary(update, 1).contains(QLatin1Char('1')));

    // A created record has no before; an entry of another shape shows its values.
    const QList<AuditFieldChange> created = AuditQuery::fieldChanges(QStringLiteral(R"({"name":[null,"李四"]})"));
    REQUIRE(created.size() == 1);
    CHECK_FALSE(created.at(0).hasBefore);
    CHECK(AuditQuery::summary(QStringLiteral(R"({"name":[null,"李四"]})")) == QStringLiteral("name: 李四"));
    const QList<AuditFieldChange> counts = AuditQuery::fieldChanges(QStringLiteral(R"({"imported":120,"file":"roster.xlsx"})"));
    REQUIRE(counts.size() == 2);
    CHECK(counts.at(1).field == QStringLiteral("imported"));
    CHECK(counts.at(1).after == QStringLiteral("120"));
    CHECK(AuditQuery::fieldChanges(QStringLiteral("not json")).constFirst().after == QStringLiteral("not json"));
}

TEST_CASE("the filtered audit list is exported to a spreadsheet", "[audit][auditquery]")
{
    TempDatabase db;
    for (int i = 0; i < 5; ++i)
        AuditLog::record(*db, i < 2 ? viewer() : admin(), QStringLiteral("update"), QStringLiteral("resident"), i,
                         change(QStringLiteral("name"), QStringLiteral("甲%1").arg(i), QStringLiteral("乙%1").arg(i)));
    const Session administrator = admin();
    const AuditQuery q(*db, administrator);
    AuditFilter f;
    f.actor = QStringLiteral("guest");
    const QString csv = db.dir.filePath(QStringLiteral("audit.csv"));
    const Result<int> written = q.exportTo(f, csv);
    REQUIRE(written.ok());
    CHECK(written.value() == 2);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("name: 甲1 → 乙1")));
    CHECK(text.contains(QStringLiteral("guest")));
    CHECK_FALSE(text.contains(QStringLiteral("甲3")));

    const QString xlsx = db.dir.filePath(QStringLiteral("audit.xlsx"));
    REQUIRE(q.exportTo({}, xlsx).ok());
    CHECK(QFileInfo(xlsx).size() > 0);
    CHECK_FALSE(q.exportTo({}, db.dir.filePath(QStringLiteral("audit.txt"))).ok());
}

TEST_CASE("a chain check and an audit export can be stopped, and say so", "[audit][auditquery]")
{
    TempDatabase db;
    for (int i = 0; i < 12000; ++i)
        AuditLog::record(*db, admin(), QStringLiteral("update"), QStringLiteral("resident"), i,
                         change(QStringLiteral("phone"), QString::number(i), QString::number(i + 1)));
    const int total = AuditLog::count(*db);

    // Run to the end: progress climbs to the total, nothing broken, not cancelled.
    QList<int> seen;
    const AuditLog::ChainCheck whole = AuditLog::checkChain(*db, [&](int checked, int of) {
        CHECK(of == total);
        seen << checked;
        return true;
    });
    CHECK_FALSE(whole.cancelled);
    CHECK_FALSE(whole.broken);
    CHECK(whole.checked == total);
    REQUIRE(seen.size() >= 3);
    CHECK(seen.first() == 0);
    CHECK(seen.last() == total);
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));

    // Stopped after the first report past zero: cancelled, part of the log checked.
    const AuditLog::ChainCheck stopped = AuditLog::checkChain(*db, [](int checked, int) { return checked == 0; });
    CHECK(stopped.cancelled);
    CHECK_FALSE(stopped.broken);
    CHECK(stopped.checked > 0);
    CHECK(stopped.checked < total);

    // A stopped export leaves no file behind and names the field "cancelled".
    const Session administrator = admin();
    const AuditQuery q(*db, administrator);
    for (const char *name : {"stopped.xlsx", "stopped.csv"}) {
        const QString path = db.dir.filePath(QString::fromLatin1(name));
        const Result<int> cancelled = q.exportTo({}, path, [](int done, int) { return done < 2000; });
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.errors().first().field == QStringLiteral("cancelled"));
        CHECK_FALSE(QFileInfo::exists(path));
        int last = -1;
        const Result<int> written = q.exportTo({}, path, [&](int done, int of) {
            CHECK(of == total);
            last = done;
            return true;
        });
        REQUIRE(written.ok());
        CHECK(written.value() == total);
        CHECK(last == total);
        CHECK(QFileInfo::exists(path));
    }
}
