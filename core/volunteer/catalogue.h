#pragma once
#include "common/result.h"

#include <QList>
#include <QString>
#include <optional>

namespace jy {

class Database;
class Session;

struct ServiceCategory
{
    qint64 id = 0;
    QString name;
    int sortOrder = 0;
    bool active = true;
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

namespace points_rule {
inline const QString PerItem = QStringLiteral("per_item"); // a fixed number of points per service
inline const QString PerHour = QStringLiteral("per_hour"); // points per hour of service
} // namespace points_rule

struct ServiceItem
{
    qint64 id = 0;
    qint64 categoryId = 0;
    QString name;
    QString pointsRule = points_rule::PerItem;
    int points = 1;
    QString description;
    bool active = true;
    QString categoryName; // filled by reads

    // What completing one service earns under this item's rule.
    int pointsFor(double hours) const;
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

// The supermarket's shelves: one catalogue for the head store and every branch. Items are
// retired (inactive), never deleted, because old orders name them.
class CatalogueService
{
public:
    CatalogueService(Database &db, const Session &session);
    CatalogueService(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    QList<ServiceCategory> categories(bool activeOnly = false) const;
    QList<ServiceItem> items(qint64 categoryId = 0, bool activeOnly = false) const;
    std::optional<ServiceItem> item(qint64 id) const;

    Result<qint64> saveCategory(const ServiceCategory &category); // id 0: new
    Result<qint64> saveItem(const ServiceItem &item);             // id 0: new

private:
    Status checkPermission() const;

    Database &mDb;
    const Session &mSession;
};

} // namespace jy
