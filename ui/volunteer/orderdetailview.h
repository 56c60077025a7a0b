#pragma once
#include <QWidget>

class QFormLayout;
class QLabel;
class QTreeWidget;

namespace jy {

class Database;
class Session;

// The selected order beside the board: its fields and its history (who took which step,
// when, with what reason, hours or rating).
class OrderDetailView : public QWidget
{
    Q_OBJECT

public:
    OrderDetailView(Database &db, const Session &session, QWidget *parent = nullptr);

    void showOrder(qint64 orderId); // 0: nothing selected
    qint64 orderId() const { return mOrderId; }
    QTreeWidget *historyList() const { return mHistory; }

private:
    QLabel *value(const char *name);

    Database &mDb;
    const Session &mSession;
    qint64 mOrderId = 0;
    QLabel *mTitle = nullptr;
    QWidget *mBody = nullptr;
    QFormLayout *mForm = nullptr;
    QTreeWidget *mHistory = nullptr;
    QLabel *mNumber = nullptr, *mState = nullptr, *mRequester = nullptr, *mPhone = nullptr, *mCommunity = nullptr,
           *mItem = nullptr, *mAddress = nullptr, *mWished = nullptr, *mChannel = nullptr, *mVolunteer = nullptr,
           *mNotes = nullptr, *mResult = nullptr, *mCreated = nullptr;
};

} // namespace jy
