#pragma once
#include <QString>

namespace jy {

// A dwelling's address as the roster shows it: "万科魅力之城 3栋2单元401". One place for the
// format, so the roster and the household finder never drift apart.
QString formatAddress(const QString &estate, const QString &building, const QString &unit, const QString &room);

} // namespace jy
