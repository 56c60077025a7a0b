#pragma once
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace jy::sql {

// Prepared statements with bound values only; every failure throws DbError.
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);
QSqlQuery exec(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values);
// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values = {});
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values);
// Runs an INSERT and returns the new row's id (RETURNING works in SQLite >= 3.35 and PostgreSQL).
qint64 insert(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// NULL for an empty text or a zero id, so optional columns stay NULL rather than '' or 0.
inline QVariant nullableText(const QString &text) { return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text); }
inline QVariant nullableId(qint64 id) { return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); }

// A LIKE pattern that finds `text` anywhere, its own % and _ taken literally; use it with
// "LIKE ? ESCAPE '\\'".
inline QString containsPattern(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

} // namespace jy::sql
