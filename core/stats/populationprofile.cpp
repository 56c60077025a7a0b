#include "stats/populationprofile.h"
#include "db/database.h"
#include "db/sql.h"

#include <QSqlQuery>

namespace jy {

PopulationProfile PopulationProfile::collect(Database &db, const QDate &today, qint64 communityId)
{
    PopulationProfile profile;
    for (int age = 0; age < 80; age += 10)
        profile.ageBands.append({age, age + 9});
    profile.ageBands.append({80, -1});

    // Age a..b on `today` ⇔ birth date in (today - (b+1) years, today - a years]. ISO dates
    // compare as text, so one pass with bound dates works in SQLite and PostgreSQL alike.
    QStringList sums;
    QVariantList values;
    for (const AgeBand &band : profile.ageBands) {
        if (band.maxAge < 0) {
            sums << QStringLiteral("SUM(CASE WHEN birth_date <= ? THEN 1 ELSE 0 END)");
            values << today.addYears(-band.minAge).toString(Qt::ISODate);
        } else {
            sums << QStringLiteral("SUM(CASE WHEN birth_date <= ? AND birth_date > ? THEN 1 ELSE 0 END)");
            values << today.addYears(-band.minAge).toString(Qt::ISODate)
                   << today.addYears(-(band.maxAge + 1)).toString(Qt::ISODate);
        }
    }
    QString where;
    if (communityId) {
        where = QStringLiteral(" WHERE community_id = ?");
        values << communityId;
    }
    QSqlDatabase conn = db.connection();
    QSqlQuery q = sql::exec(conn,
        QStringLiteral("SELECT sex, count(*), SUM(CASE WHEN birth_date IS NULL OR birth_date = '' THEN 1 ELSE 0 END), %1 "
                       "FROM resident%2 GROUP BY sex").arg(sums.join(QStringLiteral(", ")), where),
        values);
    while (q.next()) {
        const QString sex = q.value(0).toString();
        profile.residents += q.value(1).toInt();
        profile.unknownAge += q.value(2).toInt();
        for (int i = 0; i < profile.ageBands.size(); ++i) {
            const int n = q.value(3 + i).toInt();
            AgeBand &band = profile.ageBands[i];
            if (sex == QLatin1String("M"))
                band.male += n;
            else if (sex == QLatin1String("F"))
                band.female += n;
            else
                band.other += n;
        }
    }

    QVariantList typeValues;
    QString typeWhere;
    if (communityId) {
        typeWhere = QStringLiteral(" WHERE community_id = ?");
        typeValues << communityId;
    }
    QSqlQuery types = sql::exec(conn,
        QStringLiteral("SELECT residence_type, count(*) FROM resident%1 GROUP BY residence_type").arg(typeWhere), typeValues);
    while (types.next())
        profile.residenceTypes.insert(types.value(0).toString(), types.value(1).toInt());
    return profile;
}

} // namespace jy
