#pragma once
#include <QCoreApplication>

class QWidget;

namespace jy {

class Database;

// The File menu's 备份数据库… and 从备份恢复…: dialogs around core/db/backup, which does the work.
class BackupActions
{
    Q_DECLARE_TR_FUNCTIONS(jy::BackupActions)
public:
    // Asks where to save; true when a verified backup was written.
    static bool backup(QWidget *parent, Database &db);
    // Asks for a backup file, previews its date and counts, asks again, restores and restarts the
    // program on the restored database (the pages hold rows of the old one).
    static bool restore(QWidget *parent, Database &db);
    // The same from a file already chosen (drag and drop, tests).
    static bool restoreFrom(QWidget *parent, Database &db, const QString &from);
};

} // namespace jy
