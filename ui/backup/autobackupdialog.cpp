#include "backup/autobackupdialog.h"
#include "backup/autobackup.h"
#include "db/backup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jy {

AutoBackupDialog::AutoBackupDialog(const QString &databasePath, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("autoBackupDialog"));
    setWindowTitle(tr("Automatic backups"));

    mInterval = new QComboBox;
    mInterval->setObjectName(QStringLiteral("interval"));
    mInterval->addItem(tr("Off"), 0);
    mInterval->addItem(tr("Every 6 hours"), 6);
    mInterval->addItem(tr("Every 12 hours"), 12);
    mInterval->addItem(tr("Daily"), 24);
    mInterval->addItem(tr("Weekly"), 24 * 7);
    mDaily = new QSpinBox;
    mDaily->setObjectName(QStringLiteral("daily"));
    mDaily->setRange(1, 366);
    mWeekly = new QSpinBox;
    mWeekly->setObjectName(QStringLiteral("weekly"));
    mWeekly->setRange(0, 520);

    auto *form = new QFormLayout;
    form->addRow(tr("&Back up:"), mInterval);
    form->addRow(tr("Keep the last &days:"), mDaily);
    form->addRow(tr("Keep the last &weeks:"), mWeekly);

    const QDateTime last = BackupSchedule::lastAutomatic(databasePath);
    auto *where = new QLabel(tr("Copies go to %1 and are checked after writing. The newest copy of each kept day and "
                                "week stays; older automatic copies are deleted. Last automatic backup: %2.")
                                 .arg(QDir::toNativeSeparators(Backup::folderFor(databasePath)),
                                      last.isValid() ? QLocale().toString(last, QLocale::ShortFormat) : tr("none yet")));
    where->setObjectName(QStringLiteral("where"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(where);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    setPolicy(AutoBackup::policy());
}

BackupPolicy AutoBackupDialog::policy() const
{
    BackupPolicy p;
    p.intervalHours = mInterval->currentData().toInt();
    p.daily = mDaily->value();
    p.weekly = mWeekly->value();
    return p;
}

void AutoBackupDialog::setPolicy(const BackupPolicy &policy)
{
    int index = mInterval->findData(policy.intervalHours);
    if (index < 0) { // a value set elsewhere: show it rather than silently change it
        mInterval->addItem(tr("Every %n hour(s)", nullptr, policy.intervalHours), policy.intervalHours);
        index = mInterval->count() - 1;
    }
    mInterval->setCurrentIndex(index);
    mDaily->setValue(policy.daily);
    mWeekly->setValue(policy.weekly);
}

void AutoBackupDialog::accept()
{
    AutoBackup::setPolicy(policy());
    QDialog::accept();
}

} // namespace jy
