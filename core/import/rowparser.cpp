#include "import/rowparser.h"
#include "import/cellvalue.h"
#include "residents/residentcodes.h"
#include "residents/residentrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jy {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("jy::RowParser", text); }
} // namespace

QString ImportRow::reason() const
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts << e.message;
    return parts.join(QLatin1Char(' '));
}

RowParser::RowParser(const QHash<int, QString> &fieldByColumn, const QSet<QString> &knownTags)
    : mKnownTags(knownTags)
{
    for (auto it = fieldByColumn.cbegin(); it != fieldByColumn.cend(); ++it)
        mColumnOf.insert(it.value(), it.key());
}

QString RowParser::cell(const QStringList &cells, const QString &field) const
{
    const int column = mColumnOf.value(field, -1);
    if (column < 0 || column >= cells.size())
        return {};
    return CellValue::halfWidth(cells.at(column));
}

bool RowParser::isFooter(const QStringList &cells)
{
    // Signature lines and totals under the table: "制表人：张三", "合计：120人".
    static const QRegularExpression footer(QStringLiteral(
        "^(制表人|填表人|填报人|审核人|审核|负责人|联系人|制表日期|填报日期|填表日期|统计日期|制表单位|填报单位|合计|总计|共计|小计|注|说明)\\s*[:：]?"));
    for (const QString &c : cells) {
        const QString text = c.trimmed();
        if (!text.isEmpty())
            return footer.match(text).hasMatch();
    }
    return false;
}

ImportRow RowParser::parse(int sheetRow, const QStringList &cells) const
{
    ImportRow row;
    row.sheetRow = sheetRow;
    const bool blank = std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
    if (blank) {
        row.kind = ImportRow::Kind::Blank;
        return row;
    }
    Resident &r = row.resident;
    r.name = cell(cells, QStringLiteral("name"));
    // "制表人：张三" may well sit in the name column.
    const bool nameLooksLikeLabel = r.name.contains(QLatin1Char(':')) || r.name.contains(QChar(0xFF1A));
    if ((r.name.isEmpty() || nameLooksLikeLabel) && isFooter(cells)) {
        row.kind = ImportRow::Kind::Footer;
        return row;
    }
    FieldErrors &errors = row.errors;

    const QString idText = cell(cells, QStringLiteral("id_number"));
    bool idMangled = false;
    if (CellValue::isScientificNotation(idText)) {
        idMangled = true;
        errors.append({QStringLiteral("id_number"),
                       tr("The ID number %1 was turned into a number by Excel and its last digits are lost; it cannot be "
                          "recovered. Set the column to Text in Excel and type the number again.").arg(idText)});
    } else {
        r.idNumber = idText;
    }

    const QString sexText = cell(cells, QStringLiteral("sex"));
    const QString sex = ResidentCodes::sexFromText(sexText);
    if (!sexText.isEmpty() && sex.isEmpty())
        errors.append({QStringLiteral("sex"), tr("The sex \"%1\" is neither 男 nor 女.").arg(sexText)});
    r.sex = sex;

    const QString birthText = cell(cells, QStringLiteral("birth_date"));
    QDate birth;
    if (!birthText.isEmpty()) {
        QString why;
        birth = CellValue::parseDate(birthText, &why);
        if (!birth.isValid())
            errors.append({QStringLiteral("birth_date"), tr("Birth date: %1").arg(why)});
    }
    r.birthDate = birth;

    r.phone = cell(cells, QStringLiteral("phone"));
    const QString typeText = cell(cells, QStringLiteral("residence_type"));
    r.residenceType = typeText.isEmpty() ? residence::Registered : ResidentCodes::residenceTypeFromText(typeText);
    if (r.residenceType.isEmpty())
        errors.append({QStringLiteral("residence_type"),
                       tr("The residence type \"%1\" is not one of 户籍, 常住, 流动, 空挂.").arg(typeText)});
    const QString relationText = cell(cells, QStringLiteral("relation"));
    r.relation = relationText.isEmpty() ? relation::Other : ResidentCodes::relationFromText(relationText);
    r.ethnicity = cell(cells, QStringLiteral("ethnicity"));
    r.notes = cell(cells, QStringLiteral("notes"));

    static const QRegularExpression tagSeparators(QStringLiteral("[、,，;；/\\s]+"));
    const QString tagText = cell(cells, QStringLiteral("tags"));
    if (!tagText.isEmpty()) {
        r.tags = tagText.split(tagSeparators, Qt::SkipEmptyParts);
        QStringList unknown;
        for (const QString &t : std::as_const(r.tags)) {
            if (!mKnownTags.contains(t))
                unknown << t;
        }
        if (!unknown.isEmpty())
            errors.append({QStringLiteral("tags"), tr("Unknown tags: %1 (add them under tags first).")
                                                      .arg(unknown.join(QStringLiteral("、")))});
    }

    // The rules derive sex and birth date from the ID number: what the sheet says must agree.
    const QString givenSex = r.sex;
    const FieldErrors ruleErrors = ResidentRules::normalise(r, mToday);
    for (const FieldError &e : ruleErrors) {
        const bool duplicate = std::any_of(errors.cbegin(), errors.cend(), [&](const FieldError &x) { return x.field == e.field; });
        // A mangled ID number has already been explained; "birth date required" would mislead.
        if (!duplicate && !(idMangled && (e.field == QLatin1String("birth_date") || e.field == QLatin1String("sex"))))
            errors.append(e);
    }
    const bool idValid = !r.idNumber.isEmpty()
        && std::none_of(ruleErrors.cbegin(), ruleErrors.cend(), [](const FieldError &e) { return e.field == QLatin1String("id_number"); });
    if (idValid) {
        if (!givenSex.isEmpty() && givenSex != r.sex)
            errors.append({QStringLiteral("sex"), tr("The sex %1 does not match the ID number, which says %2.")
                                                     .arg(ResidentCodes::sexLabel(givenSex), ResidentCodes::sexLabel(r.sex))});
        if (birth.isValid() && birth != r.birthDate)
            errors.append({QStringLiteral("birth_date"), tr("The birth date %1 does not match the ID number, which says %2.")
                                                            .arg(birth.toString(Qt::ISODate), r.birthDate.toString(Qt::ISODate))});
    }

    row.community = cell(cells, QStringLiteral("community"));
    row.grid = cell(cells, QStringLiteral("grid"));
    row.householdNo = cell(cells, QStringLiteral("household_no"));
    const QString building = cell(cells, QStringLiteral("building"));
    if (!building.isEmpty()) {
        row.address.estate = cell(cells, QStringLiteral("estate"));
        row.address.building = AddressParts::number(building);
        row.address.unit = AddressParts::number(cell(cells, QStringLiteral("unit")));
        row.address.room = AddressParts::number(cell(cells, QStringLiteral("room")));
    } else {
        const QString written = cell(cells, QStringLiteral("address"));
        row.address = AddressParts::parse(written);
        const QString estate = cell(cells, QStringLiteral("estate"));
        if (!estate.isEmpty())
            row.address.estate = estate;
        if (!row.address.hasBuilding() && !cell(cells, QStringLiteral("room")).isEmpty())
            errors.append({QStringLiteral("building"), tr("A room is given but no building.")});
    }
    return row;
}

} // namespace jy
