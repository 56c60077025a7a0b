// jiayuan-cli report …: printed documents as PDF (and .xlsx where they are tables), through the
// same painter as the GUI's print preview. main() gives these commands a QGuiApplication.
#include "cli.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"
#include "grids/gridboard.h"
#include "grids/gridmap.h"
#include "grids/gridperformance.h"
#include "grids/maplayers.h"
#include "grids/mapposter.h"
#include "import/cellvalue.h"
#include "reports/annualreports.h"
#include "reports/partyreports.h"
#include "reports/reportpainter.h"
#include "reports/reportxlsx.h"
#include "reports/volunteerreports.h"
#include "volunteer/servicecertificate.h"
#include "volunteer/volunteers.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <functional>

namespace jy::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("jy::cli", text); }

QString usageLines()
{
    return tr("Usage: jiayuan-cli report certificate --db PATH --volunteer ID_OR_NAME --out FILE.pdf [--from DATE] [--to DATE]\n"
              "       jiayuan-cli report volunteers --db PATH --year Y --out FILE.pdf|FILE.xlsx [--community CODE_OR_NAME]\n"
              "       jiayuan-cli report redemptions --db PATH --event ID --out FILE.pdf|FILE.xlsx\n"
              "       jiayuan-cli report honors --db PATH --year Y [--to Y2] [--community CODE] --out FILE.pdf|FILE.xlsx\n"
              "       jiayuan-cli report stats --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx\n"
              "       jiayuan-cli report five-star --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx\n"
              "       jiayuan-cli report party-meetings --db PATH --year Y [--community CODE] --out FILE.pdf|FILE.xlsx\n"
              "       jiayuan-cli report grid-board --db PATH --out FILE.pdf [--community CODE]\n"
              "       jiayuan-cli report grid-map --db PATH --out FILE.pdf [--community CODE] [--layer KEY] [--size A4|A3]\n"
              "       jiayuan-cli report grid-bulletin --db PATH --out FILE.pdf|FILE.xlsx [--community CODE] [--date DATE]\n"
              "       jiayuan-cli report grid-ranking --db PATH --out FILE.pdf|FILE.xlsx [--community CODE] --year Y --month M");
}

enum class OutKind { Pdf, Xlsx, Unknown };

OutKind outKind(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return OutKind::Pdf;
    if (suffix == QLatin1String("xlsx"))
        return OutKind::Xlsx;
    return OutKind::Unknown;
}

void warnAboutFonts()
{
    const QStringList missing = ReportPainter::missingFonts();
    if (!missing.isEmpty())
        err(tr("Warning: the report fonts %1 are not installed (Debian: fonts-arphic-uming fonts-wqy-zenhei); "
               "the PDF may look different and its Chinese text may not copy out correctly.")
                .arg(missing.join(QStringLiteral(", "))));
}

// Prints how many pages went where, or why none did.
int saidPages(const Result<int> &pages, const QString &outPath)
{
    if (!pages.ok()) {
        err(pages.errorText());
        return Failed;
    }
    out(tr("%1 page(s) written to %2.").arg(pages.value()).arg(QDir::toNativeSeparators(QFileInfo(outPath).absoluteFilePath())));
    return Ok;
}

// Writes the document to --out; prints where, or why not.
int write(const ReportDocument &document, const QString &outPath)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(outPath).absoluteFilePath());
    if (outKind(outPath) == OutKind::Xlsx) {
        const Result<int> rows = ReportXlsx::write(document, outPath);
        if (!rows.ok()) {
            err(rows.errorText());
            return Failed;
        }
        out(tr("%1 rows written to %2.").arg(rows.value()).arg(shown));
        return Ok;
    }
    warnAboutFonts();
    return saidPages(ReportPainter::writePdf(document, outPath), outPath);
}

// Common options; false with the exit code in *code when the command cannot go on.
bool prepare(QCommandLineParser &parser, const QStringList &arguments, bool pdfOnly, int *code)
{
    addDbOption(parser);
    parser.addOption({QStringLiteral("out"),
                      pdfOnly ? tr("The PDF file to write.") : tr("The file to write; its suffix (.pdf or .xlsx) chooses the format."),
                      tr("file")});
    if (!parse(parser, arguments)) {
        *code = parser.isSet(QStringLiteral("help")) ? Ok : Usage;
        return false;
    }
    const QString outPath = parser.value(QStringLiteral("out"));
    if (!parser.isSet(QStringLiteral("db")) || outPath.isEmpty() || parser.positionalArguments().size() != 1) {
        err(usageLines());
        *code = Usage;
        return false;
    }
    const OutKind kind = outKind(outPath);
    if (kind == OutKind::Unknown || (pdfOnly && kind != OutKind::Pdf)) {
        err(pdfOnly ? tr("The output file must end in .pdf.") : tr("The output file must end in .pdf or .xlsx."));
        *code = Usage;
        return false;
    }
    return true;
}

QDate dateOption(const QCommandLineParser &parser, const QString &name, const QDate &fallback, bool *ok)
{
    if (!parser.isSet(name))
        return fallback;
    QString reason;
    const QDate date = CellValue::parseDate(parser.value(name), &reason);
    if (!date.isValid()) {
        err(tr("--%1: \"%2\" is not a date (write it as 2026-01-31).").arg(name, parser.value(name)));
        *ok = false;
    }
    return date;
}

int certificate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Issue a volunteer service record certificate (PDF) for a period, by default "
                                        "this year to date. The certificate is numbered and recorded."));
    parser.addPositionalArgument(QStringLiteral("certificate"), tr("What to print."));
    parser.addOption({QStringLiteral("volunteer"), tr("The volunteer's id, volunteer number or name."), tr("id or name")});
    parser.addOption({QStringLiteral("from"), tr("First day of the period (default: 1 January of this year)."), tr("date")});
    parser.addOption({QStringLiteral("to"), tr("Last day of the period (default: today)."), tr("date")});
    int code = Ok;
    if (!prepare(parser, arguments, true, &code))
        return code;
    if (parser.value(QStringLiteral("volunteer")).trimmed().isEmpty()) {
        err(usageLines());
        return Usage;
    }
    const QDate today = QDate::currentDate();
    bool datesOk = true;
    const QDate from = dateOption(parser, QStringLiteral("from"), QDate(today.year(), 1, 1), &datesOk);
    const QDate to = dateOption(parser, QStringLiteral("to"), today, &datesOk);
    if (!datesOk)
        return Usage;
    if (from > to) {
        err(tr("The period starts after it ends."));
        return Usage;
    }
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    const Session session = Session::localAdministrator();
    const QString who = parser.value(QStringLiteral("volunteer")).trimmed();
    const std::optional<Volunteer> volunteer = VolunteerService(*db, session).findVolunteer(who);
    if (!volunteer) {
        err(tr("No volunteer has the id, number or name \"%1\".").arg(who));
        return Failed;
    }
    // Check the output before a certificate number is used up.
    const QFileInfo target(parser.value(QStringLiteral("out")));
    if (!target.absoluteDir().exists()) {
        err(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
        return Failed;
    }
    const Result<ServiceCertificate> issued = ServiceCertificate::issue(*db, session, volunteer->id, from, to, today);
    if (!issued.ok()) {
        err(issued.errorText());
        return Failed;
    }
    return write(VolunteerReports::certificate(issued.value()), parser.value(QStringLiteral("out")));
}

// --year (and --to) as years; false after saying why.
bool yearOption(const QCommandLineParser &parser, const QString &name, int *year)
{
    bool ok = false;
    *year = parser.value(name).toInt(&ok);
    if (ok && *year >= 1949 && *year <= 2999)
        return true;
    err(parser.isSet(name) ? tr("--%1: \"%2\" is not a year.").arg(name, parser.value(name)) : usageLines());
    return false;
}

// --community by code or name; 0 for the whole street. False after saying why.
bool communityOption(Database &db, const QCommandLineParser &parser, qint64 *communityId)
{
    *communityId = 0;
    if (!parser.isSet(QStringLiteral("community")))
        return true;
    QString error;
    *communityId = findCommunity(db, parser.value(QStringLiteral("community")), &error);
    if (!*communityId)
        err(error);
    return *communityId != 0;
}

// A report of one year for a community or the whole street: --year Y [--community C] --out FILE.
int yearlyReport(const QStringList &arguments, const QString &description, const QString &what,
                 const std::function<ReportDocument(Database &, int, qint64)> &build)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(what, tr("What to print."));
    parser.addOption({QStringLiteral("year"), tr("The year."), tr("year")});
    parser.addOption({QStringLiteral("community"), tr("Only this community, by code or name."), tr("code or name")});
    int code = Ok;
    if (!prepare(parser, arguments, false, &code))
        return code;
    int year = 0;
    if (!yearOption(parser, QStringLiteral("year"), &year))
        return Usage;
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    qint64 communityId = 0;
    if (!communityOption(*db, parser, &communityId))
        return Failed;
    return write(build(*db, year, communityId), parser.value(QStringLiteral("out")));
}

int volunteers(const QStringList &arguments)
{
    return yearlyReport(arguments, tr("The annual volunteer ranking: hours, services, points and stars, with totals."),
                        QStringLiteral("volunteers"), [](Database &db, int year, qint64 community) {
                            return VolunteerReports::ranking(db, year, community);
                        });
}

int redemptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The gifts handed out at a redemption event, with a column to sign."));
    parser.addPositionalArgument(QStringLiteral("redemptions"), tr("What to print."));
    parser.addOption({QStringLiteral("event"), tr("The redemption event's id."), tr("id")});
    int code = Ok;
    if (!prepare(parser, arguments, false, &code))
        return code;
    bool idOk = false;
    const qint64 eventId = parser.value(QStringLiteral("event")).toLongLong(&idOk);
    if (!idOk || eventId <= 0) {
        err(parser.isSet(QStringLiteral("event")) ? tr("--event: \"%1\" is not an event id.").arg(parser.value(QStringLiteral("event")))
                                                  : usageLines());
        return Usage;
    }
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    const Session session = Session::localAdministrator();
    const Result<ReportDocument> doc = VolunteerReports::redemptions(*db, session, eventId);
    if (!doc.ok()) {
        err(doc.errorText());
        return Failed;
    }
    return write(doc.value(), parser.value(QStringLiteral("out")));
}

int honors(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The honors of a year or span, grouped by level and recipient; for the whole street "
                                        "also the communities side by side."));
    parser.addPositionalArgument(QStringLiteral("honors"), tr("What to print."));
    parser.addOption({QStringLiteral("year"), tr("The (first) year."), tr("year")});
    parser.addOption({QStringLiteral("to"), tr("The last year of a span (default: the same year)."), tr("year")});
    parser.addOption({QStringLiteral("community"), tr("Only this community, by code or name."), tr("code or name")});
    int code = Ok;
    if (!prepare(parser, arguments, false, &code))
        return code;
    int from = 0, to = 0;
    if (!yearOption(parser, QStringLiteral("year"), &from))
        return Usage;
    to = from;
    if (parser.isSet(QStringLiteral("to")) && !yearOption(parser, QStringLiteral("to"), &to))
        return Usage;
    if (to < from) {
        err(tr("--to: the span ends before it starts."));
        return Usage;
    }
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    qint64 communityId = 0;
    if (!communityOption(*db, parser, &communityId))
        return Failed;
    return write(AnnualReports::honors(*db, from, to, communityId), parser.value(QStringLiteral("out")));
}

int statistics(const QStringList &arguments)
{
    return yearlyReport(arguments, tr("The annual statistics report: a row per community and a total."), QStringLiteral("stats"),
                        [](Database &db, int year, qint64 community) { return AnnualReports::statistics(db, year, community); });
}

int fiveStar(const QStringList &arguments)
{
    return yearlyReport(arguments, tr("The five-star branch assessment of a year: each branch's score per star and its stars."),
                        QStringLiteral("five-star"),
                        [](Database &db, int year, qint64 community) { return PartyReports::fiveStar(db, year, community); });
}

int partyMeetings(const QStringList &arguments)
{
    return yearlyReport(arguments, tr("The branch meetings and Party lessons (三会一课) of a year: per branch, meetings by kind and attendance."),
                        QStringLiteral("party-meetings"),
                        [](Database &db, int year, qint64 community) { return PartyReports::meetings(db, year, community); });
}

// The one community a grid document is about: --community, or the only one there is.
bool singleCommunity(Database &db, const QCommandLineParser &parser, qint64 *communityId)
{
    if (!communityOption(db, parser, communityId))
        return false;
    if (*communityId)
        return true;
    const QList<qint64> all = [&db] {
        QList<qint64> ids;
        QSqlQuery q = sql::exec(db.connection(), QStringLiteral("SELECT id FROM community ORDER BY code"));
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }();
    if (all.size() == 1) {
        *communityId = all.first();
        return true;
    }
    err(all.isEmpty() ? tr("The database has no community yet.") : tr("The database holds several communities: choose one with --community."));
    return false;
}

int gridBoard(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The grid notice boards (网格公示牌): a card per grid with its buildings and staff."));
    parser.addPositionalArgument(QStringLiteral("grid-board"), tr("What to print."));
    parser.addOption({QStringLiteral("community"), tr("Only this community, by code or name (default: every community)."), tr("code or name")});
    int code = Ok;
    if (!prepare(parser, arguments, true, &code))
        return code;
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    qint64 communityId = 0;
    if (!communityOption(*db, parser, &communityId))
        return Failed;
    QList<GridBoardCard> cards;
    QSqlQuery q = sql::exec(db->connection(), QStringLiteral("SELECT id FROM community WHERE ? = 0 OR id = ? ORDER BY code"),
                            {communityId, communityId});
    while (q.next())
        cards += GridBoard::cards(*db, q.value(0).toLongLong());
    warnAboutFonts();
    const QString outPath = parser.value(QStringLiteral("out"));
    return saidPages(GridBoard::writePdf(cards, QDate::currentDate(), outPath), outPath);
}

int gridMap(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The grid map as a landscape poster with a legend."));
    parser.addPositionalArgument(QStringLiteral("grid-map"), tr("What to print."));
    parser.addOption({QStringLiteral("community"), tr("The community, by code or name (default: the only one)."), tr("code or name")});
    QStringList keys;
    for (MapLayer layer : MapLayers::all())
        keys << MapLayers::key(layer);
    parser.addOption({QStringLiteral("layer"), tr("Colour by: %1 (default: none).").arg(keys.join(QStringLiteral(", "))), tr("key")});
    parser.addOption({QStringLiteral("size"), tr("Paper: A4 or A3 (default A4)."), tr("size")});
    int code = Ok;
    if (!prepare(parser, arguments, true, &code))
        return code;
    const QString layerKey = parser.value(QStringLiteral("layer"));
    if (!layerKey.isEmpty() && !keys.contains(layerKey)) {
        err(tr("--layer must be one of: %1.").arg(keys.join(QStringLiteral(", "))));
        return Usage;
    }
    const QString size = parser.value(QStringLiteral("size")).toUpper();
    if (!size.isEmpty() && size != QLatin1String("A4") && size != QLatin1String("A3")) {
        err(tr("--size must be A4 or A3."));
        return Usage;
    }
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    qint64 communityId = 0;
    if (!singleCommunity(*db, parser, &communityId))
        return Failed;
    const QDate today = QDate::currentDate();
    const CommunityMap map = GridMapStore::load(*db, communityId);
    const MapLayerValues values = MapLayers::compute(*db, communityId, MapLayers::fromKey(layerKey), today);
    warnAboutFonts();
    const QString outPath = parser.value(QStringLiteral("out"));
    return saidPages(MapPoster::writePdf(map, values, today, size == QLatin1String("A3") ? QPageSize::A3 : QPageSize::A4, outPath),
                     outPath);
}

int gridBulletin(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The weekly grid bulletin (周通报) for the week holding --date (default: today)."));
    parser.addPositionalArgument(QStringLiteral("grid-bulletin"), tr("What to print."));
    parser.addOption({QStringLiteral("community"), tr("The community, by code or name (default: the only one)."), tr("code or name")});
    parser.addOption({QStringLiteral("date"), tr("Any day of the week (default: today)."), tr("date")});
    int code = Ok;
    if (!prepare(parser, arguments, false, &code))
        return code;
    bool ok = true;
    const QDate day = dateOption(parser, QStringLiteral("date"), QDate::currentDate(), &ok);
    if (!ok)
        return Usage;
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    qint64 communityId = 0;
    if (!singleCommunity(*db, parser, &communityId))
        return Failed;
    return write(GridPerformance::weeklyBulletin(*db, communityId, day), parser.value(QStringLiteral("out")));
}

int gridRanking(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The monthly grid ranking (月评比)."));
    parser.addPositionalArgument(QStringLiteral("grid-ranking"), tr("What to print."));
    parser.addOption({QStringLiteral("community"), tr("The community, by code or name (default: the only one)."), tr("code or name")});
    parser.addOption({QStringLiteral("year"), tr("The year."), tr("year")});
    parser.addOption({QStringLiteral("month"), tr("The month, 1 to 12."), tr("month")});
    int code = Ok;
    if (!prepare(parser, arguments, false, &code))
        return code;
    int year = 0;
    if (!yearOption(parser, QStringLiteral("year"), &year))
        return Usage;
    bool ok = false;
    const int month = parser.value(QStringLiteral("month")).toInt(&ok);
    if (!ok || month < 1 || month > 12) {
        err(tr("--month must be a number from 1 to 12."));
        return Usage;
    }
    std::unique_ptr<Database> db = openDb(parser, false);
    if (!db)
        return Failed;
    qint64 communityId = 0;
    if (!singleCommunity(*db, parser, &communityId))
        return Failed;
    return write(GridPerformance::monthlyRanking(*db, communityId, year, month), parser.value(QStringLiteral("out")));
}

} // namespace

int runReport(const QStringList &arguments)
{
    const QString what = arguments.size() >= 2 ? arguments.at(1) : QString();
    if (what == QLatin1String("certificate"))
        return certificate(arguments);
    if (what == QLatin1String("volunteers"))
        return volunteers(arguments);
    if (what == QLatin1String("redemptions"))
        return redemptions(arguments);
    if (what == QLatin1String("honors"))
        return honors(arguments);
    if (what == QLatin1String("stats"))
        return statistics(arguments);
    if (what == QLatin1String("five-star"))
        return fiveStar(arguments);
    if (what == QLatin1String("party-meetings"))
        return partyMeetings(arguments);
    if (what == QLatin1String("grid-board"))
        return gridBoard(arguments);
    if (what == QLatin1String("grid-map"))
        return gridMap(arguments);
    if (what == QLatin1String("grid-bulletin"))
        return gridBulletin(arguments);
    if (what == QLatin1String("grid-ranking"))
        return gridRanking(arguments);
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        out(usageLines());
        return Ok;
    }
    err(usageLines());
    return Usage;
}

} // namespace jy::cli
