#include "residents/addressformat.h"

#include <QCoreApplication>

namespace jy {

QString formatAddress(const QString &estate, const QString &building, const QString &unit, const QString &room)
{
    // The context stays "jy::RosterQuery", where the string was first translated.
    return QCoreApplication::translate("jy::RosterQuery", "%1 building %2, unit %3, room %4").arg(estate, building, unit, room);
}

} // namespace jy
