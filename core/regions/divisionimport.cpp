#include "regions/divisionimport.h"
#include "accounts/session.h"
#include "audit/auditlog.h"
#include "common/digits.h"

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "regions/regiontable.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace jy {

namespace {

// One CSV record per line (the lists never break a name across lines). Fields may be quoted,
// with "" for a quote inside. Returns false on an unterminated quote.
bool splitCsvLine(const QString &line, QStringList &fields)
{
    fields.clear();
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c != QLatin1Char('"'))
                field.append(c);
            else if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"'))
                field.append(line.at(++i));
            else
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field.trimmed());
    return !quoted;
}

struct Kind
{
    int level = 0;
    int codeLength = 0;
    QString parentColumn;
    int parentLength = 0;
};

} // namespace

Result<DivisionImportResult> DivisionImport::importCsv(Database &db, const Session &session, const QString &path)
{
    if (!session.can(Permission::ImportData))
        return Result<DivisionImportResult>::fail(QString(),
            QCoreApplication::translate("jy::DivisionImport", "Your role may not import data."));
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<DivisionImportResult>::fail(QStringLiteral("file"),
            QCoreApplication::translate("jy::DivisionImport", "Cannot open %1: %2").arg(path, file.errorString()));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));

    QStringList header;
    splitCsvLine(lines.value(0).trimmed(), header);
    for (QString &column : header)
        column = column.toLower();
    const QString headerText = header.join(QLatin1Char(','));
    Kind kind;
    if (headerText == QLatin1String("code,name,citycode,provincecode"))
        kind = {3, 6, QStringLiteral("citycode"), 4};
    else if (headerText == QLatin1String("code,name,areacode,provincecode,citycode"))
        kind = {4, 9, QStringLiteral("areacode"), 6};
    else
        return Result<DivisionImportResult>::fail(QStringLiteral("file"),
            QCoreApplication::translate("jy::DivisionImport",
                "%1 is neither a county list (code,name,cityCode,provinceCode) nor a township list (code,name,areaCode,provinceCode,cityCode)")
                .arg(fileName));
    const qsizetype parentColumn = header.indexOf(kind.parentColumn);

    DivisionImportResult result;
    const auto problem = [&result](qsizetype index, const QString &reason) {
        result.problems.append(QCoreApplication::translate("jy::DivisionImport", "Line %1: %2").arg(index + 1).arg(reason));
        ++result.skipped;
    };

    Transaction tx(db);
    QSqlDatabase conn = db.connection();
    QSqlQuery upsert = sql::prepare(conn, QStringLiteral(
        "INSERT INTO division (code, name, level, parent_code) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, parent_code = excluded.parent_code"));
    QStringList fields;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        if (!splitCsvLine(line, fields)) {
            problem(i, QCoreApplication::translate("jy::DivisionImport", "a quote is not closed"));
            continue;
        }
        if (fields.size() != header.size()) {
            problem(i, QCoreApplication::translate("jy::DivisionImport", "%1 fields instead of %2").arg(fields.size()).arg(header.size()));
            continue;
        }
        const QString code = fields.at(0);
        const QString name = fields.at(1);
        const QString parent = fields.at(parentColumn);
        if (code.size() != kind.codeLength || !isAsciiDigits(code)) {
            problem(i, QCoreApplication::translate("jy::DivisionImport", "the code “%1” is not %2 digits").arg(code).arg(kind.codeLength));
            continue;
        }
        if (name.isEmpty()) {
            problem(i, QCoreApplication::translate("jy::DivisionImport", "the name of %1 is empty").arg(code));
            continue;
        }
        // The parent must be the code's own prefix, or names would be pieced together wrongly.
        if (parent != code.left(kind.parentLength)) {
            problem(i, QCoreApplication::translate("jy::DivisionImport", "the parent code “%1” does not match %2").arg(parent, code));
            continue;
        }
        upsert.bindValue(0, code);
        upsert.bindValue(1, name);
        upsert.bindValue(2, kind.level);
        upsert.bindValue(3, parent);
        sql::exec(upsert);
        ++result.imported;
    }
    AuditLog::record(db, session, QStringLiteral("import"), QStringLiteral("division"), 0,
                     {{QStringLiteral("file"), fileName}, {QStringLiteral("level"), kind.level},
                      {QStringLiteral("imported"), result.imported}, {QStringLiteral("skipped"), result.skipped}});
    tx.commit();
    return result;
}

QString DivisionImport::describe(Database &db, const QString &code)
{
    const RegionTable &regions = RegionTable::builtin();
    QString full = regions.describe(code.left(4));
    if (full.isEmpty() || code.size() < 6)
        return full;
    QSqlDatabase conn = db.connection();
    QSqlQuery query = sql::exec(conn, QStringLiteral("SELECT code, name FROM division WHERE code IN (?, ?)"),
                                {code.left(6), code.size() >= 9 ? code.left(9) : code.left(6)});
    QString county, township;
    while (query.next()) {
        if (query.value(0).toString().size() == 6)
            county = query.value(1).toString();
        else
            township = query.value(1).toString();
    }
    return full + county + township;
}

} // namespace jy
