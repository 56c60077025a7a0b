#pragma once
#include "listcommands.h"
#include "page.h"

class QAction;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace jy {

class Database;
class HonorTableModel;
class Session;

// The honors register (荣誉): filter by years, community, level and text; add, edit and delete
// honors; keep and show certificate scans.
class HonorsPage : public Page, public ListCommands
{
    Q_OBJECT

public:
    HonorsPage(Database &db, const Session &session, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    QString statusText() const override;
    void activate() override;
    ListCommands *listCommands() override { return this; }
    QWidget *searchField() const override;
    bool canCreateRecord() const override;
    void createRecord() override { newHonor(); }
    bool canPrintList() const override { return true; }
    ReportDocument listDocument() const override;

    HonorTableModel *model() const { return mModel; }
    void reload(qint64 select = 0);
    // The honors of a community (0: all), a level (empty: all) and a year (from a dashboard click).
    void showHonors(qint64 communityId, const QString &level, int year);
    // Keeps the file as the selected honor's certificate scan; the message says why not.
    bool attachCertificateFile(const QString &path, QString *message = nullptr);

signals:
    // The page's "Report…" button: the window shows the report dialog for honors.
    void reportRequested();

private:
    qint64 currentId() const;
    void newHonor();
    void editCurrent();
    void deleteCurrent();
    void attachCertificate();
    void viewCertificate();
    void updateActions();

    Database &mDb;
    const Session &mSession;
    HonorTableModel *mModel = nullptr;
    QTableView *mTable = nullptr;
    QSpinBox *mFromYear = nullptr;
    QSpinBox *mToYear = nullptr;
    QComboBox *mCommunity = nullptr;
    QComboBox *mLevel = nullptr;
    QLineEdit *mSearch = nullptr;
    QAction *mEditAction = nullptr;
    QAction *mDeleteAction = nullptr;
    QAction *mAttachAction = nullptr;
    QAction *mViewAction = nullptr;
    bool mActivated = false;
};

} // namespace jy
