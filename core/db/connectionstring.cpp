#include "db/connectionstring.h"
#include "db/dberror.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace jy {

bool isServerAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

ConnectionSettings parseConnection(const QString &text)
{
    ConnectionSettings settings;
    if (!isServerAddress(text)) {
        settings.dialect = Dialect::SQLite;
        settings.path = text;
        return settings;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString name = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || name.isEmpty() || name.contains(QLatin1Char('/')))
        throw DbError(QCoreApplication::translate("jy::ConnectionString",
                                                  "\"%1\" is not a server address; write it as postgresql://user@host:5432/database.")
                          .arg(url.toDisplayString(QUrl::RemovePassword)));
    settings.dialect = Dialect::PostgreSQL;
    settings.host = url.host();
    settings.port = url.port(5432);
    settings.databaseName = name;
    settings.user = url.userName();
    settings.password = url.password();
    // Other libpq keywords (sslmode=require, connect_timeout=5) pass through.
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        settings.options << item.first + QLatin1Char('=') + item.second;
    return settings;
}

} // namespace jy
