#include "cli.h"
#include "accounts/session.h"
#include "db/database.h"
#include "demo/demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace jy::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::cli", text); }
} // namespace

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Fill an empty database with believable demo data (deterministic for a seed)."));
    addDbOption(parser);
    parser.addOption({QStringLiteral("communities"), tr("Number of communities: 1 is 魅力社区 alone, 19 a whole street."), tr("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed."), tr("S"), QStringLiteral("1217")});
    parser.addOption({QStringLiteral("today"), tr("The day simulated volunteer orders stop at (default: today)."), tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("no-orders"), tr("Leave the volunteer supermarket empty.")});
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    bool okCount = false, okSeed = false;
    DemoOptions options;
    options.communities = parser.value(QStringLiteral("communities")).toInt(&okCount);
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&okSeed);
    if (parser.isSet(QStringLiteral("today")))
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
    options.supermarket = !parser.isSet(QStringLiteral("no-orders"));
    if (!parser.isSet(QStringLiteral("db")) || !okCount || options.communities < 1 || options.communities > 30 || !okSeed
        || !options.today.isValid() || options.today < QDate(2025, 1, 1)) {
        err(tr("Usage: jiayuan-cli demo --db PATH [--communities 1..30] [--seed S] [--today YYYY-MM-DD from 2025-01-01] [--no-orders]"));
        return Usage;
    }
    std::unique_ptr<Database> db = openDb(parser, true);
    if (!db)
        return Failed;
    int lastPercent = -1;
    options.progress = [&lastPercent](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (percent / 10 != lastPercent / 10)
            err(tr("Generating… %1%").arg(percent));
        lastPercent = percent;
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    const Session session = Session::localAdministrator();
    const Result<DemoSummary> result = DemoGenerator::generate(*db, session, options);
    if (!result) {
        err(result.errorText());
        return Failed;
    }
    const DemoSummary &s = result.value();
    out(tr("Demo data written to %1 in %2 s: %3 communities, %4 grids, %5 buildings, %6 households, %7 residents, %8 party members.")
            .arg(db->describe())
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            .arg(s.communities).arg(s.grids).arg(s.buildings).arg(s.households).arg(s.residents).arg(s.partyMembers));
    if (options.supermarket)
        out(tr("Volunteer supermarket: %1 volunteers in %2 teams, %3 shops, %4 orders.").arg(s.volunteers).arg(s.teams).arg(s.shops).arg(s.orders));
    out(tr("Grid work: %1 patrols, %2 incidents, %3 care plans.").arg(s.patrols).arg(s.incidents).arg(s.carePlans));
    return Ok;
}

} // namespace jy::cli
