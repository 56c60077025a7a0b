#pragma once
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <memory>

namespace jy {
class Database;
}

namespace jy::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Plain-words output: results to stdout, problems to stderr.
void out(const QString &text);
void err(const QString &text);
void printJson(const QJsonDocument &doc);

// Parses a subcommand's arguments; on a usage error prints why and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments);
void addDbOption(QCommandLineParser &parser);
// Opens --db (which must exist unless create is true); prints the reason and returns null on failure.
std::unique_ptr<Database> openDb(const QCommandLineParser &parser, bool create);
// The community's id by its 12-digit code or its name; 0 with *error set when none or several match.
qint64 findCommunity(Database &db, const QString &codeOrName, QString *error);

int runInit(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runIdCheck(const QStringList &arguments);
int runResidents(const QStringList &arguments);
int runDivisions(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runReport(const QStringList &arguments); // needs a QGuiApplication (fonts)
int runGeoJsonExport(const QStringList &arguments);
int runGeoJsonImport(const QStringList &arguments);
int runBackup(const QStringList &arguments);
int runRestore(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runAudit(const QStringList &arguments);
int runMigrate(const QStringList &arguments);

} // namespace jy::cli
