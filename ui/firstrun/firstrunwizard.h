#pragma once
#include "places/communitysetup.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace jy {

class Database;

// The first start without a database: a new community of one's own, or the demo; and where
// the data is kept (the user's application data folder unless they choose another).
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ChoicePage, CommunityPage, FolderPage };
    explicit FirstRunWizard(const QString &defaultFolder, QWidget *parent = nullptr);

    bool demo() const;
    NewCommunity community() const;
    QString databasePath() const;

    // The program's first start: the wizard, then the folder remembered in QSettings. Empty when
    // the user cancelled.
    static QString settingsKey() { return QStringLiteral("data/databasePath"); }
    // Fills a new database with the demo street's first community on a worker thread, with a
    // progress dialog that can cancel; false when cancelled or failed (the message was shown).
    static bool makeDemo(Database &db, QWidget *parent = nullptr);

    int nextId() const override;
    bool validateCurrentPage() override;

private:
    QRadioButton *mNew = nullptr;
    QRadioButton *mDemo = nullptr;
    QLineEdit *mStreet = nullptr;
    QLineEdit *mName = nullptr;
    QLineEdit *mCode = nullptr;
    QLineEdit *mAddress = nullptr;
    QLabel *mCommunityErrors = nullptr;
    QLineEdit *mFolder = nullptr;
    QLabel *mFile = nullptr;
};

} // namespace jy
