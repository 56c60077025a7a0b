#pragma once
#include <QWidget>

class QComboBox;
class QDateEdit;
class QTableWidget;

namespace jy {

class Database;
class Session;

// The patrol log (日巡查) of a community's grids, newest first, and the form to log a patrol;
// a finding that needs action becomes a grid incident.
class PatrolsView : public QWidget
{
    Q_OBJECT

public:
    PatrolsView(Database &db, const Session &session, QWidget *parent = nullptr);
    void setCommunity(qint64 communityId);
    void reload();
    void logPatrol();
    QTableWidget *table() const { return mTable; }

signals:
    void changed();
    void message(const QString &text);

private:
    Database &mDb;
    const Session &mSession;
    qint64 mCommunityId = 0;
    QComboBox *mGrid = nullptr;
    QDateEdit *mFrom = nullptr;
    QTableWidget *mTable = nullptr;
};

} // namespace jy
