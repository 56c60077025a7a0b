#pragma once
#include <QString>

namespace jy {

// A dwelling's address split the way rosters write it: "万科魅力之城12号楼3单元502室",
// "12栋3单元502", "12-3-502", or the parts from separate columns ("12号楼", "3单元", "502室").
struct AddressParts
{
    QString estate;   // whatever precedes the building number; may be empty
    QString building; // "12"
    QString unit;     // "3"; empty when not written
    QString room;     // "502"; empty when not written

    bool hasBuilding() const { return !building.isEmpty(); }

    // Empty parts when the text holds no building number.
    static AddressParts parse(const QString &text);
    // "12号楼" → "12", "3单元" → "3", "502室" → "502", "A座" → "A"; other text as it is.
    static QString number(const QString &text);
};

} // namespace jy
