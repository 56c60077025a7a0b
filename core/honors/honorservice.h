#pragma once
#include "common/result.h"
#include "honors/honor.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace jy {

class Database;
class Session;

struct HonorFilter
{
    int fromYear = 0;         // 0: no lower bound
    int toYear = 0;           // 0: no upper bound
    qint64 communityId = 0;   // 0: every community
    QString level;            // empty: every level
    QString text;             // in the title, recipient or awarding body
};

struct HonorCertificate
{
    QString fileName;
    QString mimeType;         // image/png, image/jpeg or application/pdf
    QByteArray data;
};

// The honors register: validated, permission-checked (ManagePlaces: the office's own records),
// audited; certificate scans are kept with the data, checked by their first bytes.
class HonorService
{
public:
    HonorService(Database &db, const Session &session);
    HonorService(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Field errors: year, title, level, recipient_kind, recipient, community.
    Result<qint64> save(const Honor &honor);
    Status remove(qint64 id);
    std::optional<Honor> find(qint64 id) const;
    QList<Honor> list(const HonorFilter &filter = {}) const;
    int count() const;

    static constexpr qint64 kMaxCertificateBytes = 20 * 1024 * 1024;
    // Field errors: certificate (not PNG, JPEG or PDF, empty, too large).
    Status attachCertificate(qint64 honorId, const QString &fileName, const QByteArray &data);
    std::optional<HonorCertificate> certificate(qint64 honorId) const;

private:
    Status checkPermission() const;

    Database &mDb;
    const Session &mSession;
};

} // namespace jy
