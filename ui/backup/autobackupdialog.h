#pragma once
#include "db/backupschedule.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace jy {

// File → 自动备份设置…: how often the program backs the database up by itself and how many
// copies it keeps. Saved in QSettings by AutoBackup::setPolicy on OK.
class AutoBackupDialog : public QDialog
{
    Q_OBJECT

public:
    // databasePath: for showing where the copies go and when the last one was made.
    explicit AutoBackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    BackupPolicy policy() const;
    void setPolicy(const BackupPolicy &policy);
    void accept() override;

private:
    QComboBox *mInterval = nullptr;
    QSpinBox *mDaily = nullptr;
    QSpinBox *mWeekly = nullptr;
};

} // namespace jy
