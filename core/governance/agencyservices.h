#pragma once
#include "common/registerfilter.h"
#include "common/result.h"
#include "workflow/workflow.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jy {

class Database;
class Session;

// What residents most often ask the red agency desk to handle; a matter may be of another kind.
QStringList agencyCategories();

struct AgencyService
{
    qint64 id = 0;
    QString number;          // DB + date + sequence
    qint64 communityId = 0;
    qint64 residentId = 0;   // 0: not on the roster
    QString requesterName;
    QString matter;          // what is to be handled
    QString category;
    QString handler;
    QString result;
    QString state;
    QDateTime stateSince;
    QDateTime createdAt;
    QDateTime completedAt;
    QString communityName;   // filled by reads
    // Time taken from receipt to done, in days (fractional); -1 while not done.
    double daysTaken() const;
};

// Red agency services (红色代办) on the agency workflow: received with RecordCases, then taken
// on, finished with a result or returned with a reason.
class AgencyServices
{
public:
    AgencyServices(Database &db, const Session &session);
    AgencyServices(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Field errors: community, requester, matter, category.
    Result<qint64> receive(const AgencyService &service, const QDateTime &at = {});
    // fields: handler (handle), result (finish), reason (return).
    Status take(qint64 id, const QString &action, const QVariantMap &fields = {}, const QDateTime &at = {});
    std::optional<AgencyService> find(qint64 id) const;
    QList<HistoryEntry> history(qint64 id) const;
    // filter: communityId, kind (category), state, text (number, requester, matter, handler); newest first.
    QList<AgencyService> list(const RegisterFilter &filter = {}) const;
    int count(const RegisterFilter &filter = {}) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
