#include "import/mappingmemory.h"
#include "db/database.h"
#include "db/sql.h"
#include "import/cellvalue.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace jy {

QString MappingMemory::signature(const QStringList &headers)
{
    QStringList cleaned;
    for (const QString &h : headers)
        cleaned << CellValue::halfWidth(h).simplified();
    while (!cleaned.isEmpty() && cleaned.last().isEmpty())
        cleaned.removeLast();
    return QString::fromLatin1(QCryptographicHash::hash(cleaned.join(QLatin1Char('\t')).toUtf8(), QCryptographicHash::Sha1).toHex());
}

QHash<int, QString> MappingMemory::recall(const QStringList &headers) const
{
    const QVariant stored = sql::scalar(mDb.connection(), QStringLiteral("SELECT mapping FROM import_mapping WHERE signature = ?"),
                                        {signature(headers)});
    QHash<int, QString> mapping;
    const QJsonObject object = QJsonDocument::fromJson(stored.toString().toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool ok = false;
        const int column = it.key().toInt(&ok);
        if (ok && column >= 0 && column < headers.size() && !it.value().toString().isEmpty())
            mapping.insert(column, it.value().toString());
    }
    return mapping;
}

void MappingMemory::remember(const QStringList &headers, const QHash<int, QString> &fieldByColumn)
{
    QJsonObject object;
    for (auto it = fieldByColumn.cbegin(); it != fieldByColumn.cend(); ++it)
        object.insert(QString::number(it.key()), it.value());
    sql::exec(mDb.connection(),
              QStringLiteral("INSERT INTO import_mapping (signature, mapping, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at"),
              {signature(headers), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)),
               QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
}

} // namespace jy
