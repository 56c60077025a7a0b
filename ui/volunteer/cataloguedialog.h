#pragma once
#include "volunteer/catalogue.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QTableWidget;

namespace jy {

class Database;
class Session;

// The supermarket's shelves: categories on the left, their services on the right. Saving goes
// through CatalogueService (permission, validation, audit); services are taken off the shelf,
// never deleted, because old orders name them. Read-only for roles that may not edit.
class CatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    CatalogueDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    // For tests: edit without the item form.
    Status saveItem(const ServiceItem &item);

private:
    void reloadCategories(qint64 select = 0);
    void reloadItems(qint64 select = 0);
    qint64 currentCategoryId() const;
    qint64 currentItemId() const;
    void addCategory();
    void renameCategory();
    void toggleCategory();
    void editItem(bool create);
    void toggleItem();

    Database &mDb;
    const Session &mSession;
    CatalogueService mCatalogue;
    QList<ServiceCategory> mCategories;
    QList<ServiceItem> mItems;
    QListWidget *mCategoryList = nullptr;
    QTableWidget *mItemTable = nullptr;
    QList<QPushButton *> mEditButtons;
};

} // namespace jy
