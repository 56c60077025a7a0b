#pragma once
#include <QDate>
#include <QList>
#include <QString>

namespace jy {

class Database;
class DemoRandom;
class Session;

// The volunteer supermarket of the demo street: teams (魅力社区's eleven, from the seed),
// volunteers drawn from the roster's 志愿者 and from co-building units, affiliated shops and
// their offers, orders from January 2025 up to `today` taken through the real order workflow
// (older ones closed, recent ones still moving), opening balances carried over from paper
// ledgers, and the "12.17" charity-day redemption each year. Written through the services, so
// the demo obeys the same rules as real data.
class DemoSupermarket
{
public:
    struct Community
    {
        qint64 id = 0;
        int index = 0;      // 0 is 魅力社区
        QString name;
    };
    struct Summary
    {
        int volunteers = 0;
        int teams = 0;
        int shops = 0;
        int orders = 0;
    };

    // `today`: the day the simulated orders stop at (the CLI passes the real date).
    static Summary generate(Database &db, const Session &session, DemoRandom &random, const QList<Community> &communities,
                            const QDate &today);
};

} // namespace jy
