#pragma once
#include "common/fielderrors.h"
#include "common/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace jy {

class Database;
class Session;

// Registers a resident's order (群众点单): the requester found on the roster by name, pinyin
// or phone — or a caller's name and phone for a phone order —, the branch store, the service
// (category, then item), address, wished time, notes and how the order came in. The service
// validates; its errors appear beside the fields.
class NewOrderDialog : public QDialog
{
    Q_OBJECT

public:
    NewOrderDialog(Database &db, const Session &session, qint64 communityId = 0, QWidget *parent = nullptr);

    qint64 orderId() const { return mOrderId; } // after a successful accept
    qint64 residentId() const { return mResidentId; }
    // Picks the search result at row (as a click would).
    void pickResident(int row);

public slots:
    void accept() override;

private:
    void search();
    void fillItems();
    void showErrors(const FieldErrors &errors);

    Database &mDb;
    const Session &mSession;
    qint64 mOrderId = 0;
    qint64 mResidentId = 0;
    QLineEdit *mSearch = nullptr;
    QListWidget *mResults = nullptr;
    QLineEdit *mName = nullptr;
    QLineEdit *mPhone = nullptr;
    QComboBox *mCommunity = nullptr;
    QComboBox *mCategory = nullptr;
    QComboBox *mItem = nullptr;
    QLineEdit *mAddress = nullptr;
    QCheckBox *mHasWish = nullptr;
    QDateTimeEdit *mWished = nullptr;
    QPlainTextEdit *mNotes = nullptr;
    QComboBox *mChannel = nullptr;
    QLabel *mGeneralError = nullptr;
    FieldErrorLabels mErrors;
    QTimer *mDebounce = nullptr;
};

} // namespace jy
