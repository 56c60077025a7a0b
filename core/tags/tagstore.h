#pragma once
#include "common/result.h"

#include <QList>
#include <QString>

namespace jy {

class Database;
class Session;

struct Tag
{
    qint64 id = 0;
    QString name;
    QString category; // care / work / party
    bool builtin = false;
    int residents = 0;
};

// User-defined labels on residents (党员, 独居, 低保 …). Tags are data, not columns.
class TagStore
{
public:
    TagStore(Database &db, const Session &session) : mDb(db), mSession(session) {}

    QList<Tag> all(bool withCounts = false) const;
    qint64 idOf(const QString &name) const; // 0 if unknown
    Result<qint64> create(const QString &name, const QString &category = QStringLiteral("care"));

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
