#pragma once
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace jy {

class Database;
class Session;

using Choices = QList<QPair<QString, QVariant>>;

// Lists for the registers' forms and filters.
// The communities the session works in: every one for the street, else its own (Scope).
Choices communityChoices(Database &db, const Session &session);
// Branches (level branch) of a community, or of all communities named with theirs.
Choices branchChoices(Database &db, qint64 communityId = 0);
Choices unitChoices(Database &db, qint64 communityId = 0);
// Values named by a translating function, e.g. meeting_kind::all() with meeting_kind::name.
Choices named(const QStringList &values, QString (*name)(const QString &));
QList<QPair<QString, QString>> namedFilter(const QStringList &values, QString (*name)(const QString &));
// Free-text suggestions: label and value are the same.
Choices plain(const QStringList &values);

} // namespace jy
