#pragma once
#include "residents/rosterfilter.h"

#include <QDialog>
#include <atomic>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QDialogButtonBox;
class QThread;

namespace jy {

class Database;
class Session;

// Exports what the roster shows (its search, filters and order) to .xlsx or CSV, masked
// unless the user deliberately asks for full ID numbers and phones and the role allows it.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Database &db, const Session &session, const RosterFilter &filter, int rows, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString path() const;
    void setPath(const QString &path);

    void accept() override;
    void reject() override;

private:
    void browse();
    void finished(const QString &error, int rows, bool cancelled);

    Database &mDb;
    const Session &mSession;
    RosterFilter mFilter;
    QLineEdit *mPath;
    QCheckBox *mUnmasked;
    QProgressBar *mProgress;
    QLabel *mStatus;
    QDialogButtonBox *mButtons;
    QThread *mThread = nullptr;
    std::atomic_bool mCancel = false;
};

} // namespace jy
