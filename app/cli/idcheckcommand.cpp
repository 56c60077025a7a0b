#include "cli.h"
#include "idnumber/idnumber.h"
#include "residents/residentcodes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace jy::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::cli", text); }
} // namespace

int runIdCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check a citizen ID number (GB 11643): exit 0 when valid, 1 when invalid."));
    parser.addPositionalArgument(QStringLiteral("NUMBER"), tr("18-digit number, or a 15-digit old one."));
    parser.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    if (!parse(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (parser.positionalArguments().size() != 1) {
        err(tr("Give exactly one ID number."));
        return Usage;
    }
    const QString input = parser.positionalArguments().constFirst();
    const IdCheck check = IdNumber::check(input);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("input"), input}, {QStringLiteral("valid"), check.valid}};
        if (check.valid) {
            o.insert(QStringLiteral("number"), check.normalized);
            o.insert(QStringLiteral("birth_date"), check.birthDate.toString(Qt::ISODate));
            o.insert(QStringLiteral("sex"), check.sex);
            o.insert(QStringLiteral("region_code"), check.regionCode);
            o.insert(QStringLiteral("region"), check.regionName);
            o.insert(QStringLiteral("upgraded_from_15"), check.upgradedFrom15);
            if (check.upgradedFrom15)
                o.insert(QStringLiteral("number18"), check.normalized);
        } else {
            o.insert(QStringLiteral("reason"), check.reason);
        }
        printJson(QJsonDocument(o));
        return check.valid ? Ok : Failed;
    }
    if (!check.valid) {
        out(tr("Invalid: %1").arg(check.reason));
        return Failed;
    }
    out(tr("Valid"));
    if (check.upgradedFrom15)
        out(tr("18-digit number: %1").arg(check.normalized));
    else
        out(tr("Number: %1").arg(check.normalized));
    out(tr("Birth date: %1").arg(check.birthDate.toString(Qt::ISODate)));
    out(tr("Sex: %1").arg(ResidentCodes::sexLabel(check.sex)));
    out(tr("Region: %1 (%2)").arg(check.regionName, check.regionCode));
    return Ok;
}

} // namespace jy::cli
