#pragma once
#include "volunteer/orderboard.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;

namespace jy {

class Database;
class Session;

// What the board shows: branch store (community), category, volunteer and the submission
// date range. Every change applies at once (the board's counts are one indexed query).
class OrderFilterBar : public QWidget
{
    Q_OBJECT

public:
    OrderFilterBar(Database &db, const Session &session, QWidget *parent = nullptr);

    OrderFilter filter() const;
    bool isFiltering() const;
    void reset();
    // Community, category and dates as given; the volunteer cleared.
    void setFilter(const OrderFilter &filter);
    // Communities, categories and volunteers may have been added elsewhere.
    void reloadChoices();
    void addTrailingWidget(QWidget *widget);
    // The first field (the branch store): where Edit ▸ Find in list (Ctrl+F) goes.
    QWidget *firstField() const;

signals:
    void filterChanged();

private:
    void changed();
    void fillVolunteers();

    Database &mDb;
    const Session &mSession;
    QComboBox *mCommunity = nullptr;
    QComboBox *mCategory = nullptr;
    QComboBox *mVolunteer = nullptr;
    QDateEdit *mFrom = nullptr;
    QDateEdit *mTo = nullptr;
    QHBoxLayout *mRow = nullptr;
    bool mQuiet = false;
};

} // namespace jy
