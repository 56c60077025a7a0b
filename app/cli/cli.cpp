#include "cli.h"
#include "db/connectionstring.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>
#include <cstdio>

namespace jy::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::cli", text); }
} // namespace

void out(const QString &text)
{
    QTextStream stream(stdout);
    stream << text << Qt::endl;
}

void err(const QString &text)
{
    QTextStream stream(stderr);
    stream << text << Qt::endl;
}

void printJson(const QJsonDocument &doc)
{
    const QByteArray bytes = doc.toJson(QJsonDocument::Indented);
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    fflush(stdout);
}

bool parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return false;
    }
    return true;
}

void addDbOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"), tr("The database file, or postgresql://user@host:port/dbname for a shared server."), tr("path")});
}

std::unique_ptr<Database> openDb(const QCommandLineParser &parser, bool create)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        err(tr("Missing --db PATH."));
        return nullptr;
    }
    try {
        return Database::open(parseConnection(path), create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
    } catch (const DbError &e) {
        err(e.message());
        return nullptr;
    }
}

qint64 findCommunity(Database &db, const QString &codeOrName, QString *error)
{
    QSqlQuery q = sql::exec(db.connection(), QStringLiteral("SELECT id FROM community WHERE code = ? OR name = ? ORDER BY id"),
                            {codeOrName, codeOrName});
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.size() == 1)
        return ids.constFirst();
    *error = ids.isEmpty() ? tr("No community has the code or name \"%1\".").arg(codeOrName)
                           : tr("Several communities are called \"%1\": give the 12-digit code instead.").arg(codeOrName);
    return 0;
}

} // namespace jy::cli
