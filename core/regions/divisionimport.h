#pragma once
#include "common/result.h"

#include <QString>
#include <QStringList>

namespace jy {

class Database;
class Session;

struct DivisionImportResult
{
    int imported = 0;
    int skipped = 0;
    QStringList problems; // "Line N: reason", translated
};

// Counties (areas.csv: code,name,cityCode,provinceCode) and townships/streets (streets.csv:
// code,name,areaCode,provinceCode,cityCode) from the NBS-style lists into the division table.
class DivisionImport
{
public:
    // Detects the kind by its header; upserts in one Transaction with one audit entry; needs
    // Permission::ImportData; throws DbError on database failure.
    static Result<DivisionImportResult> importCsv(Database &db, const Session &session, const QString &path);
    // Full name from the imported table where it knows the code, else the builtin table:
    // "辽宁省大连市甘井子区辛寨子街道".
    static QString describe(Database &db, const QString &code);
};

} // namespace jy
