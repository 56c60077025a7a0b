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

    // The Chinese words roster spreadsheets use, whatever the interface language, so a
    // file exported under English still imports: 户籍, 户主, 男…
    static QString residenceTypeRosterText(const QString &code);
    static QString relationRosterText(const QString &code);
    static QString sexRosterText(const QString &code);
};

} // namespace jy
