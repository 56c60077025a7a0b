#pragma once
#include "common/registerfilter.h"
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jy {

class Database;
class Session;

// The merchants' red and black list (红黑榜).
namespace merchant_list {
inline const QString None = QStringLiteral("none");
inline const QString Red = QStringLiteral("red");     // praised: honest trading, helps residents
inline const QString Black = QStringLiteral("black"); // named: goods out on the pavement, complaints …
QStringList all();
QString name(const QString &list);
} // namespace merchant_list

struct Merchant
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString name;
    QString owner;
    QString phone;
    QString address;
    QString business;         // what it sells or does
    bool modelShop = false;   // 党员示范店
    qint64 partnerShopId = 0; // the supermarket's affiliated shop it is, if any
    QString list = merchant_list::None;
    QString listReason;
    QDate listedOn;
    // Filled by reads.
    QString communityName;
    QString partnerShopName;
    int rowVersion = 0;       // as read; a save from an older version is a conflict (0: not checked)
};

// Merchants (商户) of a community: model shops, affiliated shops, the red and black list.
// ManageGovernance, audited; putting a merchant on a list needs a reason and a date.
class Merchants
{
public:
    Merchants(Database &db, const Session &session);
    Merchants(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Field errors: name, community, phone, partner_shop, list, list_reason, listed_on.
    Result<qint64> save(const Merchant &merchant);
    Status remove(qint64 id);
    std::optional<Merchant> find(qint64 id) const;
    // filter: communityId, kind ("model" for model shops, "partner" for affiliated shops),
    // state (list), text (name, owner, business); by name in pinyin order (阿福 before 张记).
    QList<Merchant> list(const RegisterFilter &filter = {}) const;
    int count(const RegisterFilter &filter = {}) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
