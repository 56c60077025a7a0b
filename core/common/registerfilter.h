#pragma once
#include <QDate>
#include <QString>

namespace jy {

// What a register's list shows: one community or all, a kind or state, words to find, a date
// range, and the page to fetch (lists over large registers are read a page at a time).
struct RegisterFilter
{
    qint64 communityId = 0;  // 0: every community
    qint64 ownerId = 0;      // a register's parent (branch, unit, meeting); 0: any
    QString kind;            // empty: every kind
    QString state;           // empty: every state
    QString text;            // in the register's names, topics or parties
    QDate from;              // invalid: no bound
    QDate to;
    int offset = 0;
    int limit = -1;          // -1: all
};

} // namespace jy
