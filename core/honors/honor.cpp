#include "honors/honor.h"

#include <QCoreApplication>

namespace jy {

QStringList honor_level::all() { return {National, Provincial, Municipal, District, Street}; }

QString honor_level::name(const QString &level)
{
    const char *text = level == National ? QT_TRANSLATE_NOOP("jy::Honor", "national")
                     : level == Provincial ? QT_TRANSLATE_NOOP("jy::Honor", "provincial")
                     : level == Municipal ? QT_TRANSLATE_NOOP("jy::Honor", "municipal")
                     : level == District ? QT_TRANSLATE_NOOP("jy::Honor", "district")
                     : level == Street ? QT_TRANSLATE_NOOP("jy::Honor", "street")
                                       : nullptr;
    return text ? QCoreApplication::translate("jy::Honor", text) : level;
}

QStringList honor_recipient::all() { return {Community, Branch, Team, Person}; }

QString honor_recipient::name(const QString &kind)
{
    const char *text = kind == Community ? QT_TRANSLATE_NOOP("jy::Honor", "community")
                     : kind == Branch ? QT_TRANSLATE_NOOP("jy::Honor", "party branch")
                     : kind == Team ? QT_TRANSLATE_NOOP("jy::Honor", "team")
                     : kind == Person ? QT_TRANSLATE_NOOP("jy::Honor", "person")
                                      : nullptr;
    return text ? QCoreApplication::translate("jy::Honor", text) : kind;
}

} // namespace jy
