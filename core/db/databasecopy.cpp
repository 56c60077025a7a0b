#include "db/databasecopy.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlRecord>
#include <algorithm>

namespace jy {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("jy::DatabaseCopy", text); }

const QString kMigratedFrom = QStringLiteral("migrated_from");

// Tables that belong to one engine or to the schema's own bookkeeping.
bool copied(const QString &table)
{
    return table != QLatin1String("schema_version") && !table.startsWith(QLatin1String("sqlite_"))
        && !table.startsWith(QLatin1String("resident_name_fts"));
}

QStringList tablesOf(Database &db)
{
    QStringList out;
    const QStringList tables = db.connection().tables(QSql::Tables);
    for (const QString &t : tables)
        if (copied(t))
            out << t;
    out.sort();
    return out;
}

// Tables a table refers to, from the source's declared foreign keys.
QHash<QString, QSet<QString>> references(Database &db, const QStringList &tables)
{
    QHash<QString, QSet<QString>> refs;
    QSqlDatabase conn = db.connection();
    for (const QString &t : tables) {
        refs[t];
        if (db.dialect() == Dialect::SQLite) {
            QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list(?)"), {t});
            while (q.next())
                refs[t].insert(q.value(0).toString());
        } else {
            QSqlQuery q = sql::exec(conn, QStringLiteral(
                "SELECT DISTINCT ccu.table_name FROM information_schema.table_constraints tc "
                "JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name "
                "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = ?"), {t});
            while (q.next())
                refs[t].insert(q.value(0).toString());
        }
        refs[t].remove(t); // rows that refer to their own table come in id order
    }
    return refs;
}

// Parents before children, so every foreign key finds its row.
QStringList dependencyOrder(const QStringList &tables, const QHash<QString, QSet<QString>> &refs)
{
    QStringList ordered;
    QSet<QString> placed;
    QStringList pending = tables;
    while (!pending.isEmpty()) {
        bool progress = false;
        for (auto it = pending.begin(); it != pending.end();) {
            bool ready = true;
            for (const QString &parent : refs.value(*it))
                if (tables.contains(parent) && !placed.contains(parent))
                    ready = false;
            if (ready) {
                ordered << *it;
                placed.insert(*it);
                it = pending.erase(it);
                progress = true;
            } else {
                ++it;
            }
        }
        if (!progress) { // a cycle: keep going in name order rather than stop
            ordered << pending.takeFirst();
            placed.insert(ordered.constLast());
        }
    }
    return ordered;
}

qint64 countOf(Database &db, const QString &table)
{
    return sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toLongLong();
}

QStringList sharedColumns(Database &source, Database &target, const QString &table)
{
    const QSqlRecord from = source.connection().record(table);
    const QSqlRecord to = target.connection().record(table);
    QStringList columns;
    for (int i = 0; i < from.count(); ++i)
        if (to.indexOf(from.fieldName(i)) >= 0)
            columns << from.fieldName(i);
    return columns;
}

QString quoted(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << QLatin1Char('"') + n + QLatin1Char('"');
    return out.join(QStringLiteral(", "));
}

} // namespace

bool DatabaseCopy::Report::verified() const
{
    return std::all_of(tables.cbegin(), tables.cend(), [](const TableCount &c) { return c.source == c.target; });
}

QString DatabaseCopy::sourceIdentity(Database &source)
{
    // The first audit entry's hash is unique to the database and survives moving the file.
    const QString first = sql::scalar(source.connection(), QStringLiteral("SELECT hash FROM audit_log ORDER BY id LIMIT 1")).toString();
    if (!first.isEmpty())
        return QStringLiteral("audit:") + first;
    return QStringLiteral("file:") + QFileInfo(source.settings().path).canonicalFilePath();
}

DatabaseCopy::Report DatabaseCopy::run(Database &source, Database &target, const Progress &progress)
{
    if (source.schemaVersion() != target.schemaVersion())
        throw DbError(tr("The two databases have different schema versions (%1 and %2).")
                          .arg(source.schemaVersion()).arg(target.schemaVersion()));
    const QString identity = sourceIdentity(source);
    QSqlDatabase to = target.connection();
    const QString earlier = sql::scalar(to, QStringLiteral("SELECT value FROM app_setting WHERE key = ?"), {kMigratedFrom}).toString();
    Report report;
    report.replacedEarlierCopy = !earlier.isEmpty();
    if (earlier.isEmpty() && countOf(target, QStringLiteral("community")) > 0)
        throw DbError(tr("The target database %1 already holds communities that were not copied from this file; "
                         "nothing was changed. Move an office into an empty database.").arg(target.describe()));
    if (!earlier.isEmpty() && earlier != identity)
        throw DbError(tr("The target database %1 holds a copy of another office's file; nothing was changed.")
                          .arg(target.describe()));

    const QStringList targetTables = tablesOf(target);
    QStringList tables;
    for (const QString &t : tablesOf(source))
        if (targetTables.contains(t))
            tables << t;
    const QStringList order = dependencyOrder(tables, references(source, tables));
    qint64 total = 0;
    QHash<QString, qint64> counts;
    for (const QString &t : order)
        total += counts[t] = countOf(source, t);

    // The source is read in one transaction too: a consistent snapshot while the office works on.
    Transaction reading(source);
    Transaction writing(target);
    for (auto it = order.crbegin(); it != order.crend(); ++it)
        sql::exec(to, QStringLiteral("DELETE FROM \"%1\"").arg(*it));

    qint64 done = 0;
    QSqlDatabase from = source.connection();
    for (const QString &table : order) {
        const QStringList columns = sharedColumns(source, target, table);
        const bool hasId = columns.contains(QStringLiteral("id"));
        // Many rows per statement: a server round trip per row would take minutes for a street.
        const int perStatement = std::max(1, std::min(500, 30000 / int(columns.size())));
        const QString rowPlaceholders = QLatin1Char('(') + QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
        const QString insertHead = QStringLiteral("INSERT INTO \"%1\" (%2) VALUES ").arg(table, quoted(columns));
        QSqlQuery rows = sql::exec(from, QStringLiteral("SELECT %1 FROM \"%2\"%3").arg(quoted(columns), table,
                                                                                     hasId ? QStringLiteral(" ORDER BY id") : QString()));
        QVariantList batch;
        int batchRows = 0;
        std::optional<QSqlQuery> fullBatch;
        const auto flush = [&] {
            if (batchRows == 0)
                return;
            if (batchRows == perStatement) {
                if (!fullBatch)
                    fullBatch = sql::prepare(to, insertHead + QStringList(perStatement, rowPlaceholders).join(QLatin1Char(',')));
                for (const QVariant &v : std::as_const(batch))
                    fullBatch->addBindValue(v);
                sql::exec(*fullBatch);
            } else {
                sql::exec(to, insertHead + QStringList(batchRows, rowPlaceholders).join(QLatin1Char(',')), batch);
            }
            done += batchRows;
            batch.clear();
            batchRows = 0;
            if (progress && !progress(done, total))
                throw DbError(tr("The move was cancelled; the target database is as it was."));
        };
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i)
                batch << rows.value(i);
            if (++batchRows == perStatement)
                flush();
        }
        flush();
        // Rows came with their ids: the server's id counters must start after them.
        if (hasId && target.dialect() == Dialect::PostgreSQL)
            sql::exec(to, QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM \"%1\"), false)")
                              .arg(table), {table});
    }
    sql::exec(to, QStringLiteral("DELETE FROM app_setting WHERE key = ?"), {kMigratedFrom});
    sql::exec(to, QStringLiteral("INSERT INTO app_setting (key, value) VALUES (?, ?)"), {kMigratedFrom, identity});

    for (const QString &table : order) {
        const qint64 copiedRows = countOf(target, table) - (table == QLatin1String("app_setting") ? 1 : 0);
        report.tables << TableCount{table, counts.value(table), copiedRows};
    }
    report.rows = done;
    if (!report.verified())
        throw DbError(tr("The copy does not match the file (a table's row count differs); nothing was kept."));
    writing.commit();
    reading.commit();
    return report;
}

} // namespace jy
