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

namespace dispute_kind {
inline const QString Neighbour = QStringLiteral("neighbour");   // 邻里纠纷
inline const QString Family = QStringLiteral("family");         // 婚姻家庭、赡养
inline const QString Property = QStringLiteral("property");     // 物业纠纷
inline const QString Relocation = QStringLiteral("relocation"); // 拆迁安置
inline const QString Labour = QStringLiteral("labour");         // 劳资纠纷
inline const QString Other = QStringLiteral("other");
QStringList all();
QString name(const QString &kind);
} // namespace dispute_kind

struct MediationCase
{
    qint64 id = 0;
    QString number;           // TJ + date + sequence
    qint64 communityId = 0;
    QString kind = dispute_kind::Neighbour;
    QString parties;          // "陶某（姐）与陶某某（弟）"
    QString summary;
    QString mediator;
    int sessions = 0;
    QString outcome;
    bool agreementSigned = false;
    QString state;
    QDateTime stateSince;
    QDateTime createdAt;
    QDateTime closedAt;
    QString communityName;    // filled by reads
};

// Dispute mediation cases on the mediation workflow: registered with RecordCases; steps by the
// workflow's roles; each session counted and kept in the case history.
class MediationCases
{
public:
    MediationCases(Database &db, const Session &session);
    MediationCases(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Field errors: community, kind, parties, summary.
    Result<qint64> registerCase(const MediationCase &c, const QDateTime &at = {});
    // fields: mediator (accept), note (session), outcome [agreement_signed] (resolve), reason
    // (fail, escalate, withdraw).
    Status take(qint64 id, const QString &action, const QVariantMap &fields = {}, const QDateTime &at = {});
    std::optional<MediationCase> find(qint64 id) const;
    QList<HistoryEntry> history(qint64 id) const;
    // filter: communityId, kind, state, text (number, parties, summary, mediator), from/to (registered); newest first.
    QList<MediationCase> list(const RegisterFilter &filter = {}) const;
    int count(const RegisterFilter &filter = {}) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
