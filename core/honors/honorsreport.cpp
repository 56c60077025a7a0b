#include "honors/honorsreport.h"
#include "accounts/session.h"
#include "db/database.h"
#include "db/sql.h"
#include "honors/honorservice.h"

#include <QSqlQuery>
#include <algorithm>

namespace jy {

HonorsReport HonorsReport::compute(Database &db, int fromYear, int toYear, qint64 communityId)
{
    HonorsReport r;
    r.fromYear = fromYear;
    r.toYear = std::max(fromYear, toYear);
    r.communityId = communityId;
    QSqlDatabase conn = db.connection();
    r.scopeName = communityId ? sql::scalar(conn, QStringLiteral("SELECT name FROM community WHERE id = ?"), {communityId}).toString()
                              : sql::scalar(conn, QStringLiteral("SELECT name FROM street ORDER BY id LIMIT 1")).toString();

    // Reading needs no permission; the service is only used for its query.
    const Session reader(QStringLiteral("report"), Role::Viewer);
    HonorFilter filter;
    filter.fromYear = r.fromYear;
    filter.toYear = r.toYear;
    filter.communityId = communityId;
    QList<Honor> honors = HonorService(db, reader).list(filter);
    const QStringList kinds = honor_recipient::all();
    std::stable_sort(honors.begin(), honors.end(), [&kinds](const Honor &a, const Honor &b) {
        const int ka = int(kinds.indexOf(a.recipientKind)), kb = int(kinds.indexOf(b.recipientKind));
        if (ka != kb)
            return ka < kb;
        if (a.recipient != b.recipient)
            return a.recipient < b.recipient;
        return a.year < b.year;
    });
    for (const QString &level : honor_level::all()) {
        Group g;
        g.level = level;
        for (const Honor &h : honors)
            if (h.level == level)
                g.honors << h;
        r.totalByLevel.insert(level, int(g.honors.size()));
        if (!g.honors.isEmpty())
            r.groups << g;
    }
    r.total = int(honors.size());

    if (!communityId) {
        QSqlQuery q = sql::exec(conn, QStringLiteral("SELECT id, name FROM community ORDER BY code"));
        while (q.next()) {
            CommunityRow row;
            row.communityId = q.value(0).toLongLong();
            row.community = q.value(1).toString();
            for (const QString &level : honor_level::all())
                row.byLevel.insert(level, 0);
            for (const Honor &h : honors)
                if (h.communityId == row.communityId) {
                    ++row.byLevel[h.level];
                    ++row.total;
                }
            r.communities << row;
        }
    }
    return r;
}

} // namespace jy
