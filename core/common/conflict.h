#pragma once
#include "common/result.h"

#include <algorithm>

namespace jy {

// Two workstations editing one record: each row carries a version that every save raises, and a
// save made from an older version is refused with an error on this field, so a form can offer
// to reload the record instead of overwriting the other person's change.
inline const QString kConflictField = QStringLiteral("row_version");

inline bool isConflict(const FieldErrors &errors)
{
    return std::any_of(errors.cbegin(), errors.cend(), [](const FieldError &e) { return e.field == kConflictField; });
}

} // namespace jy
