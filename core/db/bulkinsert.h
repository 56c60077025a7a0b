#pragma once
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace jy {

class Database;

// One INSERT run many times in a bulk load. On SQLite it goes through SQLite's C API (the
// library Qt's driver uses): Qt's per-value binding costs as much as the insert itself. On
// other databases it is a prepared QSqlQuery. Values are bound in placeholder order; run()
// returns the new row's id and throws DbError on failure.
class BulkInsert
{
public:
    // returnsId: the table has an id column (not so for link tables).
    BulkInsert(Database &db, const char *statement, bool returnsId = true);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // Texts are copied (as UTF-8) when bound.
    BulkInsert &text(const QString &value);        // NULL when empty
    BulkInsert &textNotNull(const QString &value); // '' when empty
    BulkInsert &id(qint64 value);                  // NULL when 0
    BulkInsert &number(qint64 value);
    BulkInsert &real(double value);
    qint64 run();

private:
    struct Native;
    std::unique_ptr<Native> mNative;
    QSqlQuery mQuery;
    const char *mStatement;
    int mNext = 1;
};

} // namespace jy
