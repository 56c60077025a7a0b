#include "import/importreport.h"

#include <QJsonArray>

namespace jy {

QJsonObject ImportReport::toJson(int maxProblems) const
{
    QJsonArray problemList;
    for (int i = 0; i < problems.size() && i < maxProblems; ++i) {
        const ImportProblem &p = problems.at(i);
        problemList.append(QJsonObject{{QStringLiteral("row"), p.row}, {QStringLiteral("field"), p.field},
                                       {QStringLiteral("message"), p.message}});
    }
    QJsonArray names;
    for (int i = 0; i < newPlaces.names.size() && i < 50; ++i)
        names.append(newPlaces.names.at(i));
    const QJsonObject places{
        {QStringLiteral("communities"), newPlaces.communities}, {QStringLiteral("estates"), newPlaces.estates},
        {QStringLiteral("buildings"), newPlaces.buildings},     {QStringLiteral("units"), newPlaces.units},
        {QStringLiteral("dwellings"), newPlaces.dwellings},     {QStringLiteral("grids"), newPlaces.grids},
        {QStringLiteral("names"), names}};
    return QJsonObject{
        {QStringLiteral("dry_run"), dryRun},
        {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("read"), read},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("updated"), updated},
        {QStringLiteral("rejected"), rejected},
        {QStringLiteral("duplicates"), duplicates},
        {QStringLiteral("skipped_duplicates"), skippedDuplicates},
        {QStringLiteral("skipped_blank"), skippedBlank},
        {QStringLiteral("skipped_footer"), skippedFooter},
        {QStringLiteral("new_households"), newHouseholds},
        {QStringLiteral("new_places"), places},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("problems"), problemList},
    };
}

} // namespace jy
