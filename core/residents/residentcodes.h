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

    // Codes from what people write in spreadsheets ("男", "流动人口", "长子"), also accepting
    // the codes and the labels themselves; empty when the text is not understood.
    static QString sexFromText(const QString &text);
    static QString residenceTypeFromText(const QString &text);
    // Any other family word ("岳母", "侄子") is relation::Other; only blank text gives empty.
    static QString relationFromText(const QString &text);
    // The Chinese words roster spreadsheets use, whatever the interface language, so a
    // file exported under English still imports: 户籍, 户主, 男…
    static QString residenceTypeRosterText(const QString &code);
    static QString relationRosterText(const QString &code);
    static QString sexRosterText(const QString &code);
};

} // namespace jy
