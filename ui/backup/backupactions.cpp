#include "backup/backupactions.h"
#include "db/backup.h"
#include "db/database.h"
#include "db/dberror.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

namespace jy {

bool BackupActions::backup(QWidget *parent, Database &db)
{
    const QString dbPath = db.settings().path;
    const QString suggested = QDir(Backup::folderFor(dbPath))
                                  .filePath(QStringLiteral("%1-%2.sqlite")
                                                .arg(QFileInfo(dbPath).completeBaseName(),
                                                     QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QDir().mkpath(Backup::folderFor(dbPath));
    const QString target = QFileDialog::getSaveFileName(parent, tr("Back up the database"), suggested,
                                                        tr("Jiayuan database (*.sqlite)"));
    if (target.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        if (QFileInfo::exists(target))
            QFile::remove(target); // the dialog already asked whether to replace it
        Backup::write(db, target);
    } catch (const DbError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(parent, tr("Backup failed"), e.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    QMessageBox::information(parent, tr("Backup written"),
                             tr("The database was backed up to\n%1\nand the copy passed its integrity check.")
                                 .arg(QDir::toNativeSeparators(target)));
    return true;
}

bool BackupActions::restore(QWidget *parent, Database &db)
{
    if (db.dialect() != Dialect::SQLite)
        return false;
    const QString dbPath = db.settings().path;
    const QString from = QFileDialog::getOpenFileName(parent, tr("Restore from a backup"), Backup::folderFor(dbPath),
                                                      tr("Jiayuan database (*.sqlite);;All files (*)"));
    if (from.isEmpty())
        return false;
    return restoreFrom(parent, db, from);
}

bool BackupActions::restoreFrom(QWidget *parent, Database &db, const QString &from)
{
    if (db.dialect() != Dialect::SQLite)
        return false;
    const QString dbPath = db.settings().path;
    Backup::Info info;
    try {
        info = Backup::inspect(from);
    } catch (const DbError &e) {
        QMessageBox::warning(parent, tr("Cannot restore this file"), e.message());
        return false;
    }
    const QLocale locale;
    QMessageBox ask(QMessageBox::Question, tr("Restore from a backup"),
                    tr("Replace the current database with this backup?"), QMessageBox::NoButton, parent);
    ask.setInformativeText(tr("Backup: %1\nMade: %2\nSchema version: %3\nCommunities: %4\nHouseholds: %5\n"
                              "Residents: %6\nAudit entries: %7\n\n"
                              "The current database is kept in the backups folder first, so this can be undone. "
                              "Jiayuan restarts afterwards.")
                               .arg(QDir::toNativeSeparators(from), locale.toString(info.madeAt, QLocale::LongFormat))
                               .arg(info.schemaVersion)
                               .arg(locale.toString(info.communities), locale.toString(info.households),
                                    locale.toString(info.residents), locale.toString(info.auditEntries)));
    QPushButton *go = ask.addButton(tr("Restore"), QMessageBox::DestructiveRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.setObjectName(QStringLiteral("restorePreview"));
    ask.exec();
    if (ask.clickedButton() != go)
        return false;
    Backup::Restored restored;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        // This thread's connection must hold no read snapshot while the file is replaced.
        db.releaseThreadConnection();
        restored = Backup::restore(dbPath, from);
    } catch (const DbError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(parent, tr("Restore failed"), e.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    QMessageBox::information(parent, tr("Database restored"),
                             tr("The backup was restored. The database as it was before is saved as\n%1\n\n"
                                "Jiayuan now starts again on the restored data.")
                                 .arg(QDir::toNativeSeparators(restored.undoPath)));
    QProcess::startDetached(QApplication::applicationFilePath(), QApplication::arguments().mid(1));
    QApplication::quit();
    return true;
}

} // namespace jy
