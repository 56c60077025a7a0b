#pragma once
#include "common/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace jy {

class Database;
class Session;

// The five stars of the 五星支部 assessment of urban community branches.
namespace branch_star {
inline const QString StrongBranch = QStringLiteral("strong_branch"); // 支部过硬星
inline const QString CoBuilding = QStringLiteral("co_building");     // 共建共享星
inline const QString SafetyLaw = QStringLiteral("safety_law");       // 平安法治星
inline const QString Harmony = QStringLiteral("harmony");            // 幸福和谐星
inline const QString Prosperity = QStringLiteral("prosperity");      // 宜业兴业星
QStringList all();
QString name(const QString &star);
} // namespace branch_star

struct StarScore
{
    QString star;
    int score = 0;           // 0–100
    QString notes;           // the evidence
};

// A branch's assessment of one year: the scores entered and the stars they earn.
struct StarAssessmentResult
{
    qint64 branchId = 0;
    int year = 0;
    QList<StarScore> scores; // in branch_star::all() order, only those entered
    int stars = 0;           // scores at or above the pass mark
};

// The annual five-star branch assessment: a score and evidence notes per star per year.
class StarAssessment
{
public:
    // The score a star needs to be awarded.
    static constexpr int kPassScore = 80;

    StarAssessment(Database &db, const Session &session);
    StarAssessment(Database &db, const Session &&session) = delete; // it keeps the session: no temporaries

    // Enters or replaces the score of one star. Field errors: branch, year, star, score, notes.
    Status assess(qint64 branchId, int year, const QString &star, int score, const QString &notes);
    StarAssessmentResult result(qint64 branchId, int year) const;
    // Every branch of a community assessed in the year, with its stars.
    QList<StarAssessmentResult> ofYear(qint64 communityId, int year) const;

private:
    Database &mDb;
    const Session &mSession;
};

} // namespace jy
