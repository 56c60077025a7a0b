#pragma once
#include <QString>
#include <QStringList>

namespace jy {

// Translated labels for the codes stored with residents.
class ResidentCodes
{
public:
    static QStringList residenceTypes();
    static QString residenceTypeLabel(const QString &code);
    static QStringList relations();
    static QString relationLabel(const QString &code);
    static QString sexLabel(const QString &code);
};

} // namespace jy
