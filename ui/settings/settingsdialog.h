#pragma once
#include <QDialog>

class QComboBox;

namespace jy {

// Tools → Settings: the interface language (saved, applied at the next start) and where the
// data is kept.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const QString &databaseLocation, QWidget *parent = nullptr);

    QString language() const;
    void setLanguage(const QString &language);

    void accept() override; // saves the choice

private:
    QComboBox *mLanguage = nullptr;
};

} // namespace jy
