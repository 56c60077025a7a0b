#pragma once
#include "common/result.h"

#include <QSqlDatabase>
#include <QVariantList>
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

namespace reg {

// `UPDATE table SET assignments, row_version = row_version + 1 WHERE idColumn = ? AND the row
// is still at version` (version 0: not checked, for saves that did not read the row first).
// False when no row matched: someone else saved it first, or deleted it.
bool updateVersioned(const QSqlDatabase &conn, const QString &table, const QString &assignments, const QVariantList &values, qint64 id,
                     int version, const QString &idColumn = QStringLiteral("id"));

// The refusal for a save made from an older version; `what` names the record ("孝老党支部").
FieldErrors conflict(const QString &what);

} // namespace reg
} // namespace jy
