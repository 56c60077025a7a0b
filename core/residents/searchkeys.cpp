#include "residents/searchkeys.h"
#include "db/database.h"
#include "db/sql.h"
#include "pinyin/pinyin.h"

#include <algorithm>

namespace jy {

SearchKeys SearchKeys::compute(const QString &name, const QString &idNumber, const QString &phone)
{
    const Pinyin::Keys names = Pinyin::instance().keys(name);
    SearchKeys keys;
    keys.pinyin = names.full;
    keys.initials = names.initials;
    keys.sortKey = names.sortKey;
    keys.idReversed = reversed(idNumber);
    keys.phoneReversed = reversed(phone);
    return keys;
}

QString SearchKeys::reversed(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString out = text;
    std::reverse(out.begin(), out.end());
    return out;
}

QString SearchKeys::nameTokens(const QString &name)
{
    QStringList tokens;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i).isHighSurrogate() && i + 1 < name.size()) {
            tokens << name.mid(i, 2);
            ++i;
        } else if (!name.at(i).isSpace()) {
            tokens << QString(name.at(i)).toLower();
        }
    }
    return tokens.join(QLatin1Char(' '));
}

void SearchKeys::writeNameIndex(Database &db, qint64 residentId, const QString &name)
{
    if (db.dialect() != Dialect::SQLite)
        return;
    QSqlDatabase conn = db.connection();
    sql::exec(conn, QStringLiteral("DELETE FROM resident_name_fts WHERE rowid = ?"), {residentId});
    sql::exec(conn, QStringLiteral("INSERT INTO resident_name_fts (rowid, chars) VALUES (?, ?)"),
              {residentId, nameTokens(name)});
}

void SearchKeys::removeNameIndex(Database &db, qint64 residentId)
{
    if (db.dialect() != Dialect::SQLite)
        return;
    sql::exec(db.connection(), QStringLiteral("DELETE FROM resident_name_fts WHERE rowid = ?"), {residentId});
}

} // namespace jy
