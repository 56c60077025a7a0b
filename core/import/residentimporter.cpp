#include "import/residentimporter.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "db/deferredchecks.h"
#include "db/deferredforeignkeys.h"
#include "db/deferredindexes.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "import/placeresolver.h"
#include "residents/residentbulkwriter.h"
#include "residents/residentstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <optional>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::ResidentImporter", text); }

struct Cancelled {};

// A first import into an empty or small roster takes the bulk path: checks deferred to the end,
// the roster's indexes built once at the end.
constexpr size_t kBulkRows = 10000;

// Every table a bulk import writes, for the checks deferred to its end.
QStringList writtenTables()
{
    return {QStringLiteral("resident"), QStringLiteral("resident_tag"), QStringLiteral("household"),
            QStringLiteral("community"), QStringLiteral("estate"), QStringLiteral("building"),
            QStringLiteral("unit"), QStringLiteral("dwelling"), QStringLiteral("grid"),
            QStringLiteral("grid_building")};
}

bool smallRoster(QSqlDatabase conn, qint64 incoming)
{
    return sql::scalar(conn, QStringLiteral("SELECT count(*) FROM resident")).toLongLong() < incoming;
}

// The dwelling a row names, within its community: a household key built without joining strings.
struct DwellingKey
{
    qint64 community;
    QString estate, building, unit, room;
    friend bool operator==(const DwellingKey &a, const DwellingKey &b)
    {
        return a.community == b.community && a.room == b.room && a.building == b.building && a.unit == b.unit
            && a.estate == b.estate;
    }
};
size_t qHash(const DwellingKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.community, k.estate, k.building, k.unit, k.room);
}
} // namespace

enum class Action { Insert, Update, Skip, Reject };

struct ResidentImporter::Plan
{
    struct Group
    {
        bool byNumber = false;     // formed by the household-number column, not by the dwelling
        std::vector<size_t> rows;
        int newHeads = 0;
        qint64 anchor = 0;         // an existing household the new members join
        qint64 householdId = 0;    // set while writing
        ResolvedPlace place;
        bool placed = false;
    };
    std::unique_ptr<PlaceResolver> places;
    std::vector<Action> action;
    std::vector<qint64> existing;   // the database resident a duplicate row names
    std::vector<qint64> community;
    std::vector<int> group;         // index into groups, -1: no household
    std::vector<Group> groups;
};

ResidentImporter::ResidentImporter(Database &db, const Session &session, ImportOptions options)
    : mDb(db), mSession(session), mOptions(std::move(options))
{
    mReport.dryRun = mOptions.dryRun;
}

ResidentImporter::~ResidentImporter() = default;

Status ResidentImporter::begin(const QStringList &headers, const QHash<int, QString> &fieldByColumn)
{
    if (!mSession.can(Permission::ImportData))
        return Status::fail(QString(), tr("Your role (%1) may not import data.").arg(Session::roleName(mSession.role())));
    if (mOptions.updateExisting && !mSession.can(Permission::EditResidents))
        return Status::fail(QString(), tr("Your role (%1) may not change residents.").arg(Session::roleName(mSession.role())));
    const QList<QString> fields = fieldByColumn.values();
    if (!fields.contains(QStringLiteral("name")))
        return Status::fail(QStringLiteral("name"), tr("No column holds the names (姓名)."));
    if (!fields.contains(QStringLiteral("id_number")) && !fields.contains(QStringLiteral("birth_date")))
        return Status::fail(QStringLiteral("id_number"), tr("No column holds ID numbers (身份证号) or birth dates (出生日期)."));
    QSet<QString> tags;
    QSqlQuery q = sql::exec(mDb.connection(), QStringLiteral("SELECT name FROM tag"));
    while (q.next())
        tags.insert(q.value(0).toString());
    mHeaders = headers;
    mParser = std::make_unique<RowParser>(fieldByColumn, tags);
    return success();
}

QString ResidentImporter::intern(const QString &text)
{
    if (text.isEmpty())
        return text;
    const auto it = mInterned.constFind(text);
    if (it != mInterned.cend())
        return *it;
    mInterned.insert(text);
    return text;
}

void ResidentImporter::addRow(int sheetRow, const QStringList &cells)
{
    ImportRow row = mParser->parse(sheetRow, cells);
    if (row.kind == ImportRow::Kind::Blank) {
        ++mReport.skippedBlank;
        return;
    }
    if (row.kind == ImportRow::Kind::Footer) {
        ++mReport.skippedFooter;
        return;
    }
    // A street's roster repeats the same few community, estate and grid names 200,000 times.
    row.community = intern(row.community);
    row.grid = intern(row.grid);
    row.address.estate = intern(row.address.estate);
    row.resident.ethnicity = intern(row.resident.ethnicity);
    row.address.building = intern(row.address.building);
    row.address.unit = intern(row.address.unit);
    row.address.room = intern(row.address.room);
    row.resident.birthplaceCode = intern(row.resident.birthplaceCode);
    quint32 keys = 0;
    if (row.ok() && !mOptions.dryRun) {
        // Pinyin once per distinct name: a street's roster has about two people per name.
        const auto known = mNameKeysIndex.constFind(row.resident.name);
        if (known != mNameKeysIndex.cend()) {
            keys = *known;
        } else {
            const SearchKeys computed = SearchKeys::compute(row.resident.name, QString(), QString());
            keys = quint32(mNameKeys.size());
            mNameKeys.push_back({computed.pinyin, computed.initials, computed.sortKey, SearchKeys::nameTokens(row.resident.name)});
            mNameKeysIndex.insert(row.resident.name, keys);
        }
    }
    mNameKeysOf.push_back(keys);
    mRows.push_back(std::move(row));
    ++mReport.read;
}

void ResidentImporter::reject(size_t index, const QString &field, const QString &message)
{
    mRows[index].errors.append({field, message});
}

QList<RejectedRow> ResidentImporter::rejectedRows() const
{
    QList<RejectedRow> out;
    for (size_t i = 0; i < mRows.size(); ++i) {
        if (!mRows[i].ok())
            out.append({mRows[i].sheetRow, {}, mRows[i].reason()});
    }
    return out;
}

Result<ImportReport> ResidentImporter::finish(const std::function<bool(int, int)> &progress)
{
    if (!mParser)
        return Result<ImportReport>::fail(QString(), tr("The import was not started."));
    Plan plan;
    try {
        // Outlives the transaction: SQLite turns foreign keys on and off only outside one.
        std::optional<DeferredForeignKeys> foreignKeys;
        if (!mOptions.dryRun && mRows.size() > kBulkRows && smallRoster(mDb.connection(), qint64(mRows.size())))
            foreignKeys.emplace(mDb);
        Transaction tx(mDb);
        plan.places = std::make_unique<PlaceResolver>(mDb, mOptions.dryRun);
        this->plan(plan);
        write(plan, progress, foreignKeys ? &*foreignKeys : nullptr);
        if (!mOptions.dryRun)
            tx.commit();
    } catch (const Cancelled &) {
        ImportReport cancelled = mReport;
        cancelled.cancelled = true;
        cancelled.imported = cancelled.updated = 0;
        return cancelled;
    }
    for (size_t i = 0; i < mRows.size(); ++i) {
        if (!mRows[i].ok()) {
            ++mReport.rejected;
            mReport.problems.append({mRows[i].sheetRow, mRows[i].errors.first().field, mRows[i].reason()});
        }
    }
    return mReport;
}

void ResidentImporter::plan(Plan &plan)
{
    QSqlDatabase conn = mDb.connection();
    const size_t n = mRows.size();
    plan.action.assign(n, Action::Insert);
    plan.existing.assign(n, 0);
    plan.community.assign(n, 0);
    plan.group.assign(n, -1);

    // Who is already there: by ID number from one scan, people without one by name and birth date.
    QHash<QString, qint64> existingById;
    QHash<qint64, qint64> householdOf;
    if (sql::scalar(conn, QStringLiteral("SELECT EXISTS (SELECT 1 FROM resident)")).toBool()) {
        QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT id_number, id, household_id FROM resident WHERE id_number IS NOT NULL"));
        while (q.next()) {
            existingById.insert(q.value(0).toString(), q.value(1).toLongLong());
            householdOf.insert(q.value(1).toLongLong(), q.value(2).toLongLong());
        }
    }
    QSqlQuery byNameBirth = sql::prepare(conn, QStringLiteral(
        "SELECT id, household_id FROM resident WHERE birth_date = ? AND name = ? AND id_number IS NULL LIMIT 1"));

    QHash<QString, size_t> firstSeen;           // ID number, or name + birth date → row index
    QHash<PlaceKey, int> groupOfNumber;         // household-number groups, by (community, number)
    QHash<DwellingKey, int> currentGroupAt;     // dwelling groups: the latest one at each address
    for (size_t i = 0; i < n; ++i) {
        ImportRow &row = mRows[i];
        if (!row.ok()) {
            plan.action[i] = Action::Reject;
            continue;
        }
        const Resident &r = row.resident;
        const QString personKey = r.idNumber.isEmpty()
            ? r.name + QLatin1Char('|') + r.birthDate.toString(Qt::ISODate) : r.idNumber;
        if (const auto seen = firstSeen.constFind(personKey); seen != firstSeen.cend()) {
            ++mReport.duplicates;
            plan.action[i] = Action::Reject;
            reject(i, r.idNumber.isEmpty() ? QStringLiteral("name") : QStringLiteral("id_number"),
                   r.idNumber.isEmpty() ? tr("Row %1 has the same name and birth date: the same person twice?").arg(mRows[*seen].sheetRow)
                                        : tr("Row %1 has the same ID number.").arg(mRows[*seen].sheetRow));
            continue;
        }
        firstSeen.insert(personKey, i);

        QString why;
        const qint64 communityId = plan.places->community(row.community, mOptions.communityId, &why);
        if (!communityId) {
            plan.action[i] = Action::Reject;
            reject(i, QStringLiteral("community"), why);
            continue;
        }
        plan.community[i] = communityId;

        qint64 existing = 0, existingHousehold = 0;
        if (!r.idNumber.isEmpty()) {
            existing = existingById.value(r.idNumber);
            existingHousehold = householdOf.value(existing);
        } else {
            byNameBirth.addBindValue(r.birthDate.toString(Qt::ISODate));
            byNameBirth.addBindValue(r.name);
            sql::exec(byNameBirth);
            if (byNameBirth.next()) {
                existing = byNameBirth.value(0).toLongLong();
                existingHousehold = byNameBirth.value(1).toLongLong();
            }
            byNameBirth.finish();
        }
        if (existing) {
            ++mReport.duplicates;
            plan.action[i] = mOptions.updateExisting ? Action::Update : Action::Skip;
            plan.existing[i] = existing;
        }

        // Households: by household number, else by the people sharing a dwelling, where each
        // head listed starts the next household there (two families in one flat).
        int g = -1;
        const bool newHead = plan.action[i] == Action::Insert && r.relation == relation::Head;
        if (!row.householdNo.isEmpty()) {
            const PlaceKey key{communityId, row.householdNo};
            g = groupOfNumber.value(key, -1);
            if (g < 0) {
                g = int(plan.groups.size());
                plan.groups.emplace_back();
                plan.groups.back().byNumber = true;
                groupOfNumber.insert(key, g);
            }
        } else if (!row.address.room.isEmpty()) {
            const AddressParts &a = row.address;
            const DwellingKey key{communityId, a.estate, a.building, a.unit, a.room};
            g = currentGroupAt.value(key, -1);
            if (g < 0 || (newHead && plan.groups[size_t(g)].newHeads > 0)) {
                g = int(plan.groups.size());
                plan.groups.emplace_back();
                currentGroupAt.insert(key, g);
            }
        }
        if (g >= 0) {
            Plan::Group &group = plan.groups[size_t(g)];
            group.rows.push_back(i);
            group.newHeads += newHead ? 1 : 0;
            if (existingHousehold && !group.anchor)
                group.anchor = existingHousehold;
            plan.group[i] = g;
        }
    }

    // Existing households the groups continue: by household code, or the one at the dwelling.
    QHash<QString, qint64> householdByCode;
    QHash<qint64, QList<qint64>> householdsAt;
    {
        QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT id, code, dwelling_id FROM household"));
        while (q.next()) {
            if (!q.value(1).isNull())
                householdByCode.insert(q.value(1).toString(), q.value(0).toLongLong());
            if (!q.value(2).isNull())
                householdsAt[q.value(2).toLongLong()].append(q.value(0).toLongLong());
        }
    }
    QSqlQuery headOf = sql::prepare(conn, QStringLiteral("SELECT name FROM resident WHERE household_id = ? AND relation = 'head'"));
    const bool relationsGiven = mParser->maps(QStringLiteral("relation"));
    bool headsAssumed = false;
    for (Plan::Group &group : plan.groups) {
        std::vector<size_t> inserts;
        for (size_t i : group.rows) {
            if (plan.action[i] == Action::Insert)
                inserts.push_back(i);
        }
        if (inserts.empty())
            continue;
        const ImportRow &first = mRows[group.rows.front()];
        if (!group.anchor && group.byNumber)
            group.anchor = householdByCode.value(first.householdNo);
        if (!group.anchor && !group.byNumber && group.newHeads == 0) {
            const qint64 dwelling = plan.places->existingDwelling(plan.community[group.rows.front()], first.address);
            const QList<qint64> there = householdsAt.value(dwelling);
            if (there.size() == 1) {
                group.anchor = there.first();
            } else if (there.size() > 1) {
                for (size_t i : inserts) {
                    plan.action[i] = Action::Reject;
                    reject(i, QStringLiteral("relation"), tr("Several households live at this address: give the household "
                                                              "number (户号) or mark who is the head (户主)."));
                }
                continue;
            }
        }
        QString anchorHead;
        if (group.anchor) {
            headOf.addBindValue(group.anchor);
            sql::exec(headOf);
            anchorHead = headOf.next() ? headOf.value(0).toString() : QString();
            headOf.finish();
        }
        bool headTaken = !anchorHead.isEmpty();
        size_t headRow = 0;
        for (size_t i : inserts) {
            if (mRows[i].resident.relation != relation::Head)
                continue;
            if (!headTaken) {
                headTaken = true;
                headRow = i;
                continue;
            }
            plan.action[i] = Action::Reject;
            reject(i, QStringLiteral("relation"),
                   anchorHead.isEmpty() ? tr("Row %1 is already the head of this household.").arg(mRows[headRow].sheetRow)
                                        : tr("This household already has a head: %1.").arg(anchorHead));
        }
        if (!headTaken && !group.anchor) {
            if (relationsGiven) {
                for (size_t i : inserts) {
                    plan.action[i] = Action::Reject;
                    reject(i, QStringLiteral("relation"), tr("This household has no head: mark one person as 户主 in the "
                                                              "relationship column."));
                }
            } else {
                mRows[inserts.front()].resident.relation = relation::Head;
                headsAssumed = true;
            }
        }
    }
    if (headsAssumed)
        mReport.warnings << tr("The sheet has no relationship column: the first person listed in each household is "
                               "recorded as its head.");
}

void ResidentImporter::write(Plan &plan, const std::function<bool(int, int)> &progress, DeferredForeignKeys *foreignKeys)
{
    QSqlDatabase conn = mDb.connection();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    std::unique_ptr<ResidentBulkWriter> writer;
    if (!mOptions.dryRun)
        writer = std::make_unique<ResidentBulkWriter>(mDb, stamp);
    ResidentStore store(mDb);
    QSqlQuery placeOf = sql::prepare(conn, QStringLiteral(
        "SELECT u.building_id, e.community_id FROM household h JOIN dwelling d ON d.id = h.dwelling_id "
        "JOIN unit u ON u.id = d.unit_id JOIN building b ON b.id = u.building_id JOIN estate e ON e.id = b.estate_id "
        "WHERE h.id = ?"));

    int total = 0, inserts = 0, updates = 0;
    for (Action a : plan.action) {
        total += (a == Action::Insert || a == Action::Update) ? 1 : 0;
        inserts += a == Action::Insert ? 1 : 0;
        updates += a == Action::Update ? 1 : 0;
    }
    // A first import into an empty or small roster: build the indexes once at the end, and check
    // the CHECK constraints once at the end (updates write the audit log too: not then).
    std::optional<DeferredChecks> checks;
    std::optional<DeferredIndexes> deferred;
    if (writer && size_t(inserts) > kBulkRows && smallRoster(conn, inserts)) {
        if (updates == 0)
            checks.emplace(mDb);
        deferred.emplace(mDb, QStringLiteral("resident"));
    }
    int done = 0;
    qint64 firstId = 0, lastId = 0;
    const auto step = [&] {
        ++done;
        if (progress && (done % 500 == 0 || done == total) && !progress(done, total))
            throw Cancelled{};
    };
    if (progress && !progress(0, total))
        throw Cancelled{};

    for (size_t i = 0; i < mRows.size(); ++i) {
        const ImportRow &row = mRows[i];
        if (plan.action[i] == Action::Skip) {
            ++mReport.skippedDuplicates;
            continue;
        }
        if (plan.action[i] == Action::Update) {
            std::optional<Resident> before = store.find(plan.existing[i]);
            Resident after = *before;
            const Resident &given = row.resident;
            after.name = given.name;
            if (!given.phone.isEmpty())
                after.phone = given.phone;
            if (mParser->maps(QStringLiteral("residence_type")))
                after.residenceType = given.residenceType;
            if (!given.ethnicity.isEmpty())
                after.ethnicity = given.ethnicity;
            if (!given.notes.isEmpty())
                after.notes = given.notes;
            if (!given.tags.isEmpty())
                after.tags = given.tags;
            const QJsonObject changes = AuditLog::diff(before->toMap(), after.toMap());
            if (changes.isEmpty()) {
                ++mReport.skippedDuplicates;
            } else {
                ++mReport.updated;
                if (!mOptions.dryRun) {
                    store.update(after);
                    AuditLog::record(mDb, mSession, QStringLiteral("update"), QStringLiteral("resident"), after.id, changes);
                }
            }
            step();
            continue;
        }
        if (plan.action[i] != Action::Insert)
            continue;

        Resident r = row.resident;
        ResolvedPlace place;
        if (plan.group[i] >= 0) {
            Plan::Group &group = plan.groups[size_t(plan.group[i])];
            if (!group.placed) {
                group.placed = true;
                if (group.anchor) {
                    group.householdId = group.anchor;
                    placeOf.addBindValue(group.anchor);
                    sql::exec(placeOf);
                    if (placeOf.next())
                        group.place = {placeOf.value(1).toLongLong(), placeOf.value(0).toLongLong(), 0};
                    else
                        group.place.communityId = plan.community[i];
                    placeOf.finish();
                } else {
                    // The household lives where its first member with an address says.
                    size_t located = group.rows.front();
                    for (size_t j : group.rows) {
                        if (mRows[j].address.hasBuilding()) {
                            located = j;
                            break;
                        }
                    }
                    group.place = plan.places->resolve(plan.community[located], mRows[located].address, mRows[located].grid);
                    group.householdId = writer ? writer->insertHousehold(group.place.dwellingId > 0 ? group.place.dwellingId : 0,
                                                                         mRows[located].householdNo)
                                               : -1;
                    ++mReport.newHouseholds;
                }
            }
            place = group.place;
            r.householdId = group.householdId;
        } else {
            place = plan.places->resolve(plan.community[i], row.address, row.grid);
            r.householdId = 0;
        }
        if (writer) {
            const NameKeys &named = mNameKeys.at(mNameKeysOf[i]);
            SearchKeys keys;
            keys.pinyin = named.pinyin;
            keys.initials = named.initials;
            keys.sortKey = named.sortKey;
            keys.idReversed = SearchKeys::reversed(r.idNumber);
            keys.phoneReversed = SearchKeys::reversed(r.phone);
            lastId = writer->insert(r, keys, named.tokens, place.buildingId, place.communityId);
            if (!firstId)
                firstId = lastId;
        }
        ++mReport.imported;
        step();
    }
    mReport.newPlaces = plan.places->created();
    // Every table written since the checks were turned off, before the resident indexes are
    // back (quick_check walks the indexes too).
    if (checks)
        checks->verify(writtenTables());
    if (foreignKeys)
        foreignKeys->verify(writtenTables());
    if (deferred)
        deferred->rebuild();

    if (!mOptions.dryRun && (mReport.imported || mReport.updated)) {
        AuditLog::record(mDb, mSession, QStringLiteral("import"), QStringLiteral("resident"), 0,
                         QJsonObject{{QStringLiteral("source"), mOptions.source},
                                     {QStringLiteral("imported"), mReport.imported},
                                     {QStringLiteral("updated"), mReport.updated},
                                     {QStringLiteral("first_id"), firstId},
                                     {QStringLiteral("last_id"), lastId},
                                     {QStringLiteral("new_households"), mReport.newHouseholds}});
    }
}

} // namespace jy
