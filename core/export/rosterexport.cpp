#include "export/rosterexport.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "export/tablewriter.h"
#include "idnumber/idnumber.h"
#include "residents/phonenumber.h"
#include "residents/residentcodes.h"
#include "residents/rosterquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <filesystem>

namespace jy {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("jy::RosterExport", text); }

const QString CancelledField = QStringLiteral("cancelled");
constexpr int ProgressStep = 1000;

// A file beside the target, under a name nobody else uses; removed unless moved into place.
class PartFile
{
public:
    explicit PartFile(const QFileInfo &target)
    {
        for (int attempt = 0; attempt < 8 && mPath.isEmpty(); ++attempt) {
            const QString name = QStringLiteral(".%1.%2.part").arg(target.fileName())
                                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
            QFile file(target.dir().filePath(name));
            // NewOnly: never an existing file; and unlike QTemporaryFile, the usual permissions.
            if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                mPath = file.fileName();
            else if (!file.exists())
                mError = file.errorString();
        }
    }
    ~PartFile()
    {
        if (!mPath.isEmpty())
            QFile::remove(mPath);
    }
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    const QString &path() const { return mPath; }
    const QString &error() const { return mError; }

    // Replaces the target in one step (rename), so readers see the old file or the whole new one.
    bool moveTo(const QString &target, QString *error)
    {
        std::error_code code;
        std::filesystem::rename(QFileInfo(mPath).filesystemAbsoluteFilePath(), QFileInfo(target).filesystemAbsoluteFilePath(), code);
        if (code) {
            *error = QString::fromStdString(code.message());
            return false;
        }
        mPath.clear();
        return true;
    }

private:
    QString mPath;
    QString mError;
};

// Building id → its grid names, "第1网格、第2网格": a few thousand rows at most, read once.
QHash<qint64, QString> gridNamesByBuilding(Database &db)
{
    QHash<qint64, QString> names;
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral(
        "SELECT gb.building_id, g.name FROM grid_building gb JOIN grid g ON g.id = gb.grid_id ORDER BY g.code, g.id"));
    while (q.next()) {
        QString &list = names[q.value(0).toLongLong()];
        if (!list.isEmpty())
            list += QStringLiteral("、");
        list += q.value(1).toString();
    }
    return names;
}

QString tagListExpression(Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL)
        return QStringLiteral("(SELECT string_agg(t.name, '、' ORDER BY t.id) FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id "
                              "WHERE rt.resident_id = r.id)");
    // SQLite before 3.44 has no ORDER BY inside group_concat; it follows the subquery's order.
    return QStringLiteral("(SELECT group_concat(name, '、') FROM (SELECT t.name FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id "
                          "WHERE rt.resident_id = r.id ORDER BY t.id))");
}

// What the audit entry needs to tell which rows left the building.
QJsonObject describe(const RosterFilter &filter)
{
    QJsonObject out;
    if (filter.communityId)
        out.insert(QStringLiteral("community_id"), filter.communityId);
    if (filter.gridId)
        out.insert(QStringLiteral("grid_id"), filter.gridId);
    if (filter.buildingId)
        out.insert(QStringLiteral("building_id"), filter.buildingId);
    if (filter.householdId)
        out.insert(QStringLiteral("household_id"), filter.householdId);
    if (!filter.residenceType.isEmpty())
        out.insert(QStringLiteral("residence_type"), filter.residenceType);
    if (!filter.tagIds.isEmpty()) {
        QJsonArray tags;
        for (qint64 id : filter.tagIds)
            tags.append(id);
        out.insert(QStringLiteral("tag_ids"), tags);
    }
    if (filter.minAge >= 0)
        out.insert(QStringLiteral("min_age"), filter.minAge);
    if (filter.maxAge >= 0)
        out.insert(QStringLiteral("max_age"), filter.maxAge);
    return out;
}

} // namespace

RosterExport::RosterExport(Database &db, const Session &session)
    : mDb(db)
    , mSession(session)
{
}

bool RosterExport::cancelled(const Result<int> &result)
{
    return !result.ok() && !result.errors().isEmpty() && result.errors().constFirst().field == CancelledField;
}

QStringList RosterExport::headers()
{
    // Roster data conventions the importer matches (HeaderMatcher::fields), not interface text.
    return {QStringLiteral("姓名"), QStringLiteral("性别"), QStringLiteral("身份证号"), QStringLiteral("出生日期"),
            QStringLiteral("民族"), QStringLiteral("联系电话"), QStringLiteral("人口类别"), QStringLiteral("与户主关系"),
            QStringLiteral("户号"), QStringLiteral("社区"), QStringLiteral("网格"), QStringLiteral("小区"),
            QStringLiteral("楼栋"), QStringLiteral("单元"), QStringLiteral("房号"), QStringLiteral("标签"),
            QStringLiteral("备注")};
}

Result<int> RosterExport::run(const RosterFilter &input, const QString &path, bool unmasked, const Progress &progress) const
{
    const RosterQuery query(mDb, mSession);
    const RosterFilter filter = query.scoped(input);
    if (!mSession.can(Permission::ViewResidents))
        return Result<int>::fail(QString(), tr("Your role may not see the roster."));
    if (unmasked && !mSession.can(Permission::ViewPersonalData))
        return Result<int>::fail(QStringLiteral("unmasked"),
                                 tr("Your role may not export full ID numbers and phone numbers. Export them masked instead."));
    const std::optional<TableWriter::Format> format = TableWriter::formatFor(path);
    if (!format)
        return Result<int>::fail(QStringLiteral("path"), tr("Choose a file name ending in .xlsx or .csv."));
    const QFileInfo target(path);
    const QString shownPath = QDir::toNativeSeparators(target.absoluteFilePath());
    if (!target.absoluteDir().exists())
        return Result<int>::fail(QStringLiteral("path"),
                                 tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return Result<int>::fail(QStringLiteral("path"), tr("%1 is a folder, not a file.").arg(shownPath));
    PartFile part(target);
    if (part.path().isEmpty())
        return Result<int>::fail(QStringLiteral("path"), tr("Cannot write in the folder %1: %2")
                                                             .arg(QDir::toNativeSeparators(target.absolutePath()), part.error()));

    const int total = query.count(filter);
    QSqlDatabase conn = mDb.connection();
    QString community = tr("All communities");
    if (filter.communityId) {
        const QVariant name = sql::scalar(conn, QStringLiteral("SELECT name FROM community WHERE id = ?"), {filter.communityId});
        if (name.isValid())
            community = name.toString();
    }
    const QHash<qint64, QString> grids = gridNamesByBuilding(mDb);

    std::unique_ptr<TableWriter> writer = TableWriter::create(*format, part.path());
    writer->setTitle(tr("%1 residents roster (exported %2)").arg(community, QDate::currentDate().toString(Qt::ISODate)));
    writer->setHeader(headers(), {10, 6, 21, 12, 8, 15, 10, 11, 12, 14, 12, 16, 6, 6, 8, 20, 30});

    QVariantList values;
    const QString where = RosterQuery::whereClause(filter, values, mDb.dialect() == Dialect::SQLite);
    // One forward-only pass (sql::exec prepares forward-only) instead of pages: no OFFSET
    // rescans, and only the current row in memory.
    QSqlQuery q = sql::exec(conn,
        QStringLiteral("SELECT r.name, r.sex, r.id_number, r.birth_date, r.ethnicity, r.phone, r.residence_type, r.relation, "
                       "h.id, h.code, c.name, COALESCE(r.building_id, b.id), e.name, b.number, u.number, d.room, %1, r.notes "
                       "FROM resident r "
                       "LEFT JOIN community c ON c.id = r.community_id "
                       "LEFT JOIN household h ON h.id = r.household_id LEFT JOIN dwelling d ON d.id = h.dwelling_id "
                       "LEFT JOIN unit u ON u.id = d.unit_id LEFT JOIN building b ON b.id = u.building_id "
                       "LEFT JOIN estate e ON e.id = b.estate_id%2 ORDER BY r.sort_key, r.id")
            .arg(tagListExpression(mDb.dialect()), where),
        values);

    const Result<int> cancel = Result<int>::fail(CancelledField, tr("Export cancelled."));
    if (progress && !progress(0, total))
        return cancel;
    int done = 0;
    while (q.next()) {
        const QString idNumber = q.value(2).toString();
        const QString phone = q.value(5).toString();
        const QDate birth = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const QString householdNo = q.value(9).toString().isEmpty() && !q.value(8).isNull() ? q.value(8).toString()
                                                                                            : q.value(9).toString();
        writer->addRow({
            q.value(0).toString(),
            ResidentCodes::sexRosterText(q.value(1).toString()),
            unmasked ? idNumber : IdNumber::mask(idNumber),
            birth.isValid() ? QVariant(birth) : QVariant(),
            q.value(4).toString(),
            unmasked ? phone : PhoneNumber::mask(phone),
            ResidentCodes::residenceTypeRosterText(q.value(6).toString()),
            ResidentCodes::relationRosterText(q.value(7).toString()),
            householdNo,
            q.value(10).toString(),
            grids.value(q.value(11).toLongLong()),
            q.value(12).toString(),
            q.value(13).toString(),
            q.value(14).toString(),
            q.value(15).toString(),
            q.value(16).toString(),
            q.value(17).toString(),
        });
        ++done;
        if (progress && done % ProgressStep == 0 && !progress(done, total))
            return cancel;
    }
    q.finish();
    if (progress && !progress(done, total))
        return cancel;

    const Status closed = writer->close();
    if (!closed.ok()) {
        QString message = closed.errorText();
        message.replace(part.path(), shownPath); // the user knows the file by its real name
        return Result<int>::fail(QStringLiteral("path"), message);
    }

    const auto moveIntoPlace = [&]() -> std::optional<Result<int>> {
        QString why;
        if (part.moveTo(target.absoluteFilePath(), &why))
            return std::nullopt;
        return Result<int>::fail(QStringLiteral("path"), tr("Could not save %1: %2. If it is open in another program, "
                                                            "close it and try again.").arg(shownPath, why));
    };
    if (!unmasked) {
        if (auto failed = moveIntoPlace())
            return *failed;
        return done;
    }
    // Full personal data left the database: the file exists only if the audit entry does.
    Transaction tx(mDb);
    AuditLog::record(mDb, mSession, QStringLiteral("export_unmasked"), QStringLiteral("resident"), 0,
                     {{QStringLiteral("count"), done},
                      {QStringLiteral("path"), shownPath},
                      {QStringLiteral("filter"), filter.text},
                      {QStringLiteral("conditions"), describe(filter)}});
    if (auto failed = moveIntoPlace())
        return *failed;
    try {
        tx.commit();
    } catch (const DbError &) {
        QFile::remove(target.absoluteFilePath());
        throw;
    }
    return done;
}

} // namespace jy
