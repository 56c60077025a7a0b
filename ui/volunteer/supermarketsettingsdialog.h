#pragma once
#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace jy {

class Database;
class Session;

// The supermarket's rules: star thresholds in hours, how long an order may wait in each state,
// and who signs certificates. Saved through SupermarketSettings (permission, audit).
class SupermarketSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SupermarketSettingsDialog(Database &db, const Session &session, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    Database &mDb;
    const Session &mSession;
    QList<QSpinBox *> mStars;
    QMap<QString, QSpinBox *> mOverdue;
    QLineEdit *mOrganisation = nullptr;
    QLineEdit *mPersonInCharge = nullptr;
    QLineEdit *mHandler = nullptr;
    QLineEdit *mContact = nullptr;
    QLabel *mError = nullptr;
};

} // namespace jy
