#pragma once
#include "reports/reportdocument.h"

#include <QDialog>
#include <atomic>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QSpinBox;
class QThread;

namespace jy {

class Database;
class Session;

// The report dialog: choose the report (annual honors, annual statistics, volunteer ranking, the
// five-star branch assessment, the 三会一课 summary),
// the year or span and the scope (one community or the whole street), then preview (print and
// save from there) or save straight to PDF / .xlsx. The report is computed on a worker thread
// with progress and a cancel button.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Honors, Statistics, VolunteerRanking, FiveStar, PartyMeetings };

    ReportDialog(Database &db, const Session &session, Kind kind = Kind::Statistics, QWidget *parent = nullptr);
    ~ReportDialog() override;

    void setKind(Kind kind);
    void setYears(int from, int to);
    void setCommunity(qint64 communityId); // 0: the whole street

    // Computes the chosen report on a worker thread while the dialog waits (progress, cancel);
    // nothing when cancelled or failed (after saying why).
    std::optional<ReportDocument> build();

public slots:
    void reject() override;

private:
    void kindChanged();
    void preview();
    void save();

    Database &mDb;
    const Session &mSession;
    QComboBox *mKind = nullptr;
    QSpinBox *mFrom = nullptr;
    QSpinBox *mTo = nullptr;
    QLabel *mToLabel = nullptr;
    QComboBox *mScope = nullptr;
    QProgressBar *mProgress = nullptr;
    QDialogButtonBox *mButtons = nullptr;
    QThread *mThread = nullptr;
    std::atomic_bool mCancel{false};
};

} // namespace jy
