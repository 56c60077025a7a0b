#include "testsupport.h"
#include "backup/backupactions.h"
#include "db/backup.h"
#include "db/sql.h"

#include <QApplication>
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

    // Answer the question with the preview: cancel. Give up after a while rather than hang.
    QString preview;
    int tries = 0;
    std::function<void()> answer = [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *ask = qobject_cast<QMessageBox *>(w); ask && ask->isVisible()) {
                preview = ask->informativeText();
                test::screenshot(*ask, "backup-restore-preview");
                if (QAbstractButton *cancel = ask->button(QMessageBox::Cancel))
                    cancel->click();
                else
                    ask->reject();
                return;
            }
        }
        if (++tries < 200)
            QTimer::singleShot(50, answer);
    };
    QTimer::singleShot(50, answer);
    QWidget parent;
    CHECK_FALSE(BackupActions::restoreFrom(&parent, *db, backup));
    CHECK(preview.contains(QStringLiteral("copy.sqlite")));
    CHECK(preview.contains(QString::number(communities)));
    CHECK(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM community")).toInt() == communities);
    Q_UNUSED(place);
}
