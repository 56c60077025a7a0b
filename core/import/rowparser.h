#pragma once
#include "common/result.h"
#include "import/addressparser.h"
#include "residents/resident.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace jy {

// One line of a roster sheet, understood.
struct ImportRow
{
    enum class Kind { Person, Blank, Footer };
    Kind kind = Kind::Person;
    int sheetRow = 0;        // as the spreadsheet numbers it, from 1
    Resident resident;       // normalised by ResidentRules
    QString community;       // as written: a name or a 12-digit code
    QString grid;
    QString householdNo;
    AddressParts address;
    FieldErrors errors;      // empty: the row can be imported

    bool ok() const { return errors.isEmpty(); }
    QString reason() const;  // the errors, one sentence after another
};

// Turns a sheet row into an ImportRow with the columns mapped to roster fields (the keys of
// HeaderMatcher::fields()): trims, converts full-width characters, reads dates written five
// ways, understands 男/女, 户籍/流动 and 长子/之妻, and checks what can be checked without the
// database.
class RowParser
{
public:
    RowParser(const QHash<int, QString> &fieldByColumn, const QSet<QString> &knownTags);

    ImportRow parse(int sheetRow, const QStringList &cells) const;
    bool maps(const QString &field) const { return mColumnOf.contains(field); }

private:
    QString cell(const QStringList &cells, const QString &field) const;
    static bool isFooter(const QStringList &cells);

    QHash<QString, int> mColumnOf;
    QSet<QString> mKnownTags;
    QDate mToday = QDate::currentDate();
};

} // namespace jy
