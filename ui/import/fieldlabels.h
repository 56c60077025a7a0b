#pragma once
#include <QString>

namespace jy {

// What a roster field (HeaderMatcher's keys: "name", "id_number", …) is called on screen.
QString importFieldLabel(const QString &field);

} // namespace jy
