#include "testsupport.h"
#include "backup/backupactions.h"
#include "db/backup.h"
#include "db/sql.h"

#include <QApplication>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace jy;

TEST_CASE("restoring previews the backup's date and counts, and cancel leaves everything as it was", "[backup-ui]")
{
    test::TempDatabase db;
    const test::SmallPlace place = test::SmallPlace::create(*db);
    const QString backup = db.dir.filePath(QStringLiteral("copy.sqlite"));
    Backup::write(*db, backup);
    const int communities = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM community")).toInt();

    QString preview;
    // The file dialog first: choose the backup; then the question with the preview: cancel.
    std::function<void()> answer = [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *files = qobject_cast<QFileDialog *>(w); files && files->isVisible()) {
                files->selectFile(backup);
                QMetaObject::invokeMethod(files, "accept");
                QTimer::singleShot(50, answer);
                return;
            }
            if (auto *ask = qobject_cast<QMessageBox *>(w); ask && ask->isVisible()) {
                preview = ask->informativeText();
                test::screenshot(*ask, "backup-restore-preview");
                ask->button(QMessageBox::Cancel)->click();
                return;
            }
        }
        QTimer::singleShot(50, answer);
    };
    QTimer::singleShot(50, answer);
    QWidget parent;
    CHECK_FALSE(BackupActions::restore(&parent, *db));
    CHECK(preview.contains(QStringLiteral("copy.sqlite")));
    CHECK(preview.contains(QString::number(communities)));
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM community")).toInt() == communities);
    Q_UNUSED(place);
}
