#pragma once
#include "residents/rosterfilter.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace jy {

class Database;
class Session;

// The roster's search box and filter choices. Typing is debounced so a fast typist does not
// start a query per keystroke; choosing from a combo applies at once.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;

    FilterBar(Database &db, const Session &session, QWidget *parent = nullptr);

    RosterFilter filter() const;
    bool isFiltering() const; // anything narrower than "everyone"
    QLineEdit *searchEdit() const { return mSearch; }
    // Buttons to the right of the search box.
    void addTrailingWidget(QWidget *widget);
    // Places and tags may have been added elsewhere; keeps the current choices where possible.
    void reloadChoices();
    void reset();
    // Only these choices, everything else cleared: community and grid (0: all), residence type
    // (empty: all), ages (-1: open). Used when another page opens a list of residents.
    void setChoices(qint64 communityId, qint64 gridId, const QString &residenceType = {}, int minAge = -1, int maxAge = -1,
                    qint64 buildingId = 0);
    // Applies typing still waiting for its pause (Enter in the search box).
    void flush();

signals:
    void filterChanged();

private:
    void fillCommunityDependents();
    void changed();          // apply now
    void changedByTyping();  // apply after a pause

    Database &mDb;
    const Session &mSession;
    QLineEdit *mSearch = nullptr;
    QHBoxLayout *mSearchRow = nullptr;
    QComboBox *mCommunity = nullptr;
    QComboBox *mGrid = nullptr;
    QComboBox *mBuilding = nullptr;
    QComboBox *mResidenceType = nullptr;
    QComboBox *mTag = nullptr;
    QSpinBox *mMinAge = nullptr;
    QSpinBox *mMaxAge = nullptr;
    QTimer *mDebounce = nullptr;
    bool mQuiet = false; // while filling combos programmatically
};

} // namespace jy
