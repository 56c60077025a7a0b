#pragma once
#include "volunteer/volunteers.h"

#include <QDialog>

class QTableWidget;
class QTabWidget;

namespace jy {

class Database;
class Session;

// Who serves besides single volunteers, and what is on the shelf: volunteer teams (小王义剪,
// 老张唠家常 …), affiliated shops (加盟店) and the offers of teams, shops and volunteers (which
// service, where, when). Saved through VolunteerService; read-only for roles that may not edit.
class ProvidersDialog : public QDialog
{
    Q_OBJECT

public:
    ProvidersDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    QTableWidget *teamsTable() const { return mTeams; }
    QTableWidget *shopsTable() const { return mShops; }
    QTableWidget *offersTable() const { return mOffers; }
    void reload();

private:
    void editTeam(bool create);
    void editShop(bool create);
    void newOffer();
    void toggleOffer();
    QString communityName(qint64 id) const;

    Database &mDb;
    const Session &mSession;
    VolunteerService mService;
    QList<VolunteerTeam> mTeamList;
    QList<PartnerShop> mShopList;
    QList<ServiceOffer> mOfferList;
    QTabWidget *mTabs = nullptr;
    QTableWidget *mTeams = nullptr;
    QTableWidget *mShops = nullptr;
    QTableWidget *mOffers = nullptr;
};

} // namespace jy
