#pragma once
#include "import/placeresolver.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace jy {

struct ImportProblem
{
    int row = 0;        // sheet row, from 1
    QString field;      // roster field key, or empty for the whole row
    QString message;    // translated
};

// What an import did, or in a dry run would do. Every person row read ends up counted once in
// imported, updated, rejected or skippedDuplicates.
struct ImportReport
{
    bool dryRun = false;
    bool cancelled = false;
    int read = 0;              // person rows (not blank, not footer)
    int imported = 0;
    int updated = 0;
    int rejected = 0;
    int duplicates = 0;        // rows naming a person already in the database or earlier in the file
    int skippedDuplicates = 0; // duplicates of database residents left alone (no --update)
    int skippedBlank = 0;
    int skippedFooter = 0;
    int newHouseholds = 0;
    NewPlaces newPlaces;
    QStringList warnings;
    QList<ImportProblem> problems; // one per rejected row, in sheet order

    // The CLI's contract: read, imported, updated, rejected, duplicates, skipped_blank (integers)
    // and more; at most maxProblems problems are listed.
    QJsonObject toJson(int maxProblems = 20) const;
};

} // namespace jy
