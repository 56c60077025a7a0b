#pragma once
#include <QDate>
#include "common/result.h"
#include "residents/resident.h"

namespace jy {

// The checks on a resident that need no database, shared by the form and the importer:
// name, ID number (and what it implies), birth date, sex, phone, codes.
class ResidentRules
{
public:
    // Normalises r in place (ID upgraded to 18 digits; birth date, sex and birthplace taken
    // from it; phone cleaned; text trimmed) and returns what is wrong with it.
    // today: what "in the future" means; a bulk import reads the clock once, not per row (each
    // read of the local date consults the time-zone file).
    static FieldErrors normalise(Resident &r, const QDate &today = QDate::currentDate());
};

} // namespace jy
